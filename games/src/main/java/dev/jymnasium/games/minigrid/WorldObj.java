package dev.jymnasium.games.minigrid;

import java.util.List;

/**
 * An object in a cell of a Minigrid grid: wall, floor, door, key, ball, box, goal or lava. An empty
 * cell holds no object ({@code null}).
 *
 * <p>Cells encode as Minigrid's three integers {@code (type, color, state)} with the tables below;
 * the state is nonzero only for doors (0 open, 1 closed, 2 locked).
 */
public final class WorldObj {
  /** Type indices (Minigrid's {@code OBJECT_TO_IDX}). */
  public static final int UNSEEN = 0;

  public static final int EMPTY = 1;
  public static final int WALL = 2;
  public static final int FLOOR = 3;
  public static final int DOOR = 4;
  public static final int KEY = 5;
  public static final int BALL = 6;
  public static final int BOX = 7;
  public static final int GOAL = 8;
  public static final int LAVA = 9;
  public static final int AGENT = 10;

  /** Colour indices (Minigrid's {@code COLOR_TO_IDX}). */
  public static final int RED = 0;

  public static final int GREEN = 1;
  public static final int BLUE = 2;
  public static final int PURPLE = 3;
  public static final int YELLOW = 4;
  public static final int GREY = 5;

  /** Colour names by index. */
  public static final List<String> COLOR_NAMES =
      List.of("red", "green", "blue", "purple", "yellow", "grey");

  /** Type names by index. */
  public static final List<String> TYPE_NAMES =
      List.of(
          "unseen", "empty", "wall", "floor", "door", "key", "ball", "box", "goal", "lava",
          "agent");

  /**
   * Colour indices in the order of Minigrid's {@code COLOR_NAMES} (the names sorted
   * alphabetically): random colours are drawn from this list.
   */
  public static final int[] SORTED_COLORS = {BLUE, GREEN, GREY, PURPLE, RED, YELLOW};

  private final int type;
  private final int color;
  private boolean open;
  private boolean locked;
  private final WorldObj contains;

  private WorldObj(int type, int color, boolean open, boolean locked, WorldObj contains) {
    this.type = type;
    this.color = color;
    this.open = open;
    this.locked = locked;
    this.contains = contains;
  }

  /** A grey wall. */
  public static WorldObj wall() {
    return new WorldObj(WALL, GREY, false, false, null);
  }

  /** A green goal square. */
  public static WorldObj goal() {
    return new WorldObj(GOAL, GREEN, false, false, null);
  }

  /** A red lava square. */
  public static WorldObj lava() {
    return new WorldObj(LAVA, RED, false, false, null);
  }

  /** A floor tile of the given colour. */
  public static WorldObj floor(int color) {
    return new WorldObj(FLOOR, color, false, false, null);
  }

  /** A door; a locked door is closed. */
  public static WorldObj door(int color, boolean open, boolean locked) {
    return new WorldObj(DOOR, color, open && !locked, locked, null);
  }

  /** A key of the given colour. */
  public static WorldObj key(int color) {
    return new WorldObj(KEY, color, false, false, null);
  }

  /** A ball of the given colour. */
  public static WorldObj ball(int color) {
    return new WorldObj(BALL, color, false, false, null);
  }

  /** A box holding {@code contains} (or nothing when null), revealed when toggled. */
  public static WorldObj box(int color, WorldObj contains) {
    return new WorldObj(BOX, color, false, false, contains);
  }

  public int type() {
    return type;
  }

  public int color() {
    return color;
  }

  /** Whether a door is open. */
  public boolean isOpen() {
    return open;
  }

  /** Whether a door is locked. */
  public boolean isLocked() {
    return locked;
  }

  /** What a box holds, or null. */
  public WorldObj contains() {
    return contains;
  }

  /** Whether the agent may stand on it: goal, floor, lava, open door. */
  public boolean canOverlap() {
    return type == GOAL || type == FLOOR || type == LAVA || (type == DOOR && open);
  }

  /** Whether the agent may pick it up: key, ball, box. */
  public boolean canPickup() {
    return type == KEY || type == BALL || type == BOX;
  }

  /** Whether the agent sees past it: everything but walls and closed doors. */
  public boolean seeBehind() {
    return type != WALL && (type != DOOR || open);
  }

  /** The state channel of the encoding: 0 open, 1 closed, 2 locked for doors; 0 otherwise. */
  public int state() {
    if (type != DOOR || open) {
      return 0;
    }
    return locked ? 2 : 1;
  }

  /**
   * Toggles a door: a locked door opens (and unlocks) only for a carried key of its colour; others
   * flip between open and closed.
   *
   * @return whether the door changed
   */
  boolean toggleDoor(WorldObj carrying) {
    if (locked) {
      if (carrying != null && carrying.type == KEY && carrying.color == color) {
        locked = false;
        open = true;
        return true;
      }
      return false;
    }
    open = !open;
    return true;
  }

  @Override
  public String toString() {
    String s = COLOR_NAMES.get(color) + " " + TYPE_NAMES.get(type);
    if (type == DOOR) {
      s += open ? " (open)" : locked ? " (locked)" : " (closed)";
    }
    return s;
  }
}
