package dev.jymnasium.games.minigrid;

import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import java.util.Arrays;

/**
 * Cross rivers of lava (or walls) through their openings; Minigrid's {@code
 * MiniGrid-LavaCrossingS*N*-v0} and {@code MiniGrid-SimpleCrossingS*N*-v0}.
 *
 * <h2>Description</h2>
 *
 * A {@code size x size} room (odd size) crossed by {@code num_crossings} full-length rivers on even
 * rows and columns. One opening per river lies on a path from the top-left start to the goal in the
 * bottom-right corner, so the goal is always reachable.
 *
 * <h2>Action space, observation space</h2>
 *
 * As every Minigrid env ({@link MiniGridEnv}); walls hide what is behind them.
 *
 * <h2>Rewards</h2>
 *
 * {@code 1 - 0.9 * step_count / max_steps} on reaching the goal, 0 otherwise (lava included).
 *
 * <h2>Starting state</h2>
 *
 * The candidate rivers (vertical ones at columns 2, 4, ..., then horizontal ones at rows 2, 4, ...)
 * are shuffled and the first {@code num_crossings} kept; the order of crossings (one per river) is
 * shuffled; each opening is drawn with {@code choice} along the room it leaves.
 *
 * <h2>Episode end</h2>
 *
 * Terminated at the goal or in lava; truncated after {@code max_steps} (default {@code 4 *
 * size^2}).
 *
 * <h2>Arguments</h2>
 *
 * {@code size} (9), {@code num_crossings} (1), {@code obstacle_type} ({@code lava} or {@code wall})
 * and the shared {@link MiniGridEnv.Options}.
 *
 * <h2>Version history</h2>
 *
 * v0: as Minigrid 3.x.
 */
public final class CrossingEnv extends MiniGridEnv {
  /**
   * The kwargs of the crossing envs.
   *
   * @param size {@code size}: grid side, walls included, odd
   * @param numCrossings {@code num_crossings}: rivers to cross
   * @param obstacleType {@code obstacle_type}: {@code lava} or {@code wall}
   * @param options the shared Minigrid kwargs
   */
  public record Config(
      @Kwarg(defaultValue = "9", min = 5, max = 255, doc = "grid side, walls included, odd")
          int size,
      @Kwarg(defaultValue = "1", min = 1, doc = "rivers to cross") int numCrossings,
      @Kwarg(
              defaultValue = "lava",
              oneOf = {"lava", "wall"},
              doc = "what the rivers are made of")
          String obstacleType,
      Options options) {
    /** Checks what the annotations cannot say. */
    public Config {
      if (size % 2 == 0) {
        throw new IllegalArgumentException("kwarg 'size' must be odd, got " + size);
      }
    }
  }

  private final boolean lava;
  private final int numCrossings;

  /** Indices of the candidate rivers: vertical ones first, then horizontal ones. */
  private final int[] rivIdx;

  /** One LavaCrossing river in a 9x9 room. */
  public CrossingEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public CrossingEnv(Config config) {
    super(
        ConfigBinder.checked(config, "MiniGrid-Crossing").options(),
        "MiniGrid-Crossing",
        config.size(),
        config.size(),
        4 * config.size() * config.size(),
        false);
    this.lava = "lava".equals(config.obstacleType());
    this.numCrossings = config.numCrossings();
    int perAxis = (config.size() - 3) / 2;
    this.rivIdx = new int[2 * perAxis];
  }

  @Override
  protected void genGrid() {
    grid.wallRect(0, 0, width, height);
    agentX = 1;
    agentY = 1;
    agentDir = 0;
    putObj(WorldObj.goal(), width - 2, height - 2);
    // Candidates: vertical rivers at columns 2, 4, ... < size-2, then horizontal ones at those
    // rows.
    int perAxis = rivIdx.length / 2;
    for (int k = 0; k < rivIdx.length; k++) {
      rivIdx[k] = k;
    }
    npRandom().shuffle(rivIdx);
    int kept = Math.min(numCrossings, rivIdx.length);
    int[] vertical = new int[kept];
    int[] horizontal = new int[kept];
    int nv = 0;
    int nh = 0;
    for (int k = 0; k < kept; k++) {
      int r = rivIdx[k];
      if (r < perAxis) {
        vertical[nv++] = 2 + 2 * r;
      } else {
        horizontal[nh++] = 2 + 2 * (r - perAxis);
      }
    }
    vertical = Arrays.copyOf(vertical, nv);
    horizontal = Arrays.copyOf(horizontal, nh);
    Arrays.sort(vertical);
    Arrays.sort(horizontal);
    // Horizontal rivers first, then vertical ones, as the original lists the obstacle cells.
    for (int x = 1; x < width - 1; x++) {
      for (int j : horizontal) {
        putObj(obstacle(), x, j);
      }
    }
    for (int i : vertical) {
      for (int y = 1; y < height - 1; y++) {
        putObj(obstacle(), i, y);
      }
    }
    // The crossings in order, shuffled: 1 crosses the next vertical river, 0 the next horizontal.
    int[] path = new int[nv + nh];
    Arrays.fill(path, 0, nv, 1);
    npRandom().shuffle(path);
    int[] limitsV = limits(vertical, height - 1);
    int[] limitsH = limits(horizontal, width - 1);
    int roomI = 0;
    int roomJ = 0;
    for (int direction : path) {
      int i;
      int j;
      if (direction == 1) {
        i = limitsV[roomI + 1];
        j = choiceInRange(limitsH[roomJ] + 1, limitsH[roomJ + 1]);
        roomI++;
      } else {
        i = choiceInRange(limitsV[roomI] + 1, limitsV[roomI + 1]);
        j = limitsH[roomJ + 1];
        roomJ++;
      }
      grid.set(i, j, null);
    }
    mission = lava ? LavaGapEnv.MISSION_LAVA : LavaGapEnv.MISSION_WALL;
  }

  private WorldObj obstacle() {
    return lava ? WorldObj.lava() : WorldObj.wall();
  }

  /** {@code [0] + rivers + [last]}. */
  private static int[] limits(int[] rivers, int last) {
    int[] out = new int[rivers.length + 2];
    System.arraycopy(rivers, 0, out, 1, rivers.length);
    out[out.length - 1] = last;
    return out;
  }

  /** {@code choice(range(low, high))}: one {@code integers(0, high - low)} draw. */
  private int choiceInRange(int low, int high) {
    return low + npRandom().choice(high - low);
  }
}
