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

  /** The env's Dict observation space with {@code image} replaced, the other keys in order. */
  static Dict withImage(Env<?, ?> env, Space<?> image) {
    Dict.Builder b = Dict.builder();
    ((Dict) env.observationSpace())
        .spaces()
        .forEach((k, v) -> b.put(k, k.equals("image") ? image : v));
    return b.build();
  }

  /**
   * Checks a {@code tile_size}.
   *
   * @throws IllegalArgumentException naming the value when it is below 1
   */
  static int checkTileSize(int tileSize) {
    if (tileSize < 1) {
      throw new IllegalArgumentException("tile_size must be at least 1 pixel, got " + tileSize);
    }
    return tileSize;
  }
}
