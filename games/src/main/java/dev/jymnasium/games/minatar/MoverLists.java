package dev.jymnasium.games.minatar;

/**
 * {@link Movers} for a batch of games: one ordered list per game, all in flat arrays, entry {@code
 * j} of game {@code i} at {@code i * cap + j}. The order is the order of creation, as in {@link
 * Movers}. Every list's room grows together when one is full, which only happens in the first long
 * episodes; otherwise adding and removing allocate nothing.
 */
final class MoverLists {
  private final int n;

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

  MoverLists(int n) {
    this.n = n;
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
  }

  /** Removes entry {@code j} of game {@code i}, keeping the others in order. */
  void removeAt(int i, int j) {
    int k = i * cap + j;
    int tail = size[i] - j - 1;
    System.arraycopy(x, k + 1, x, k, tail);
    System.arraycopy(y, k + 1, y, k, tail);
    System.arraycopy(right, k + 1, right, k, tail);
    System.arraycopy(moveTimer, k + 1, moveTimer, k, tail);
    System.arraycopy(shotTimer, k + 1, shotTimer, k, tail);
    size[i]--;
  }

  /**
   * Moves the entry at flat index {@code k} one cell in its direction; whether it left the grid.
   */
  boolean step(int k) {
    x[k] += right[k] ? 1 : -1;
    return x[k] < 0 || x[k] >= MinAtarEnv.SIZE;
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
