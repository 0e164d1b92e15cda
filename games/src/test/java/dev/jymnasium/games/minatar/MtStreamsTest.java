package dev.jymnasium.games.minatar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jymnasium.env.rng.RandomState;
import org.junit.jupiter.api.Test;

/**
 * {@link MtStreams} against numpy's {@link RandomState}: {@code below} and {@code belowReady}
 * decide {@code random_sample() < p} from the 53-bit integer ({@code belowReady} mostly from its
 * first word: thresholds right at a draw's value reach the second), and every draw leaves the
 * stream where numpy's would be.
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
      boolean below = sample < threshold / 0x1p53;
      if (t % 2 == 0) {
        assertEquals(below, streams.below(1, threshold), "draw " + t);
      } else {
        streams.ensurePair(1);
        assertEquals(below, streams.belowReady(1, threshold), "prepared draw " + t);
      }
      assertEquals(t % 3 == 2, value < threshold);
    }
    assertEquals(reference.next32(), streams.next32(1) & 0xFFFFFFFFL);
  }

  @Test
  void preparedDrawsKeepTheStreamAcrossRegenerations() {
    MtStreams streams = new MtStreams(3);
    RandomState reference = new RandomState(11);
    streams.seed(2, 11);
    long half = MtStreams.threshold(0.5);
    // Single draws now and then shift the pairs, so that one output is left before a
    // regeneration: ensurePair keeps it for the next draw (position -1), and next32 reads it too.
    for (int t = 0; t < 3000; t++) {
      streams.ensurePair(2);
      if (t % 97 == 5 || t % 311 == 0) {
        assertEquals(reference.next32(), streams.next32(2) & 0xFFFFFFFFL, "word " + t);
      } else {
        assertEquals(reference.randomSample() < 0.5, streams.belowReady(2, half), "draw " + t);
      }
    }
    assertEquals(reference.next32(), streams.next32(2) & 0xFFFFFFFFL);
  }
}
