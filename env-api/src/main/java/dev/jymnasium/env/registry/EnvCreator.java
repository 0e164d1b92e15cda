package dev.jymnasium.env.registry;

import dev.jymnasium.env.Env;

/** Builds an env from keyword arguments (the entry point of an {@link EnvSpec}). */
@FunctionalInterface
public interface EnvCreator {
  /** Creates the env; read every supported key from {@code kwargs}. */
  Env<?, ?> create(Kwargs kwargs);
}
