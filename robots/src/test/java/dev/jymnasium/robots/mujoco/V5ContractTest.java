package dev.jymnasium.robots.mujoco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.joml.Vector3d;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the nine MuJoCo v5 tasks compute, against Gymnasium 1.3's {@code *_v5.py} (info keys and
 * numbers as its envs give them on MuJoCo 3): reward terms, info keys, observation layout, {@code
 * frame_skip}, reset noise and episode end. Envs come only from {@code Gym.make} with kwargs; the
 * unwrapped {@link MujocoEnv} is used for {@code dt}, {@code qpos}, {@code qvel} and {@code
 * setState}. Each case takes a few steps.
 */
class V5ContractTest {
  /** Relative tolerance of recomputed terms (Gymnasium's own reward_ctrl is float32). */
  static final double TOL = 1e-9;

  /**
   * One task's v5 facts.
   *
   * @param obsSize observation length with the default kwargs
   * @param excluded positions dropped by {@code exclude_current_positions_from_observation} (0: the
   *     env has no such kwarg)
   * @param noiseKwarg whether the env takes {@code reset_noise_scale}
   * @param noiseScale its default; qpos noise is uniform, qvel noise {@code qvelNormal} or uniform
   * @param timestep model timestep (s)
   * @param frameSkip default {@code frame_skip}
   * @param ctrlWeight default weight of {@code reward_ctrl} (NaN: no such term)
   * @param resetInfo reset info keys
   * @param stepInfo step info keys
   * @param rewardTerms the step info entries whose sum is the reward
   * @param initQpos Gymnasium's {@code init_qpos}
   * @param layout the observation entries that follow from (qpos, qvel), from index 0
   */
  record V5(
      String id,
      int obsSize,
      int excluded,
      boolean noiseKwarg,
      double noiseScale,
      boolean qvelNormal,
      double timestep,
      int frameSkip,
      double ctrlWeight,
      Set<String> resetInfo,
      Set<String> stepInfo,
      List<String> rewardTerms,
      double[] initQpos,
      BiFunction<double[], double[], double[]> layout) {
    @Override
    public String toString() {
      return id;
    }
  }

  static final Set<String> PLANAR_INFO =
      Set.of(
          "x_position",
          "z_distance_from_origin",
          "x_velocity",
          "reward_forward",
          "reward_ctrl",
          "reward_survive");
  static final Set<String> XY_RESET_INFO =
      Set.of("x_position", "y_position", "distance_from_origin");

  static Stream<V5> tasks() {
    return Stream.of(
        new V5(
            "Hopper-v5",
            11,
            1,
            true,
            5e-3,
            false,
            0.002,
            4,
            1e-3,
            Set.of("x_position", "z_distance_from_origin"),
            PLANAR_INFO,
            List.of("reward_forward", "reward_ctrl", "reward_survive"),
            new double[] {0, 1.25, 0, 0, 0, 0},
            (q, v) -> concat(tail(q, 1), clip(v, 10))),
        new V5(
            "Walker2d-v5",
            17,
            1,
            true,
            5e-3,
            false,
            0.002,
            4,
            1e-3,
            Set.of("x_position", "z_distance_from_origin"),
            PLANAR_INFO,
            List.of("reward_forward", "reward_ctrl", "reward_survive"),
            new double[] {0, 1.25, 0, 0, 0, 0, 0, 0, 0},
            (q, v) -> concat(tail(q, 1), clip(v, 10))),
        new V5(
            "HalfCheetah-v5",
            17,
            1,
            true,
            0.1,
            true,
            0.01,
            5,
            0.1,
            Set.of("x_position"),
            Set.of("x_position", "x_velocity", "reward_forward", "reward_ctrl"),
            List.of("reward_forward", "reward_ctrl"),
            new double[9],
            (q, v) -> concat(tail(q, 1), v)),
        new V5(
            "Ant-v5",
            105,
            2,
            true,
            0.1,
            true,
            0.01,
            5,
            0.5,
            XY_RESET_INFO,
            Set.of(
                "x_position",
                "y_position",
                "distance_from_origin",
                "x_velocity",
                "y_velocity",
                "reward_forward",
                "reward_ctrl",
                "reward_contact",
                "reward_survive"),
            List.of("reward_forward", "reward_ctrl", "reward_contact", "reward_survive"),
            new double[] {0, 0, 0.75, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
            (q, v) -> concat(tail(q, 2), v)),
        new V5(
            "Swimmer-v5",
            8,
            2,
            true,
            0.1,
            false,
            0.01,
            4,
            1e-4,
            XY_RESET_INFO,
            Set.of(
                "x_position",
                "y_position",
                "distance_from_origin",
                "x_velocity",
                "y_velocity",
                "reward_forward",
                "reward_ctrl"),
            List.of("reward_forward", "reward_ctrl"),
            new double[5],
            (q, v) -> concat(tail(q, 2), v)),
        new V5(
            "InvertedPendulum-v5",
            4,
            0,
            true,
            0.01,
            false,
            0.02,
            2,
            Double.NaN,
            Set.of(),
            Set.of("reward_survive"),
            List.of("reward_survive"),
            new double[2],
            (q, v) -> concat(q, v)),
        new V5(
            "InvertedDoublePendulum-v5",
            9,
            0,
            true,
            0.1,
            true,
            0.01,
            5,
            Double.NaN,
            Set.of(),
            Set.of("reward_survive", "distance_penalty", "velocity_penalty"),
            List.of("reward_survive", "distance_penalty", "velocity_penalty"),
            new double[3],
            (q, v) ->
                concat(
                    new double[] {
                      q[0], Math.sin(q[1]), Math.sin(q[2]), Math.cos(q[1]), Math.cos(q[2])
                    },
                    clip(v, 10))),
        new V5(
            "Reacher-v5",
            10,
            0,
            false,
            0,
            false,
            0.01,
            2,
            1.0,
            Set.of(),
            Set.of("reward_dist", "reward_ctrl"),
            List.of("reward_dist", "reward_ctrl"),
            new double[] {0, 0, 0.1, -0.1},
            (q, v) ->
                new double[] {
                  Math.cos(q[0]),
                  Math.cos(q[1]),
                  Math.sin(q[0]),
                  Math.sin(q[1]),
                  q[2],
                  q[3],
                  v[0],
                  v[1]
                }),
        new V5(
            "Pusher-v5",
            23,
            0,
            false,
            0,
            false,
            0.01,
            5,
            0.1,
            Set.of(),
            Set.of("reward_dist", "reward_ctrl", "reward_near"),
            List.of("reward_dist", "reward_ctrl", "reward_near"),
            new double[11],
            (q, v) -> concat(Arrays.copyOf(q, 7), Arrays.copyOf(v, 7))));
  }

  static double[] tail(double[] a, int from) {
    return Arrays.copyOfRange(a, from, a.length);
  }

  static double[] concat(double[] a, double[] b) {
    return DoubleStream.concat(Arrays.stream(a), Arrays.stream(b)).toArray();
  }

  static double[] clip(double[] a, double bound) {
    return Arrays.stream(a).map(x -> Math.max(-bound, Math.min(bound, x))).toArray();
  }

  @SuppressWarnings("unchecked")
  static Env<double[], float[]> make(V5 t, Map<String, ?> kwargs) {
    return (Env<double[], float[]>) (Env<?, ?>) Gym.make(t.id(), kwargs);
  }

  static MujocoEnv raw(Env<?, ?> env) {
    return (MujocoEnv) env.unwrapped();
  }

  static void assertClose(double want, double got, String what) {
    assertEquals(want, got, TOL * Math.max(1, Math.abs(want)), what);
  }

  static double info(Map<String, Object> info, String key) {
    return ((Number) info.get(key)).doubleValue();
  }

  /** Random steps: the terms sum to the reward, and each term is what v5 computes. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void rewardTermsSumToTheRewardAndFollowTheV5Formulas(V5 t) {
    try (Env<double[], float[]> env = make(t, Map.of())) {
      MujocoEnv mj = raw(env);
      Map<String, Object> before = new HashMap<>(env.reset(4L, null).info());
      env.actionSpace().seed(4);
      // Gymnasium's Ant takes its velocity from the torso's frame (xpos, which MuJoCo leaves at
      // the last RK4 stage), its x_position from qpos.
      boolean fromFrame = t.id().equals("Ant-v5");
      Vector3d frameBefore = new Vector3d();
      Vector3d frameAfter = new Vector3d();
      for (int k = 0; k < 4; k++) {
        float[] a = env.actionSpace().sample();
        if (fromFrame) {
          mj.physics.poses().linkPosition(mj.physics.poses().linkIndex("torso"), frameBefore);
        }
        Step<double[]> s = env.step(a);
        if (fromFrame) {
          mj.physics.poses().linkPosition(mj.physics.poses().linkIndex("torso"), frameAfter);
        }
        assertFalse(s.truncated(), t.id() + " step " + k);
        Map<String, Object> info = new HashMap<>(s.info());
        double[] obs = s.observation();
        double sum = t.rewardTerms().stream().mapToDouble(key -> info(info, key)).sum();
        assertClose(s.reward(), sum, t.id() + " reward = sum of " + t.rewardTerms());
        double squared = 0;
        for (float x : a) {
          squared += (double) x * x;
        }
        if (!Double.isNaN(t.ctrlWeight())) {
          // Gymnasium computes it in float32 (NumpySumsTest holds the bits).
          double want = -t.ctrlWeight() * squared;
          assertEquals(want, info(info, "reward_ctrl"), 1e-6 * Math.max(1, -want), "reward_ctrl");
        }
        if (info.containsKey("x_velocity")) {
          double vx =
              fromFrame
                  ? (frameAfter.x - frameBefore.x) / mj.dt()
                  : (info(info, "x_position") - info(before, "x_position")) / mj.dt();
          assertClose(vx, info(info, "x_velocity"), "x_velocity = dx / dt");
          assertClose(vx, info(info, "reward_forward"), "reward_forward = 1 * x_velocity");
        }
        if (info.containsKey("y_velocity")) {
          double vy =
              fromFrame
                  ? (frameAfter.y - frameBefore.y) / mj.dt()
                  : (info(info, "y_position") - info(before, "y_position")) / mj.dt();
          assertClose(vy, info(info, "y_velocity"), "y_velocity = dy / dt");
          assertClose(
              Math.hypot(info(info, "x_position"), info(info, "y_position")),
              info(info, "distance_from_origin"),
              "distance_from_origin");
        }
        if (info.containsKey("z_distance_from_origin")) {
          assertClose(
              mj.qpos()[1] - 1.25, info(info, "z_distance_from_origin"), "z_distance_from_origin");
        }
        if (info.containsKey("reward_survive") && !s.terminated()) {
          double healthy = t.id().startsWith("InvertedDouble") ? 10 : 1;
          assertEquals(healthy, info(info, "reward_survive"), "reward_survive while healthy");
        }
        switch (t.id()) {
          case "Ant-v5" -> {
            // contact_cost_weight · Σ clip(cfrc_ext)²: the clipped wrenches are obs[27:].
            double c = Arrays.stream(tail(obs, 27)).map(x -> x * x).sum();
            assertClose(-5e-4 * c, info(info, "reward_contact"), "reward_contact");
          }
          case "InvertedDoublePendulum-v5" -> {
            double[] v = mj.qvel();
            assertClose(
                -(1e-3 * v[1] * v[1] + 5e-3 * v[2] * v[2]),
                info(info, "velocity_penalty"),
                "velocity_penalty");
          }
          case "Reacher-v5" ->
              assertClose(
                  -Math.hypot(obs[8], obs[9]),
                  info(info, "reward_dist"),
                  "reward_dist = -|fingertip - target|");
          case "Pusher-v5" -> {
            assertClose(
                -distance(obs, 17, 20),
                info(info, "reward_dist"),
                "reward_dist = -|object - goal|");
            assertClose(
                -0.5 * distance(obs, 17, 14),
                info(info, "reward_near"),
                "reward_near = -0.5 |object - tip|");
          }
          default -> {}
        }
        before = info;
      }
    }
  }

  private static double distance(double[] obs, int i, int j) {
    double dx = obs[i] - obs[j];
    double dy = obs[i + 1] - obs[j + 1];
    double dz = obs[i + 2] - obs[j + 2];
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void infoKeysAreTheV5Keys(V5 t) {
    try (Env<double[], float[]> env = make(t, Map.of())) {
      assertEquals(t.resetInfo(), env.reset(0L, null).info().keySet(), "reset info");
      float[] zero = new float[env.actionSpace().shape()[0]];
      assertEquals(t.stepInfo(), env.step(zero).info().keySet(), "step info");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void observationLayout(V5 t) {
    try (Env<double[], float[]> env = make(t, Map.of())) {
      MujocoEnv mj = raw(env);
      assertArrayEquals(new int[] {t.obsSize()}, env.observationSpace().shape());
      double[] obs = env.reset(2L, null).observation().clone();
      assertEquals(t.obsSize(), obs.length);
      double[] want = t.layout().apply(mj.qpos(), mj.qvel());
      double[] got = Arrays.copyOf(obs, want.length);
      if (mj instanceof AntEnv) {
        // Ant's reset observation shows the raw, unnormalised quaternion (obs[1..4]), as MuJoCo's
        // qpos does before the first step (the joint-space engine's qpos too).
        double norm =
            Math.sqrt(got[1] * got[1] + got[2] * got[2] + got[3] * got[3] + got[4] * got[4]);
        assertTrue(Math.abs(norm - 1) > 1e-6, "the reset quaternion is not renormalised");
      }
      assertArrayEquals(want, got, 1e-12, "reset");
      Step<double[]> s = env.step(new float[env.actionSpace().shape()[0]]);
      want = t.layout().apply(mj.qpos(), mj.qvel());
      assertArrayEquals(want, Arrays.copyOf(s.observation(), want.length), 1e-12, "step");
      if (t.excluded() == 0) {
        return;
      }
      // With the positions kept, they come first and the rest is the default observation.
      try (Env<double[], float[]> full =
          make(t, Map.of("exclude_current_positions_from_observation", false))) {
        int n = t.obsSize() + t.excluded();
        assertArrayEquals(new int[] {n}, full.observationSpace().shape());
        double[] fullObs = full.reset(2L, null).observation();
        assertEquals(n, fullObs.length);
        assertArrayEquals(
            Arrays.copyOf(raw(full).qpos(), t.excluded()),
            Arrays.copyOf(fullObs, t.excluded()),
            "x" + (t.excluded() == 2 ? ", y" : "") + " first");
        assertArrayEquals(obs, tail(fullObs, t.excluded()), 0.0, "then the default observation");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void frameSkipSetsDtAndTheNumberOfPhysicsSteps(V5 t) {
    try (Env<double[], float[]> one = make(t, Map.of("frame_skip", 1));
        Env<double[], float[]> two = make(t, Map.of("frame_skip", 2));
        Env<double[], float[]> byDefault = make(t, Map.of())) {
      assertClose(t.timestep() * t.frameSkip(), raw(byDefault).dt(), "default dt");
      assertClose(t.timestep(), raw(one).dt(), "dt with frame_skip=1");
      assertClose(2 * t.timestep(), raw(two).dt(), "dt with frame_skip=2");
      // One step of 2 physics steps lands where two steps of 1 do (zero action).
      float[] zero = new float[one.actionSpace().shape()[0]];
      one.reset(5L, null);
      one.step(zero);
      one.step(zero);
      two.reset(5L, null);
      two.step(zero);
      assertArrayEquals(raw(one).qpos(), raw(two).qpos(), 1e-9, "qpos");
      assertArrayEquals(raw(one).qvel(), raw(two).qvel(), 1e-9, "qvel");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void resetNoiseStaysWithinItsScale(V5 t) {
    try (Env<double[], float[]> env = make(t, Map.of())) {
      MujocoEnv mj = raw(env);
      for (long seed = 0; seed < 3; seed++) {
        env.reset(seed, null);
        double[] q = mj.qpos();
        double[] v = mj.qvel();
        switch (t.id()) {
          case "Reacher-v5" -> {
            // Arm U(±0.1), target U(±0.2)² inside the 0.2 circle, arm rates U(±0.005).
            assertWithin(q, 0, 2, new double[4], 0.1, "arm angles");
            assertTrue(Math.hypot(q[2], q[3]) < 0.2, "target " + q[2] + ", " + q[3]);
            assertWithin(v, 0, 2, new double[4], 0.005, "arm rates");
            assertEquals(0, v[2]);
            assertEquals(0, v[3]);
          }
          case "Pusher-v5" -> {
            // Arm at 0; object offsets y in [-0.3, 0], x in [-0.2, 0.2], > 0.17 from the goal.
            assertArrayEquals(new double[7], Arrays.copyOf(q, 7), 0.0, "arm angles");
            assertTrue(
                q[7] >= -0.3 && q[7] <= 0 && Math.abs(q[8]) <= 0.2, "object " + q[7] + ", " + q[8]);
            assertTrue(Math.hypot(q[7], q[8]) > 0.17);
            assertEquals(0, q[9]);
            assertEquals(0, q[10]);
            assertWithin(v, 0, 7, new double[11], 0.005, "arm rates");
            assertArrayEquals(new double[4], tail(v, 7), 0.0, "object and goal at rest");
          }
          case "Ant-v5" -> {
            // The quaternion (3..6) keeps the noise, off unit length, as MuJoCo's qpos.
            assertWithin(q, 0, q.length, t.initQpos(), t.noiseScale(), "qpos");
            double norm = Math.sqrt(q[3] * q[3] + q[4] * q[4] + q[5] * q[5] + q[6] * q[6]);
            assertTrue(Math.abs(norm - 1) > 1e-6, "the quaternion is not renormalised");
            assertWithin(v, 0, v.length, new double[v.length], 5 * t.noiseScale(), "qvel");
          }
          default -> {
            assertWithin(q, 0, q.length, t.initQpos(), t.noiseScale(), "qpos");
            // Normal qvel noise has no bound: 5 sigma.
            assertWithin(
                v,
                0,
                v.length,
                new double[v.length],
                (t.qvelNormal() ? 5 : 1) * t.noiseScale(),
                "qvel");
          }
        }
      }
    }
  }

  private static void assertWithin(
      double[] got, int from, int to, double[] center, double bound, String what) {
    for (int i = from; i < to; i++) {
      assertTrue(
          Math.abs(got[i] - center[i]) <= bound,
          what + "[" + i + "] = " + got[i] + " not within " + center[i] + " ± " + bound);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void zeroResetNoiseResetsToTheInitialStateExactly(V5 t) {
    if (!t.noiseKwarg()) {
      return;
    }
    try (Env<double[], float[]> env = make(t, Map.of("reset_noise_scale", 0.0))) {
      MujocoEnv mj = raw(env);
      Reset<double[]> r = env.reset(9L, null);
      // qpos is read back from body poses: HalfCheetah's root x comes back as -5.6e-17, not 0.
      assertArrayEquals(t.initQpos(), mj.qpos(), 1e-12, "qpos");
      double[] zeroQvel = new double[mj.qvel().length];
      assertArrayEquals(zeroQvel, mj.qvel(), 0.0, "qvel");
      // The rest of the observation (Ant's contact wrenches, IDP's constraint force) is 0 too.
      double[] want = Arrays.copyOf(t.layout().apply(t.initQpos(), zeroQvel), t.obsSize());
      assertArrayEquals(want, r.observation(), 0.0, "observation");
    }
  }

  /** Puts the unwrapped env in {@code (qpos, qvel)} and takes one zero-action step. */
  static Step<double[]> stepFrom(Env<double[], float[]> env, double[] qpos, double[] qvel) {
    env.reset(0L, null);
    raw(env).setState(qpos, qvel);
    return env.step(new float[env.actionSpace().shape()[0]]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tasks")
  void episodeEnd(V5 t) {
    double[] q = t.initQpos().clone();
    switch (t.id()) {
      case "Hopper-v5" -> q[2] = 0.5; // pitch outside (-0.2, 0.2)
      case "Walker2d-v5" -> q[1] = 2.5; // height outside (0.8, 2.0)
      case "Ant-v5" -> q[2] = 1.5; // height outside [0.2, 1.0]
      case "InvertedPendulum-v5" -> q[1] = 0.5; // |angle| > 0.2
      case "InvertedDoublePendulum-v5" -> q[1] = Math.PI / 2; // tip below 1 m
      case "HalfCheetah-v5" -> q[2] = Math.PI; // on its back: still no end
      default -> q[q.length > 4 ? 0 : 1] = 1.0; // any pose: no end
    }
    boolean ends =
        t.id().startsWith("Hopper")
            || t.id().startsWith("Walker")
            || t.id().startsWith("Ant")
            || t.id().startsWith("Inverted");
    try (Env<double[], float[]> env = make(t, Map.of())) {
      double[] rest = new double[raw(env).qvel().length];
      Step<double[]> healthy = stepFrom(env, t.initQpos(), rest);
      assertFalse(healthy.terminated(), "from the initial state");
      Step<double[]> s = stepFrom(env, q, rest);
      assertEquals(ends, s.terminated(), "terminated from " + Arrays.toString(q));
      assertFalse(s.truncated());
      if (ends) {
        assertEquals(0.0, info(s.info(), "reward_survive"), "no survive reward when unhealthy");
        double sum = t.rewardTerms().stream().mapToDouble(key -> info(s.info(), key)).sum();
        assertClose(s.reward(), sum, "reward");
      }
    }
    if (!t.id().startsWith("Inverted") && ends) {
      // terminate_when_unhealthy=false: the episode goes on, still without the survive reward.
      try (Env<double[], float[]> env = make(t, Map.of("terminate_when_unhealthy", false))) {
        Step<double[]> s = stepFrom(env, q, new double[raw(env).qvel().length]);
        assertFalse(s.terminated(), "terminate_when_unhealthy=false");
        assertEquals(0.0, info(s.info(), "reward_survive"));
      }
    }
  }
}
