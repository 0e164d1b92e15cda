package dev.jymnasium.baselines;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.util.Arrays;
import java.util.Map;

/**
 * {@link ChainEnv} seen as a 3 x 5 picture with 2 channels ({@code uint8 (3, 5, 2)}): channel 0
 * marks the agent's cell on the middle row, channel 1 the goal at the right end. For the CNN
 * policies.
 */
final class PictureChainEnv extends Env<byte[], Integer> {
  static final int ROWS = 3;
  private static final int CHANNELS = 2;
  private final Box<byte[]> obs = Box.uint8(ROWS, ChainEnv.LENGTH, CHANNELS);
  private final Discrete act = new Discrete(2);
  private final Step<byte[]> step = new Step<>();
  private final byte[] picture = new byte[ROWS * ChainEnv.LENGTH * CHANNELS];
  private int state;

  @Override
  public Space<byte[]> observationSpace() {
    return obs;
  }

  @Override
  public Space<Integer> actionSpace() {
    return act;
  }

  @Override
  protected Reset<byte[]> doReset(Long seed, Map<String, Object> options) {
    state = 0;
    return new Reset<>(draw(), Map.of());
  }

  @Override
  protected Step<byte[]> doStep(Integer action) {
    state = Math.max(0, state + (action == 1 ? 1 : -1));
    boolean end = state == ChainEnv.LENGTH - 1;
    return step.set(draw(), end ? 1.0 : 0.0, end, false, Map.of());
  }

  private byte[] draw() {
    Arrays.fill(picture, (byte) 0);
    int middle = ChainEnv.LENGTH * CHANNELS;
    picture[middle + state * CHANNELS] = 1;
    picture[middle + (ChainEnv.LENGTH - 1) * CHANNELS + 1] = 1;
    return picture.clone();
  }
}
