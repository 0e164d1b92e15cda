package dev.jymnasium.games.minigrid;

/**
 * The shapes of a Minigrid tile, in the order and with the numbers of Minigrid's {@code
 * Grid.render_tile} and the objects' {@code render} methods (Farama-Foundation/Minigrid): grey top
 * and left grid lines, the object, then the agent as a red triangle pointing along its heading.
 * Both the {@code rgb_array} scene and the pixel observations draw through this one description.
 */
final class TileArt {
  /** Minigrid's {@code COLORS}, indexed by colour index. */
  static final int[] RGB = {0xFF0000, 0x00FF00, 0x0000FF, 0x7027C3, 0xFFFF00, 0x646464};

  private static final int GRID_LINE = 0x646464;
  private static final int LAVA_ORANGE = 0xFF8000;
  private static final int BLACK = 0x000000;
  private static final int AGENT_RED = 0xFF0000;

  private TileArt() {}

  /** Draws {@code obj} (null: empty) with the agent facing {@code agentDir} (-1: no agent). */
  static void draw(WorldObj obj, int agentDir, TilePen pen) {
    pen.rect(0, 0.031, 0, 1, GRID_LINE);
    pen.rect(0, 1, 0, 0.031, GRID_LINE);
    if (obj != null) {
      object(obj, pen);
    }
    if (agentDir >= 0) {
      pen.triangle(0.12, 0.19, 0.87, 0.50, 0.12, 0.81, 0.5 * Math.PI * agentDir, AGENT_RED);
    }
  }

  private static void object(WorldObj obj, TilePen pen) {
    int c = RGB[obj.color()];
    switch (obj.type()) {
      case WorldObj.WALL, WorldObj.GOAL -> pen.rect(0, 1, 0, 1, c);
      case WorldObj.FLOOR -> pen.rect(0.031, 1, 0.031, 1, scale(c, 0.5));
      case WorldObj.LAVA -> {
        pen.rect(0, 1, 0, 1, LAVA_ORANGE);
        for (int i = 0; i < 3; i++) {
          double lo = 0.3 + 0.2 * i;
          double hi = 0.4 + 0.2 * i;
          pen.line(0.1, lo, 0.3, hi, 0.03, BLACK);
          pen.line(0.3, hi, 0.5, lo, 0.03, BLACK);
          pen.line(0.5, lo, 0.7, hi, 0.03, BLACK);
          pen.line(0.7, hi, 0.9, lo, 0.03, BLACK);
        }
      }
      case WorldObj.DOOR -> door(obj, c, pen);
      case WorldObj.KEY -> {
        pen.rect(0.50, 0.63, 0.31, 0.88, c);
        pen.rect(0.38, 0.50, 0.59, 0.66, c);
        pen.rect(0.38, 0.50, 0.81, 0.88, c);
        pen.circle(0.56, 0.28, 0.190, c);
        pen.circle(0.56, 0.28, 0.064, BLACK);
      }
      case WorldObj.BALL -> pen.circle(0.5, 0.5, 0.31, c);
      case WorldObj.BOX -> {
        pen.rect(0.12, 0.88, 0.12, 0.88, c);
        pen.rect(0.18, 0.82, 0.18, 0.82, BLACK);
        pen.rect(0.16, 0.84, 0.47, 0.53, c);
      }
      default -> throw new IllegalStateException("cannot draw " + obj);
    }
  }

  private static void door(WorldObj door, int c, TilePen pen) {
    if (door.isOpen()) {
      pen.rect(0.88, 1.00, 0.00, 1.00, c);
      pen.rect(0.92, 0.96, 0.04, 0.96, BLACK);
    } else if (door.isLocked()) {
      pen.rect(0.00, 1.00, 0.00, 1.00, c);
      pen.rect(0.06, 0.94, 0.06, 0.94, scale(c, 0.45));
      pen.rect(0.52, 0.75, 0.50, 0.56, c);
    } else {
      pen.rect(0.00, 1.00, 0.00, 1.00, c);
      pen.rect(0.04, 0.96, 0.04, 0.96, BLACK);
      pen.rect(0.08, 0.92, 0.08, 0.92, c);
      pen.rect(0.12, 0.88, 0.12, 0.88, BLACK);
      pen.circle(0.75, 0.50, 0.08, c);
    }
  }

  /** Each channel times {@code f}, truncated as numpy does when storing into uint8. */
  private static int scale(int rgb, double f) {
    int out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      out = (out << 8) | (int) (((rgb >> shift) & 0xFF) * f);
    }
    return out;
  }
}
