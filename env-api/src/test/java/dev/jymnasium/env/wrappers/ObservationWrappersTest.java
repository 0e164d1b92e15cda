package dev.jymnasium.env.wrappers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.MultiDiscrete;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.env.spaces.Spaces;
import dev.jymnasium.env.spaces.Tuple;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Observation wrappers. */
class ObservationWrappersTest {

  @Test
  void transformObservationAppliesTheFunctionAndTheNewSpace() {
    Box<double[]> space = Box.float64(0, 200, 1);
    TransformObservation<double[], Integer, float[]> env =
        new TransformObservation<>(new CounterEnv(10), o -> new double[] {2.0 * o[0]}, space);
    assertSame(space, env.observationSpace());
    assertArrayEquals(new double[] {0}, env.reset().observation());
    assertArrayEquals(new double[] {2}, env.step(1).observation());
    TransformObservation<float[], Integer, float[]> same =
        new TransformObservation<>(new CounterEnv(10), o -> o);
    assertEquals(Box.float32(0, 100, 2), same.observationSpace());
  }

  @Test
  void flattenObservationRoundTripsADict() {
    DictEnv base = new DictEnv();
    FlattenObservation<double[], Integer> env = new FlattenObservation<>(base);
    Box<?> space = (Box<?>) env.observationSpace();
    assertArrayEquals(new int[] {6}, space.shape());
    assertEquals(DType.FLOAT64, space.dtype(), "float32 with int64 one-hots promotes to float64");
    assertArrayEquals(new double[] {-1, -1, 0, 0, 0, -5}, space.low());
    assertArrayEquals(new double[] {1, 1, 1, 1, 1, 5}, space.high());
    assertArrayEquals(new double[] {0, 0, 1, 0, 0, 0}, env.reset().observation());
    env.step(0);
    double[] flat = env.step(0).observation();
    // t = 2: pos = [0.5, -0.25], flag = 2, vel = [2]
    assertArrayEquals(new double[] {0.5, -0.25, 0, 0, 1, 2}, flat);
    Map<String, Object> back = Spaces.unflatten(DictEnv.SPACE, flat);
    assertArrayEquals(new float[] {0.5f, -0.25f}, (float[]) back.get("pos"));
    assertEquals(2, back.get("flag"));
    assertArrayEquals(new float[] {2f}, (float[]) back.get("vel"));
    assertTrue(space.contains(flat));
  }

  @Test
  void flattenObservationKeepsFloat32ForABox() {
    FlattenObservation<float[], Integer> env = new FlattenObservation<>(new CounterEnv(10));
    assertEquals(Box.float32(0, 100, 2), env.observationSpace());
    env.reset();
    assertArrayEquals(new float[] {1, 2}, env.step(2).observation());
  }

  @Test
  void normalizeObservationMatchesFloat32RunningStatistics() {
    // Expected values computed with numpy 2 float32 arithmetic for the observations
    // [0,0] (reset), [1,2], [2,1], [3,1].
    NormalizeObservation<Integer> env = new NormalizeObservation<>(new CounterEnv(10));
    Box<?> space = (Box<?>) env.observationSpace();
    assertEquals(DType.FLOAT32, space.dtype());
    assertEquals(Double.NEGATIVE_INFINITY, space.low(0));
    assertEquals(Double.POSITIVE_INFINITY, space.high(1));
    assertArrayEquals(new float[] {0f, 0f}, env.reset().observation());
    assertArrayEquals(
        new float[] {0.9999499320983887f, 1.0000249147415161f}, env.step(2).observation());
    assertArrayEquals(
        new float[] {1.2247446775436401f, 4.0805905882734805e-05f}, env.step(1).observation());
    assertArrayEquals(
        new float[] {1.3416475057601929f, 3.531773472786881e-05f}, env.step(1).observation());
    assertArrayEquals(new float[] {1.499962568283081f, 0.9999750256538391f}, env.mean());
    assertArrayEquals(new float[] {1.2500499486923218f, 0.5000374913215637f}, env.var());
    assertEquals(4.0001, env.count(), 1e-12);
  }

  @Test
  void frozenNormalizeObservationOnlyNormalizes() {
    NormalizeObservation<Integer> env = new NormalizeObservation<>(new CounterEnv(10));
    env.setUpdateRunningMean(false);
    env.reset();
    float[] o = env.step(2).observation();
    assertArrayEquals(new float[] {0f, 0f}, env.mean());
    assertArrayEquals(
        new float[] {(float) (1 / Math.sqrt(1 + 1e-8)), (float) (2 / Math.sqrt(1 + 1e-8))}, o);
    assertThrows(IllegalArgumentException.class, () -> new NormalizeObservation<>(new DictEnv()));
    assertThrows(
        IllegalArgumentException.class, () -> new NormalizeObservation<>(new CounterEnv(1), 0));
  }

  @Test
  void frameStackKeepsTheLastObservationsOldestFirst() {
    FrameStackObservation<float[], Integer> env =
        new FrameStackObservation<>(new CounterEnv(10), 3);
    Box<?> space = (Box<?>) env.observationSpace();
    assertArrayEquals(new int[] {3, 2}, space.shape());
    assertEquals(DType.FLOAT32, space.dtype());
    assertArrayEquals(
        new float[] {5, 0, 5, 0, 5, 0},
        env.reset(null, Map.of("start", 5)).observation(),
        "reset padding repeats the reset obs");
    assertArrayEquals(new float[] {5, 0, 5, 0, 6, 1}, env.step(1).observation());
    assertArrayEquals(new float[] {5, 0, 6, 1, 7, 2}, env.step(2).observation());
    float[] out = env.step(0).observation();
    assertArrayEquals(new float[] {6, 1, 7, 2, 8, 0}, out);
    assertTrue(space.contains(out));
    out[0] = 99; // the caller scribbling on the output does not corrupt the history
    assertArrayEquals(new float[] {7, 2, 8, 0, 9, 1}, env.step(1).observation());
  }

  @Test
  void frameStackZeroAndCustomPadding() {
    FrameStackObservation<float[], Integer> zero =
        new FrameStackObservation<>(new CounterEnv(10), 3, "zero");
    assertArrayEquals(
        new float[] {0, 0, 0, 0, 5, 0}, zero.reset(null, Map.of("start", 5)).observation());
    assertArrayEquals(new float[] {0, 0, 5, 0, 6, 2}, zero.step(2).observation());
    FrameStackObservation<float[], Integer> custom =
        FrameStackObservation.withPaddingValue(new CounterEnv(10), 2, new float[] {9, 9});
    assertArrayEquals(new float[] {9, 9, 0, 0}, custom.reset().observation());
    assertThrows(
        IllegalArgumentException.class, () -> new FrameStackObservation<>(new CounterEnv(10), 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new FrameStackObservation<>(new CounterEnv(10), 2, "same"));
    assertThrows(
        IllegalArgumentException.class,
        () -> FrameStackObservation.withPaddingValue(new CounterEnv(10), 2, new float[] {999, 0}));
  }

  @Test
  void frameStackOfDiscreteObservationsIsMultiDiscrete() {
    Env<Integer, Integer> discrete =
        new TransformObservation<>(new CounterEnv(10), o -> (int) o[0], new Discrete(11));
    FrameStackObservation<int[], Integer> env = new FrameStackObservation<>(discrete, 2);
    assertTrue(env.observationSpace() instanceof MultiDiscrete);
    assertArrayEquals(new int[] {0, 0}, env.reset().observation());
    assertArrayEquals(new int[] {0, 1}, env.step(0).observation());
    assertArrayEquals(new int[] {1, 2}, env.step(0).observation());
  }

  @Test
  void timeAwareObservationAppendsTheStepCount() {
    TimeAwareObservation<double[], Integer> env =
        new TimeAwareObservation<>(new TimeLimit<>(new CounterEnv(100), 5));
    Box<?> space = (Box<?>) env.observationSpace();
    assertEquals(DType.FLOAT64, space.dtype(), "float32 obs with int32 time flattens to float64");
    assertArrayEquals(new double[] {0, 0, 0}, space.low());
    assertArrayEquals(new double[] {100, 100, 5}, space.high());
    assertArrayEquals(new double[] {0, 0, 0}, env.reset().observation());
    assertArrayEquals(new double[] {1, 2, 1}, env.step(2).observation());
    assertArrayEquals(new double[] {2, 1, 2}, env.step(1).observation());
    assertEquals(5, env.maxSteps());
  }

  @Test
  void timeAwareObservationNormalizedAndUnflattened() {
    TimeAwareObservation<float[], Integer> norm =
        new TimeAwareObservation<>(new TimeLimit<>(new CounterEnv(100), 4), true, true);
    assertEquals(DType.FLOAT32, norm.observationSpace().dtype());
    norm.reset();
    assertArrayEquals(new float[] {1, 1, 0.25f}, norm.step(1).observation());
    TimeAwareObservation<Map<String, Object>, Integer> dict =
        new TimeAwareObservation<>(new TimeLimit<>(new CounterEnv(100), 4), false, false);
    assertTrue(dict.observationSpace() instanceof Dict);
    assertEquals(List.of("obs", "time"), ((Dict) (Space<?>) dict.observationSpace()).keys());
    dict.reset();
    Map<String, Object> o = dict.step(2).observation();
    assertArrayEquals(new float[] {1, 2}, (float[]) o.get("obs"));
    assertArrayEquals(new int[] {1}, (int[]) o.get("time"));
    assertTrue(dict.observationSpace().contains(o));
  }

  @Test
  void timeAwareObservationAddsAKeyToDicts() {
    TimeAwareObservation<Map<String, Object>, Integer> env =
        new TimeAwareObservation<>(new TimeLimit<>(new DictEnv(), 3), false, false, "t");
    assertEquals(
        List.of("pos", "flag", "vel", "t"), ((Dict) (Space<?>) env.observationSpace()).keys());
    env.reset();
    Map<String, Object> o = env.step(0).observation();
    assertArrayEquals(new int[] {1}, (int[]) o.get("t"));
    assertTrue(env.observationSpace().contains(o));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TimeAwareObservation<>(new TimeLimit<>(new DictEnv(), 3), false, false, "pos"));
  }

  @Test
  void timeAwareObservationUsesTheSpecOrFails() {
    assertThrows(
        IllegalArgumentException.class, () -> new TimeAwareObservation<>(new CounterEnv(5)));
    CounterEnv withSpec = new CounterEnv(5);
    withSpec.setSpec(
        EnvSpec.builder("Counter-v0")
            .entryPoint(kw -> new CounterEnv(5))
            .maxEpisodeSteps(7)
            .build());
    assertEquals(7, new TimeAwareObservation<>(withSpec).maxSteps());
  }

  @Test
  void delayObservationReturnsOlderObservations() {
    DelayObservation<float[], Integer> env = new DelayObservation<>(new CounterEnv(10), 2);
    assertArrayEquals(new float[] {0, 0}, env.reset(null, Map.of("start", 5)).observation());
    assertArrayEquals(new float[] {0, 0}, env.step(1).observation());
    assertArrayEquals(new float[] {5, 0}, env.step(2).observation());
    assertArrayEquals(new float[] {6, 1}, env.step(0).observation());
    assertArrayEquals(new float[] {7, 2}, env.step(0).observation());
    assertArrayEquals(
        new float[] {0, 0},
        env.reset(null, Map.of("start", 3)).observation(),
        "reset starts a new delay");
    DelayObservation<float[], Integer> none = new DelayObservation<>(new CounterEnv(10), 0);
    none.reset();
    assertArrayEquals(new float[] {1, 1}, none.step(1).observation());
    assertThrows(
        IllegalArgumentException.class, () -> new DelayObservation<>(new CounterEnv(10), -1));
  }

  @Test
  void delayObservationZeroIsClippedIntoTheBounds() {
    Env<float[], Integer> shifted =
        new TransformObservation<>(
            new CounterEnv(10), o -> new float[] {o[0] + 1}, Box.float32(1, 101, 1));
    DelayObservation<float[], Integer> env = new DelayObservation<>(shifted, 1);
    assertArrayEquals(new float[] {1}, env.reset().observation());
    assertArrayEquals(new float[] {1}, env.step(0).observation());
    assertArrayEquals(new float[] {2}, env.step(0).observation());
  }

  @Test
  void maxAndSkipTakesTheMaxOfTheLastTwoFrames() {
    ScriptedEnv base =
        new ScriptedEnv(
            new float[] {0, 0},
            new float[] {9, 9},
            new float[] {1, 5},
            new float[] {3, 2},
            new float[] {-1, -1},
            new float[] {4, 0},
            new float[] {-2, 7});
    MaxAndSkipObservation<float[], Integer> env = new MaxAndSkipObservation<>(base, 3);
    env.reset();
    // inner steps 1..3: frames [9,9], [1,5], [3,2]; max of the last two = [3,5]; rewards 1+2+3.
    var s = env.step(0);
    assertArrayEquals(new float[] {3, 5}, s.observation());
    assertEquals(6.0, s.reward());
    // inner steps 4..6: [-1,-1], [4,0], [-2,7] -> max([4,0], [-2,7]) = [4,7]; 4+5+6, terminated.
    s = env.step(0);
    assertArrayEquals(new float[] {4, 7}, s.observation());
    assertEquals(15.0, s.reward());
    assertTrue(s.terminated());
    assertThrows(
        IllegalArgumentException.class, () -> new MaxAndSkipObservation<>(new CounterEnv(3), 1));
  }

  @Test
  void dtypeObservationCastsLikeNumpy() {
    ScriptedEnv base = new ScriptedEnv(new float[] {0, 0}, new float[] {-1.7f, 2.9f});
    DtypeObservation<int[], Integer> env = new DtypeObservation<>(base, DType.INT32);
    Box<?> space = (Box<?>) env.observationSpace();
    assertEquals(DType.INT32, space.dtype());
    assertArrayEquals(new double[] {-10, -10}, space.low());
    env.reset();
    int[] o = env.step(0).observation();
    assertArrayEquals(new int[] {-1, 2}, o);
    assertTrue(space.contains(o));
    DtypeObservation<double[], Integer> wide =
        new DtypeObservation<>(new CounterEnv(5), DType.FLOAT64);
    assertEquals(Box.float64(0, 100, 2), wide.observationSpace());
    wide.reset();
    assertArrayEquals(new double[] {1, 2}, wide.step(2).observation());
    Env<Integer, Integer> discrete =
        new TransformObservation<>(new CounterEnv(10), o2 -> (int) o2[0], new Discrete(11));
    DtypeObservation<float[], Integer> fromDiscrete =
        new DtypeObservation<>(discrete, DType.FLOAT32);
    assertEquals(Box.of(0, 11, new int[0], DType.FLOAT32), fromDiscrete.observationSpace());
    fromDiscrete.reset();
    assertArrayEquals(new float[] {1}, fromDiscrete.step(0).observation());
    assertThrows(
        IllegalArgumentException.class, () -> new DtypeObservation<>(new DictEnv(), DType.INT32));
  }

  @Test
  void filterObservationKeepsDictKeysSorted() {
    FilterObservation<Map<String, Object>, Integer> env =
        new FilterObservation<>(new DictEnv(), List.of("vel", "flag"));
    Dict space = (Dict) (Space<?>) env.observationSpace();
    assertEquals(List.of("flag", "vel"), space.keys());
    env.reset();
    Map<String, Object> o = env.step(0).observation();
    assertEquals(List.of("flag", "vel"), List.copyOf(o.keySet()));
    assertEquals(1, o.get("flag"));
    assertArrayEquals(new float[] {1}, (float[]) o.get("vel"));
    assertTrue(space.contains(o));
    assertThrows(
        IllegalArgumentException.class,
        () -> new FilterObservation<>(new DictEnv(), List.of("nope")));
    assertThrows(
        IllegalArgumentException.class, () -> new FilterObservation<>(new DictEnv(), List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new FilterObservation<>(new CounterEnv(3), List.of("pos")));
  }

  @Test
  void filterObservationKeepsTupleIndicesInOrder() {
    Tuple tuple = new Tuple(Box.float32(0, 100, 2), new Discrete(101), new Discrete(3));
    Env<Object[], Integer> base =
        new TransformObservation<>(
            new CounterEnv(10), o -> new Object[] {o.clone(), (int) o[0], (int) o[1]}, tuple);
    FilterObservation<Object[], Integer> env = new FilterObservation<>(base, 2, 1);
    assertEquals(new Tuple(new Discrete(3), new Discrete(101)), env.observationSpace());
    env.reset();
    Object[] o = env.step(2).observation();
    assertArrayEquals(new Object[] {2, 1}, o);
    assertThrows(IllegalArgumentException.class, () -> new FilterObservation<>(base, 3));
    assertThrows(IllegalArgumentException.class, () -> new FilterObservation<>(base, 1, 1));
  }

  @Test
  void renderCollectionCollectsFramesSinceTheLastRender() {
    RenderCollection<float[], Integer> env = new RenderCollection<>(new CounterEnv(10, "ansi"));
    assertEquals("ansi_list", env.renderMode());
    assertTrue(env.metadata().renderModes().contains("ansi_list"));
    env.reset();
    env.step(0);
    env.step(0);
    assertEquals(List.of("count=0", "count=1", "count=2"), env.render());
    assertEquals(List.of(), env.render());
    env.step(0);
    env.reset();
    assertEquals(List.of("count=0"), env.render(), "reset clears the collection");
    RenderCollection<float[], Integer> keep =
        new RenderCollection<>(new CounterEnv(10, "ansi"), false, false);
    keep.reset();
    keep.step(1);
    assertEquals(2, keep.render().size());
    keep.reset();
    assertEquals(3, keep.render().size());
    assertThrows(IllegalArgumentException.class, () -> new RenderCollection<>(new CounterEnv(10)));
    assertNull(new CounterEnv(1).render());
    assertFalse(env.render().iterator().hasNext());
  }
}
