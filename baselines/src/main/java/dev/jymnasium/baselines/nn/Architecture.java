package dev.jymnasium.baselines.nn;

import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Space;
import java.util.Locale;

/**
 * What a network reads its observations with, named as RL Zoo's {@code policy} entries: {@code
 * MlpPolicy} feeds the flat features to the linear layers; {@code CnnPolicy} puts one convolution
 * in front for observations of shape {@code (height, width, channels)}: 16 filters of 3 x 3, stride
 * 1, no padding, then the activation, then the linear layers of {@code net_arch} (MinAtar's
 * network, Young and Tian 2019, {@code kenjyoung/MinAtar} {@code examples/dqn.py}: one 3 x 3
 * convolution with 16 channels and a 128-unit dense layer, for {@code net_arch: [128]}).
 */
public enum Architecture {
  MLP,
  CNN;

  /** Filters of the {@code CnnPolicy} convolution. */
  public static final int CNN_CHANNELS = 16;

  /** Kernel size of the {@code CnnPolicy} convolution. */
  public static final int CNN_KERNEL = 3;

  /** Parses {@code MlpPolicy|CnnPolicy} (also {@code mlp|cnn}, case-insensitive). */
  public static Architecture parse(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "mlp", "mlppolicy" -> MLP;
      case "cnn", "cnnpolicy" -> CNN;
      default ->
          throw new IllegalArgumentException(
              "unknown policy '" + name + "': expected MlpPolicy or CnnPolicy");
    };
  }

  /**
   * Linear layers of widths {@code in(features), hidden..., out} with PyTorch's default
   * initialisation, behind the convolution for {@link #CNN}.
   *
   * @param obsSpace the observation space ({@link #CNN}: a Box of shape {@code (h, w, c)})
   * @param obsDim the number of encoded features of an observation
   */
  public MlpWeights uniform(
      Space<?> obsSpace, int obsDim, int[] hidden, int out, Activation act, NpRandom rng) {
    if (this == MLP) {
      return MlpWeights.uniform(sizes(obsDim, hidden, out), act, rng);
    }
    int[] s = imageShape(obsSpace);
    ConvLayer conv = ConvLayer.uniform(s[0], s[1], s[2], CNN_CHANNELS, CNN_KERNEL, rng);
    return MlpWeights.uniform(sizes(conv.outputSize(), hidden, out), act, rng).withConv(conv);
  }

  /**
   * As {@link #uniform} with orthogonal weights ({@code hiddenGain} on the convolution and hidden
   * layers, {@code outputGain} on the last) and zero biases: CleanRL's PPO initialisation.
   */
  public MlpWeights orthogonal(
      Space<?> obsSpace,
      int obsDim,
      int[] hidden,
      int out,
      Activation act,
      double hiddenGain,
      double outputGain,
      NpRandom rng) {
    if (this == MLP) {
      return MlpWeights.orthogonal(sizes(obsDim, hidden, out), act, hiddenGain, outputGain, rng);
    }
    int[] s = imageShape(obsSpace);
    ConvLayer conv =
        ConvLayer.orthogonal(s[0], s[1], s[2], CNN_CHANNELS, CNN_KERNEL, hiddenGain, rng);
    return MlpWeights.orthogonal(
            sizes(conv.outputSize(), hidden, out), act, hiddenGain, outputGain, rng)
        .withConv(conv);
  }

  /** Layer sizes {@code in, hidden..., out}. */
  public static int[] sizes(int in, int[] hidden, int out) {
    int[] s = new int[hidden.length + 2];
    s[0] = in;
    System.arraycopy(hidden, 0, s, 1, hidden.length);
    s[s.length - 1] = out;
    return s;
  }

  private static int[] imageShape(Space<?> space) {
    if (space instanceof Box<?> box
        && box.shape().length == 3
        && box.shape()[0] >= CNN_KERNEL
        && box.shape()[1] >= CNN_KERNEL) {
      return box.shape();
    }
    throw new IllegalArgumentException(
        "policy CnnPolicy needs a Box observation space of shape (height, width, channels) with "
            + "height and width at least "
            + CNN_KERNEL
            + ", got "
            + space
            + " (use MlpPolicy)");
  }
}
