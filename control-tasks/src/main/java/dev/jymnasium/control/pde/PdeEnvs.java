package dev.jymnasium.control.pde;

import dev.jymnasium.env.registry.EnvSpec;
import java.util.List;
import java.util.function.Function;

/** The ten controlgym PDE envs by name, with how to register each. */
public final class PdeEnvs {
  private PdeEnvs() {}

  /**
   * One env: its controlgym name and how to build its spec.
   *
   * @param name controlgym's name, e.g. {@code burgers}
   * @param spec the spec builder for an id
   */
  public record Entry(String name, Function<String, EnvSpec> spec) {
    /** The spec registered under {@code id}. */
    public EnvSpec spec(String id) {
      return spec.apply(id);
    }
  }

  /** All ten, in controlgym's order. */
  public static final List<Entry> ALL =
      List.of(
          new Entry(
              "burgers",
              id -> EnvSpec.builder(id).config(BurgersEnv.Config.class, BurgersEnv::new).build()));
}
