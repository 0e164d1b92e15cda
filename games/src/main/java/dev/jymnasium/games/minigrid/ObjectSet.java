package dev.jymnasium.games.minigrid;

import java.util.List;

/**
 * Distinct (type, colour) objects with their starting cells, as GoToObject and PutNear draw them: a
 * type from key, ball, box, then a colour, redrawn while the pair is taken.
 */
final class ObjectSet {
  private static final List<String> TYPES = List.of("key", "ball", "box");

  private final WorldObj[] objs;
  private final int[] xs;
  private final int[] ys;
  private int size;

  ObjectSet(int capacity) {
    objs = new WorldObj[capacity];
    xs = new int[capacity];
    ys = new int[capacity];
  }

  int size() {
    return size;
  }

  WorldObj get(int i) {
    return objs[i];
  }

  int x(int i) {
    return xs[i];
  }

  int y(int i) {
    return ys[i];
  }

  /** One draw of a type and a colour: the new object, or null when that pair is taken. */
  WorldObj drawDistinct(MiniGridEnv env) {
    String type = env.randElem(TYPES);
    int color = env.randColor();
    for (int i = 0; i < size; i++) {
      if (WorldObj.TYPE_NAMES.get(objs[i].type()).equals(type) && objs[i].color() == color) {
        return null;
      }
    }
    return switch (type) {
      case "key" -> WorldObj.key(color);
      case "ball" -> WorldObj.ball(color);
      default -> WorldObj.box(color, null);
    };
  }

  void add(WorldObj obj, int x, int y) {
    objs[size] = obj;
    xs[size] = x;
    ys[size] = y;
    size++;
  }
}
