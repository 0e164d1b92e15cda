package dev.jymnasium.games.minigrid.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.ObservationWrapper;
import dev.jymnasium.env.spaces.Box;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Minigrid's {@code FlatObsWrapper}: one {@code uint8} vector, the flattened image followed by the
 * mission one-hot encoded, {@code max_str_len} (96) rows of 28 codes ({@code a}-{@code z}, space,
 * comma). The returned array is reused between steps.
 *
 * @param <A> the action type
 */
public final class FlatObsWrapper<A> extends ObservationWrapper<byte[], A, Map<String, Object>> {
  /** Codes per mission character: 26 letters, space, comma. */
  public static final int NUM_CHAR_CODES = 28;

  private final int maxStrLen;
  private final int imageSize;
  private final byte[] flat;
  private String cachedMission;

  /** With Minigrid's default of 96 mission characters. */
  public FlatObsWrapper(Env<Map<String, Object>, A> env) {
    this(env, 96);
  }

  /**
   * @param env a Minigrid env (or a wrapper whose observation is Minigrid's dict)
   * @param maxStrLen longest mission, {@code > 0}
   */
  public FlatObsWrapper(Env<Map<String, Object>, A> env, int maxStrLen) {
    super(env);
    if (maxStrLen <= 0) {
      throw new IllegalArgumentException("maxStrLen must be > 0, got " + maxStrLen);
    }
    this.maxStrLen = maxStrLen;
    this.imageSize = MiniGridWrappers.image(env).size();
    this.flat = new byte[imageSize + NUM_CHAR_CODES * maxStrLen];
    setObservationSpace(Box.uint8(flat.length));
  }

  @Override
  protected byte[] observation(Map<String, Object> observation) {
    System.arraycopy((byte[]) observation.get("image"), 0, flat, 0, imageSize);
    String mission = (String) observation.get("mission");
    if (!mission.equals(cachedMission)) {
      encodeMission(mission.toLowerCase(Locale.ROOT));
      cachedMission = mission;
    }
    return flat;
  }

  private void encodeMission(String mission) {
    if (mission.length() > maxStrLen) {
      throw new IllegalArgumentException(
          "mission string too long (" + mission.length() + " > " + maxStrLen + " chars)");
    }
    Arrays.fill(flat, imageSize, flat.length, (byte) 0);
    for (int i = 0; i < mission.length(); i++) {
      char ch = mission.charAt(i);
      int code;
      if (ch >= 'a' && ch <= 'z') {
        code = ch - 'a';
      } else if (ch == ' ') {
        code = 26;
      } else if (ch == ',') {
        code = 27;
      } else {
        throw new IllegalArgumentException("character '" + ch + "' is not available in missions");
      }
      flat[imageSize + i * NUM_CHAR_CODES + code] = 1;
    }
  }
}
