package dev.jymnasium.games.minatar;

/**
 * {@link Movers} for a batch of games: one ordered list per game, all in flat arrays, entry {@code
 * j} of game {@code i} at {@code i * cap + j}. The order is the order of creation, as in {@link
 * Movers}. Every list's room grows together when one is full, which only happens in the first long
 * episodes; otherwise adding and removing allocate nothing.
 *
 * <p>The lists draw their entries into the games' slices of the batch buffer as they change: an
 * entry's cell in the list's channel and, for a list with trails, the cell behind it in Seaquest's
 * trail channel, cells off the grid left out. Several entries (of this list or others) can share a
 * cell's channel, so each buffer byte has a count beside it, of the entries that draw it; the byte
 * is 1 while its count is not 0. Adding, moving and removing entries update the counts, so a step
 * draws only what moved.
 */
final class MoverLists {
  private final int n;

  /**
   * The batch buffer and the counts beside it (game {@code i}'s slice from {@code i * obsSize}).
   */
  private final byte[] buffer;

  private final byte[] counts;
  private final int obsSize;

  /** The channel that entries draw their cell in. */
  private final int channel;

  /** Whether entries also draw the cell behind them in the trail channel. */
  private final boolean trail;

  /** Room per game; entry {@code j} of game {@code i} is at {@code i * cap + j}. */
  int cap = 16;

  /** Entries per game. */
  final int[] size;

  int[] x;
  int[] y;
  boolean[] right;

  /** Steps until the next move. */
  int[] moveTimer;

  /** Steps until the next shot (enemy subs only). */
  int[] shotTimer;

  /**
   * Lists for {@code n} games that draw into {@code buffer} (Seaquest's slices of {@code obsSize}
   * bytes), counting in {@code counts} (as long as the buffer, shared by all lists of the batch).
   */
  MoverLists(int n, byte[] buffer, byte[] counts, int obsSize, int channel, boolean trail) {
    this.n = n;
    this.buffer = buffer;
    this.counts = counts;
    this.obsSize = obsSize;
    this.channel = channel;
    this.trail = trail;
    this.size = new int[n];
    this.x = new int[n * cap];
    this.y = new int[n * cap];
    this.right = new boolean[n * cap];
    this.moveTimer = new int[n * cap];
    this.shotTimer = new int[n * cap];
  }

  void add(int i, int col, int row, boolean movingRight, int move, int shot) {
    if (size[i] == cap) {
      grow();
    }
    int k = i * cap + size[i];
    x[k] = col;
    y[k] = row;
    right[k] = movingRight;
    moveTimer[k] = move;
    shotTimer[k] = shot;
    size[i]++;
    draw(i, k, 1);
  }

  /** Removes entry {@code j} of game {@code i}, keeping the others in order. */
  void removeAt(int i, int j) {
    int k = i * cap + j;
    draw(i, k, -1);
    int tail = size[i] - j - 1;
    System.arraycopy(x, k + 1, x, k, tail);
    System.arraycopy(y, k + 1, y, k, tail);
    System.arraycopy(right, k + 1, right, k, tail);
    System.arraycopy(moveTimer, k + 1, moveTimer, k, tail);
    System.arraycopy(shotTimer, k + 1, shotTimer, k, tail);
    size[i]--;
  }

  /**
   * Moves entry {@code k} (flat index) of game {@code i} one cell in its direction; whether it left
   * the grid.
   */
  boolean step(int i, int k) {
    draw(i, k, -1);
    x[k] += right[k] ? 1 : -1;
    draw(i, k, 1);
    return x[k] < 0 || x[k] >= MinAtarEnv.SIZE;
  }

  /**
   * Adds {@code d} (1 or -1) to the counts of the cells that entry {@code k} of game {@code i}
   * draws, and sets their bytes to whether their counts are not 0.
   */
  private void draw(int i, int k, int d) {
    int col = x[k];
    if (col < 0 || col >= MinAtarEnv.SIZE) {
      return;
    }
    int b = i * obsSize + (y[k] * MinAtarEnv.SIZE + col) * SeaquestEnv.CHANNELS;
    count(b + channel, d);
    int back = col + (right[k] ? -1 : 1);
    if (trail && back >= 0 && back < MinAtarEnv.SIZE) {
      count(b + (back - col) * SeaquestEnv.CHANNELS + SeaquestEnv.TRAIL, d);
    }
  }

  private void count(int b, int d) {
    int c = counts[b] + d;
    counts[b] = (byte) c;
    buffer[b] = (byte) (c != 0 ? 1 : 0);
  }

  /** Whether the entry at flat index {@code k} is on cell {@code (col, row)}. */
  boolean at(int k, int col, int row) {
    return x[k] == col && y[k] == row;
  }

  /** The first entry of game {@code i} on cell {@code (col, row)}, or -1. */
  int indexAt(int i, int col, int row) {
    int base = i * cap;
    for (int j = 0; j < size[i]; j++) {
      if (at(base + j, col, row)) {
        return j;
      }
    }
    return -1;
  }

  private void grow() {
    int wider = 2 * cap;
    int[] nx = new int[n * wider];
    int[] ny = new int[n * wider];
    boolean[] nr = new boolean[n * wider];
    int[] nm = new int[n * wider];
    int[] ns = new int[n * wider];
    for (int i = 0; i < n; i++) {
      System.arraycopy(x, i * cap, nx, i * wider, size[i]);
      System.arraycopy(y, i * cap, ny, i * wider, size[i]);
      System.arraycopy(right, i * cap, nr, i * wider, size[i]);
      System.arraycopy(moveTimer, i * cap, nm, i * wider, size[i]);
      System.arraycopy(shotTimer, i * cap, ns, i * wider, size[i]);
    }
    x = nx;
    y = ny;
    right = nr;
    moveTimer = nm;
    shotTimer = ns;
    cap = wider;
  }
}
