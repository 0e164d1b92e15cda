package dev.jymnasium.games.minatar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jymnasium.env.rng.RandomState;
import org.junit.jupiter.api.Test;

/**
 * {@link MtStreams} against numpy's {@link RandomState}: {@code below} decides {@code
 * random_sample() < p} from the 53-bit integer, mostly from its first word; thresholds right at a
 * draw's value reach the second word, and every draw leaves the stream where numpy's would be.
 */
class MtStreamsTest {
  @Test
  void belowMatchesRandomSampleAtAndAroundEachDraw() {
    MtStreams streams = new MtStreams(2);
    RandomState reference = new RandomState(5);
    RandomState peek = new RandomState(5);
    streams.seed(1, 5);
    // 2,000 draws cross three key regenerations, with an odd offset after the single draw below.
    for (int t = 0; t < 2000; t++) {
      if (t == 7) {
        assertEquals(reference.next32(), streams.next32(1) & 0xFFFFFFFFL);
        peek.next32();
        continue;
      }
      long a = peek.next32();
      long b = peek.next32();
      long value = (a >>> 5) << 26 | (b >>> 6);
      long threshold = value + (t % 3) - 1; // below, at, above the draw: false, false, true
      double sample = reference.randomSample();
      assertEquals(value, (long) (sample * 0x1p53));
      assertEquals(sample < threshold / 0x1p53, streams.below(1, threshold), "draw " + t);
      assertEquals(t % 3 == 2, value < threshold);
    }
    assertEquals(reference.next32(), streams.next32(1) & 0xFFFFFFFFL);
  }
}
