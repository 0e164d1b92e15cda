package dev.jymnasium.env.spaces;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Strings of {@code min_length} to {@code max_length} characters from a character set, as
 * Gymnasium's {@code Text(max_length, min_length=1, charset=alphanumeric)}. Elements are {@code
 * String}s; characters are Unicode code points.
 *
 * <p>Sampling draws the length with {@code integers(min_length, max_length + 1)}, then each
 * character with {@code choice(charset, size=length, p=uniform)} (one {@code random()} per
 * character), as Gymnasium does. The flat encoding is {@code int32[max_length]}: the index of each
 * character in the charset, padded with {@code len(charset)}.
 *
 * <p>Deviation from Gymnasium: the default charset is the 62 letters and digits in sorted order;
 * Gymnasium keeps them in a {@code frozenset} whose iteration order changes from one Python process
 * to the next, so its samples for the default charset are not reproducible anyway. A charset given
 * as a string keeps its order in both.
 */
public final class Text extends Space<String> {
  /** Gymnasium's {@code alphanumeric}: ASCII digits and letters, sorted. */
  public static final String ALPHANUMERIC =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private final int minLength;
  private final int maxLength;

  /** The characters in charset order (duplicates kept, as Gymnasium's {@code character_list}). */
  private final int[] charList;

  /** Code point to its first index in {@link #charList}. */
  private final Map<Integer, Integer> charIndex = new HashMap<>();

  /** Distinct characters, sorted (Gymnasium's {@code characters}). */
  private final String characters;

  /** Uniform probabilities over {@link #charList}, as Gymnasium's sample builds them. */
  private final double[] uniform;

  /** {@code Text(max_length)}: 1 to {@code maxLength} letters or digits. */
  public Text(int maxLength) {
    this(maxLength, 1, ALPHANUMERIC);
  }

  /**
   * {@code Text(max_length, min_length=minLength, charset=charset)}.
   *
   * @param maxLength longest string, {@code >= minLength}
   * @param minLength shortest string, {@code >= 0}
   * @param charset the allowed characters, in the order samples and flat indices use
   */
  public Text(int maxLength, int minLength, String charset) {
    if (minLength < 0) {
      throw new IllegalArgumentException("Text needs min_length >= 0, got " + minLength);
    }
    if (maxLength < minLength) {
      throw new IllegalArgumentException(
          "Text needs min_length <= max_length, got min_length="
              + minLength
              + ", max_length="
              + maxLength);
    }
    if (charset == null || charset.isEmpty()) {
      throw new IllegalArgumentException("Text needs a non-empty charset");
    }
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.charList = charset.codePoints().toArray();
    for (int i = charList.length - 1; i >= 0; i--) {
      charIndex.put(charList[i], i);
    }
    int[] distinct = Arrays.stream(charList).distinct().sorted().toArray();
    this.characters = new String(distinct, 0, distinct.length);
    this.uniform = new double[charList.length];
    Arrays.fill(uniform, 1.0 / charList.length);
  }

  /** Shortest allowed string. */
  public int minLength() {
    return minLength;
  }

  /** Longest allowed string. */
  public int maxLength() {
    return maxLength;
  }

  /** The distinct characters, sorted (Gymnasium's {@code characters}). */
  public String characters() {
    return characters;
  }

  /** Number of distinct characters (the padding index of flat encodings). */
  public int charsetSize() {
    return charIndex.size();
  }

  /** Index of {@code codePoint} in the charset, or -1 when it is not in it. */
  public int characterIndex(int codePoint) {
    return charIndex.getOrDefault(codePoint, -1);
  }

  @Override
  public String sample() {
    int length = (int) npRandom().integers(minLength, maxLength + 1L);
    return sample(length);
  }

  /**
   * A random string of the given length (Gymnasium's {@code sample(mask=(length, None))}).
   *
   * @param length in {@code [min_length, max_length]}
   */
  public String sample(int length) {
    if (length < minLength || length > maxLength) {
      throw new IllegalArgumentException(
          "Text sample length must be in [" + minLength + ", " + maxLength + "], got " + length);
    }
    int[] picks = new int[length];
    npRandom().choice(uniform, picks);
    int[] codePoints = new int[length];
    for (int i = 0; i < length; i++) {
      codePoints[i] = charList[picks[i]];
    }
    return new String(codePoints, 0, length);
  }

  @Override
  public String mismatch(Object x) {
    if (!(x instanceof String s)) {
      return x == null
          ? "null is not a string"
          : "expected a String, got " + x.getClass().getSimpleName();
    }
    int length = s.codePointCount(0, s.length());
    if (length < minLength || length > maxLength) {
      return "length " + length + " is outside [" + minLength + ", " + maxLength + "]";
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!charIndex.containsKey(cp)) {
        return "character '" + new String(Character.toChars(cp)) + "' is not in the charset";
      }
      i += Character.charCount(cp);
    }
    return null;
  }

  @Override
  public int flatdim() {
    return maxLength;
  }

  @Override
  public void flattenInto(String x, double[] out, int offset) {
    Arrays.fill(out, offset, offset + maxLength, charsetSize());
    int i = 0;
    for (int k = 0; k < x.length(); ) {
      int cp = x.codePointAt(k);
      int index = characterIndex(cp);
      if (index < 0 || i >= maxLength) {
        throw new IllegalArgumentException("cannot flatten " + format(x) + " in " + this);
      }
      out[offset + i++] = index;
      k += Character.charCount(cp);
    }
  }

  /** Indices at or above the charset size are padding and are skipped, as in Gymnasium. */
  @Override
  public String unflattenFrom(double[] flat, int offset) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < maxLength; i++) {
      int index = (int) flat[offset + i];
      if (index < charsetSize()) {
        b.appendCodePoint(charList[index]);
      }
    }
    return b.toString();
  }

  /**
   * Gymnasium's batch of a Text: a {@link Tuple} of {@code n} copies, each seeded with {@code
   * integers(0, 1e8, n)} from a copy of this space's generator; the Tuple gets another copy.
   */
  @Override
  public Tuple batch(int n) {
    long[] seeds = new long[n];
    npRandom().copy().integers(0, 100_000_000L, seeds);
    Space<?>[] copies = new Space<?>[n];
    for (int i = 0; i < n; i++) {
      Text copy = new Text(maxLength, minLength, new String(charList, 0, charList.length));
      copy.seed(seeds[i]);
      copies[i] = copy;
    }
    Tuple b = new Tuple(copies);
    b.setNpRandom(npRandom().copy());
    return b;
  }

  /**
   * An {@code Object[]} of {@code n} strings of {@code min_length} copies of the first of {@link
   * #characters()} (Gymnasium's {@code create_empty_array}).
   */
  @Override
  public Object createBatch(int n) {
    String empty = characters.substring(0, characters.offsetByCodePoints(0, 1)).repeat(minLength);
    Object[] out = new Object[n];
    Arrays.fill(out, empty);
    return out;
  }

  @Override
  public void writeBatch(String value, Object batch, int index) {
    ((Object[]) batch)[index] = value;
  }

  @Override
  public String readBatch(Object batch, int index, String reuse) {
    return (String) ((Object[]) batch)[index];
  }

  @Override
  public Object toJsonable(String x) {
    return x;
  }

  @Override
  public String fromJsonable(Object json) {
    if (json instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException("expected a string for " + this + ", got " + format(json));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Text t
        && t.minLength == minLength
        && t.maxLength == maxLength
        && t.charIndex.keySet().equals(charIndex.keySet());
  }

  @Override
  public int hashCode() {
    return 31 * (31 * minLength + maxLength) + characters.hashCode();
  }

  @Override
  public String toString() {
    return "Text(" + minLength + ", " + maxLength + ", charset=" + characters + ")";
  }
}
