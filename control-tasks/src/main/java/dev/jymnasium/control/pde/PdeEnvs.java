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

  /** All ten, in alphabetical order as controlgym lists them. */
  public static final List<Entry> ALL =
      List.of(
          entry("allen_cahn", AllenCahnEnv.Config.class, AllenCahnEnv::new),
          entry("burgers", BurgersEnv.Config.class, BurgersEnv::new),
          entry("cahn_hilliard", CahnHilliardEnv.Config.class, CahnHilliardEnv::new),
          entry(
              "convection_diffusion_reaction",
              ConvectionDiffusionReactionEnv.Config.class,
              ConvectionDiffusionReactionEnv::new),
          entry("fisher", FisherEnv.Config.class, FisherEnv::new),
          entry("ginzburg_landau", GinzburgLandauEnv.Config.class, GinzburgLandauEnv::new),
          entry("korteweg_de_vries", KortewegDeVriesEnv.Config.class, KortewegDeVriesEnv::new),
          entry(
              "kuramoto_sivashinsky",
              KuramotoSivashinskyEnv.Config.class,
              KuramotoSivashinskyEnv::new),
          entry("schrodinger", SchrodingerEnv.Config.class, SchrodingerEnv::new),
          entry("wave", WaveEnv.Config.class, WaveEnv::new));

  private static <C extends Record> Entry entry(
      String name, Class<C> config, Function<C, ? extends PdeEnv> make) {
    return new Entry(name, id -> EnvSpec.builder(id).config(config, make::apply).build());
  }
}
