package dev.jymnasium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.checker.CheckReport;
import dev.jymnasium.env.checker.EnvChecker;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.registry.VectorizeMode;
import dev.jymnasium.env.render.RgbFrame;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.env.vector.VectorEnv;
import dev.jymnasium.env.vector.VectorStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks every registered env must pass, whatever module registers it: the env checker, seeded
 * determinism, observations inside the space, vector envs (native ones too) equal to single envs,
 * and clear errors on bad input.
 */
class RegisteredEnvsTest {
  private static final int RANDOM_STEPS = 1000;
  private static final int VECTOR_ENVS = 3;
  private static final int VECTOR_STEPS = 300;

  /**
   * Envs that step at a few hundred steps per second take a tenth of the steps here, which still
   * covers whole seeded trajectories, vector envs and the space checks: controlgym's nonlinear PDE
   * envs (ETDRK4 on 256-point grids, up to 999 substeps per step) and the Panda arm envs (about 60
   * joint and contact constraints per physics step, 20 physics steps per env step).
   */
  private static final Set<String> SLOW_STEPPING =
      Set.of(
          "controlgym/allen_cahn-v0",
          "controlgym/burgers-v0",
          "controlgym/cahn_hilliard-v0",
          "controlgym/fisher-v0",
          "controlgym/ginzburg_landau-v0",
          "controlgym/korteweg_de_vries-v0",
          "controlgym/kuramoto_sivashinsky-v0");

  private static int steps(String id, int steps) {
    return SLOW_STEPPING.contains(id) || id.startsWith("Panda") ? steps / 10 : steps;
  }

  static Stream<String> ids() {
    return Gym.registry().all().stream().filter(s -> s.entryPoint() != null).map(EnvSpec::id);
  }

  @Test
  void registryIsNotEmpty() {
    assertTrue(ids().count() > 0, "no env registered: is a module with envs on the classpath?");
  }

  @ParameterizedTest
  @MethodSource("ids")
  void envCheckerPasses(String id) {
    try (Env<Object, Object> env = Gym.make(id)) {
      CheckReport report = EnvChecker.check(env);
      assertTrue(report.failures().isEmpty(), id + ": " + report.failures());
    }
  }

  @ParameterizedTest
  @MethodSource("ids")
  void sameSeedSameTrajectory(String id) {
    List<String> a = trajectory(id, 7, steps(id, 200));
    List<String> b = trajectory(id, 7, steps(id, 200));
    assertEquals(a, b);
  }

  private static List<String> trajectory(String id, long seed, int steps) {
    List<String> out = new ArrayList<>();
    try (Env<Object, Object> env = Gym.make(id)) {
      env.actionSpace().seed(seed);
      out.add(Space.format(env.reset(seed).observation()));
      for (int t = 0; t < steps; t++) {
        Step<Object> s = env.step(env.actionSpace().sample());
        out.add(
            Space.format(s.observation())
                + " "
                + s.reward()
                + " "
                + s.terminated()
                + " "
                + s.truncated()
                + " "
                + Space.format(s.info()));
        if (s.done()) {
          out.add(Space.format(env.reset().observation()));
        }
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("ids")
  void randomStepsStayInsideTheObservationSpace(String id) {
    try (Env<Object, Object> env = Gym.make(id)) {
      env.actionSpace().seed(1);
      Space<Object> space = env.observationSpace();
      Object obs = env.reset(1).observation();
      assertNull(space.mismatch(obs), id + " reset obs");
      for (int t = 0; t < steps(id, RANDOM_STEPS); t++) {
        Step<Object> s = env.step(env.actionSpace().sample());
        assertNull(space.mismatch(s.observation()), id + " step " + t);
        assertTrue(Double.isFinite(s.reward()), id + " reward at step " + t);
        if (s.done()) {
          assertNull(space.mismatch(env.reset().observation()), id + " reset obs");
        }
      }
    }
  }

  /**
   * Native vector envs are held to the single envs too, except CartPole's: like Gymnasium's {@code
   * CartPoleVectorEnv} it draws every sub-env's state from one shared generator (its own test
   * compares it with Gymnasium's numbers).
   */
  @ParameterizedTest
  @MethodSource("ids")
  void vectorEnvsEqualSingleEnvsSteppedAlike(String id) {
    List<VectorizeMode> modes =
        new ArrayList<>(List.of(VectorizeMode.SYNC, VectorizeMode.THREADED));
    if (Gym.registry().resolve(id).vectorEntryPoint() != null && !id.startsWith("CartPole")) {
      modes.add(VectorizeMode.VECTOR_ENTRY_POINT);
    }
    for (VectorizeMode mode : modes) {
      List<Env<Object, Object>> singles = new ArrayList<>();
      try (VectorEnv<Object, Object> vec =
          Gym.registry().makeVec(id, VECTOR_ENVS, mode, Map.of())) {
        Space<Object> single = castSpace(vec.singleObservationSpace());
        Space<Object> singleAct = castSpace(vec.singleActionSpace());
        singleAct.seed(5);
        Object batch = vec.reset(11).observations();
        boolean[] pending = new boolean[VECTOR_ENVS];
        for (int i = 0; i < VECTOR_ENVS; i++) {
          Env<Object, Object> e = Gym.make(id);
          singles.add(e);
          assertEquals(
              Space.format(e.reset(11L + i).observation()),
              Space.format(single.readBatch(batch, i, null)),
              id + " reset of sub-env " + i);
        }
        for (int t = 0; t < steps(id, VECTOR_STEPS); t++) {
          Object actions = vec.singleActionSpace().createBatch(VECTOR_ENVS);
          Object[] perEnv = new Object[VECTOR_ENVS];
          for (int i = 0; i < VECTOR_ENVS; i++) {
            perEnv[i] = singleAct.sample();
            singleAct.writeBatch(perEnv[i], actions, i);
          }
          VectorStep<Object> vs = vec.step(actions);
          for (int i = 0; i < VECTOR_ENVS; i++) {
            Env<Object, Object> e = singles.get(i);
            String expected;
            double reward = 0;
            boolean term = false;
            boolean trunc = false;
            if (pending[i]) {
              expected = Space.format(e.reset().observation());
              pending[i] = false;
            } else {
              Step<Object> s = e.step(perEnv[i]);
              expected = Space.format(s.observation());
              reward = s.reward();
              term = s.terminated();
              trunc = s.truncated();
              pending[i] = s.done();
            }
            String where = id + " " + mode + " sub-env " + i + " step " + t;
            assertEquals(
                expected, Space.format(single.readBatch(vs.observations(), i, null)), where);
            assertEquals(reward, vs.rewards()[i], where);
            assertEquals(term, vs.terminations()[i], where);
            assertEquals(trunc, vs.truncations()[i], where);
          }
        }
      } finally {
        singles.forEach(Env::close);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Space<Object> castSpace(Space<?> s) {
    return (Space<Object>) s;
  }

  @ParameterizedTest
  @MethodSource("ids")
  void stepBeforeResetIsAnIllegalState(String id) {
    try (Env<Object, Object> env = Gym.make(id)) {
      Object action = env.actionSpace().sample();
      assertThrows(IllegalStateException.class, () -> env.step(action));
      assertThrows(
          IllegalStateException.class, () -> env.unwrapped().step(castAction(env, action)));
    }
  }

  @SuppressWarnings("unchecked")
  private static <A> A castAction(Env<?, ?> env, Object action) {
    return (A) action;
  }

  @ParameterizedTest
  @MethodSource("ids")
  void badActionsNameTheSpaceAndTheValue(String id) {
    try (Env<Object, Object> env = Gym.make(id)) {
      env.reset(0);
      Space<Object> space = env.actionSpace();
      for (Object bad : badActions(space)) {
        IllegalArgumentException e =
            assertThrows(
                IllegalArgumentException.class,
                () -> env.step(bad),
                id + " accepted " + Space.format(bad));
        assertTrue(e.getMessage().contains(space.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(Space.format(bad)), e.getMessage());
      }
      // The env is still usable after rejected actions.
      assertFalse(env.step(space.sample()) == null);
    }
  }

  private static List<Object> badActions(Space<?> space) {
    List<Object> bad = new ArrayList<>(List.of("not an action", Double.NaN));
    if (space instanceof Discrete d) {
      bad.add(d.start() + d.n());
      bad.add(d.start() - 1);
      bad.add(new int[] {d.start()});
    } else if (space instanceof Box<?> b) {
      Object tooLong = b.dtype().newArray(b.size() + 1);
      bad.add(tooLong);
      if (b.dtype().isFloat()) {
        Object nan = b.dtype().newArray(b.size());
        for (int i = 0; i < b.size(); i++) {
          b.dtype().set(nan, i, Double.NaN);
        }
        bad.add(nan);
      }
    }
    return bad;
  }

  @ParameterizedTest
  @MethodSource("ids")
  void resetRejectsNegativeSeeds(String id) {
    try (Env<Object, Object> env = Gym.make(id)) {
      assertThrows(IllegalArgumentException.class, () -> env.reset(-1));
    }
  }

  @ParameterizedTest
  @MethodSource("ids")
  void rendersAFrameHeadless(String id) {
    Env<Object, Object> probe = Gym.make(id);
    boolean rgb = probe.metadata().renderModes().contains("rgb_array");
    probe.close();
    if (!rgb) {
      return;
    }
    try (Env<Object, Object> env = Gym.make(id, Map.of("render_mode", "rgb_array"))) {
      env.reset(0);
      RgbFrame frame = (RgbFrame) env.render();
      int first = frame.pixel(0, 0);
      boolean varied = false;
      for (int y = 0; y < frame.height() && !varied; y += 3) {
        for (int x = 0; x < frame.width() && !varied; x += 3) {
          varied = frame.pixel(x, y) != first;
        }
      }
      assertTrue(varied, id + " rendered a blank frame");
      env.step(env.actionSpace().sample());
      assertTrue(env.render() instanceof RgbFrame);
    }
  }

  @Test
  void unknownIdsSuggestCloseMatches() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Gym.make("CartPol-v1"));
    assertTrue(e.getMessage().contains("CartPole-v1"), e.getMessage());
  }
}
