package dev.jymnasium.games.minigrid.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.games.minigrid.MiniGridEnv;

/** Checks shared by the wrappers. */
final class MiniGridWrappers {
  private MiniGridWrappers() {}

  /** The {@code image} space of a Minigrid dict observation space. */
  @SuppressWarnings("unchecked")
  static Box<byte[]> image(Env<?, ?> env) {
    Space<?> space = env.observationSpace();
    if (!(space instanceof Dict d) || !(d.spaces().get("image") instanceof Box<?> image)) {
      throw new IllegalArgumentException(
          "expected Minigrid's Dict(image, direction, mission) observations, got " + space);
    }
    return (Box<byte[]>) image;
  }

  /** The Minigrid env under the wrappers. */
  static MiniGridEnv unwrapped(Env<?, ?> env) {
    if (!(env.unwrapped() instanceof MiniGridEnv m)) {
      throw new IllegalArgumentException(
          "expected a Minigrid env, got " + env.unwrapped().getClass().getSimpleName());
    }
    return m;
  }
}
