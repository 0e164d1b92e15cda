package dev.jymnasium.games.minatar;

import java.util.Arrays;

/**
 * An ordered list of things that move along a row (Seaquest's bullets, divers, fish and subs) in
 * parallel arrays: column, row, direction and two countdowns. The order is the order of creation,
 * which fixes the order in which the game visits them, as in MinAtar. Grows when full, which only
 * happens in the first long episodes; otherwise adding and removing allocate nothing.
 */
final class Movers {
  int size;
  int[] x = new int[16];
  int[] y = new int[16];
  boolean[] right = new boolean[16];

  /** Steps until the next move. */
  int[] moveTimer = new int[16];

  /** Steps until the next shot (enemy subs only). */
  int[] shotTimer = new int[16];

  void clear() {
    size = 0;
  }

  void add(int col, int row, boolean movingRight, int move, int shot) {
    if (size == x.length) {
      int n = 2 * size;
      x = Arrays.copyOf(x, n);
      y = Arrays.copyOf(y, n);
      right = Arrays.copyOf(right, n);
      moveTimer = Arrays.copyOf(moveTimer, n);
      shotTimer = Arrays.copyOf(shotTimer, n);
    }
    x[size] = col;
    y[size] = row;
    right[size] = movingRight;
    moveTimer[size] = move;
    shotTimer[size] = shot;
    size++;
  }

  /** Removes entry {@code i}, keeping the others in order. */
  void removeAt(int i) {
    int tail = size - i - 1;
    System.arraycopy(x, i + 1, x, i, tail);
    System.arraycopy(y, i + 1, y, i, tail);
    System.arraycopy(right, i + 1, right, i, tail);
    System.arraycopy(moveTimer, i + 1, moveTimer, i, tail);
    System.arraycopy(shotTimer, i + 1, shotTimer, i, tail);
    size--;
  }

  /** Moves entry {@code i} one cell in its direction; returns whether it left the grid. */
  boolean step(int i) {
    x[i] += right[i] ? 1 : -1;
    return x[i] < 0 || x[i] >= MinAtarEnv.SIZE;
  }

  /** Whether entry {@code i} is on cell {@code (col, row)}. */
  boolean at(int i, int col, int row) {
    return x[i] == col && y[i] == row;
  }

  /** The first entry on cell {@code (col, row)}, or -1. */
  int indexAt(int col, int row) {
    for (int i = 0; i < size; i++) {
      if (at(i, col, row)) {
        return i;
      }
    }
    return -1;
  }
}
