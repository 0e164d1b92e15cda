package dev.jymnasium.games.minigrid.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.games.minigrid.MiniGridEnv;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code RGBImgObsWrapper}, {@code RGBImgPartialObsWrapper} and {@code SymbolicObsWrapper}: their
 * spaces, their images (the frames themselves are checked against Minigrid's in {@code
 * MiniGridPixelsTest}) and the symbolic grid of a known layout.
 */
class PixelAndSymbolicWrappersTest {
  private static Env<Map<String, Object>, Integer> make(String id) {
    return Gym.make(id);
  }

  private static int[] shape(Env<Map<String, Object>, Integer> env) {
    return ((Box<?>) ((Dict) env.observationSpace()).spaces().get("image")).shape();
  }

  @Test
  void rgbImagesHaveTheOriginalsShapesAndAreTheFrames() {
    try (RGBImgObsWrapper<Integer> full = new RGBImgObsWrapper<>(make("MiniGrid-DoorKey-6x6-v0"))) {
      assertArrayEquals(new int[] {48, 48, 3}, shape(full));
      byte[] image = (byte[]) full.reset(3L).observation().get("image");
      MiniGridEnv m = (MiniGridEnv) full.unwrapped();
      byte[] frame = new byte[image.length];
      m.fullFrame(8, true, frame);
      assertArrayEquals(frame, image);
      assertTrue(full.observationSpace().contains(full.step(2).observation()));
    }
    try (RGBImgPartialObsWrapper<Integer> pov =
        new RGBImgPartialObsWrapper<>(make("MiniGrid-DoorKey-6x6-v0"), 4)) {
      assertArrayEquals(new int[] {28, 28, 3}, shape(pov));
      assertTrue(pov.observationSpace().contains(pov.reset(3L).observation()));
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> new RGBImgObsWrapper<>(make("MiniGrid-Empty-5x5-v0"), 0));
  }

  @Test
  void symbolicGridHoldsCoordinatesAndObjectTypes() {
    try (SymbolicObsWrapper<Integer> sym =
        new SymbolicObsWrapper<>(make("MiniGrid-Empty-5x5-v0"))) {
      assertArrayEquals(new int[] {5, 5, 3}, shape(sym));
      int[] grid = (int[]) sym.reset(0L).observation().get("image");
      assertTrue(sym.observationSpace().contains(sym.reset(0L).observation()));
      // Empty-5x5: walls around, the goal at (3, 3), the agent at (1, 1).
      for (int x = 0; x < 5; x++) {
        for (int y = 0; y < 5; y++) {
          int o = (x * 5 + y) * 3;
          assertEquals(x, grid[o]);
          assertEquals(y, grid[o + 1]);
          boolean border = x == 0 || y == 0 || x == 4 || y == 4;
          int expected = border ? 2 : x == 3 && y == 3 ? 8 : x == 1 && y == 1 ? 10 : -1;
          assertEquals(expected, grid[o + 2], "type at " + x + ", " + y);
        }
      }
      grid = (int[]) sym.step(2).observation().get("image");
      assertEquals(-1, grid[(1 * 5 + 1) * 3 + 2], "the agent left (1, 1)");
      assertEquals(10, grid[(2 * 5 + 1) * 3 + 2], "and stands on (2, 1)");
    }
  }
}
