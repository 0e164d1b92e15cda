package dev.jymnasium.robots.manipulators;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Step;
import dev.jymnasium.env.goal.GoalEnv;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.physics.Body;
import java.util.Map;
import org.joml.Vector3d;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Physical sanity of the arm with objects on both engines: a held cube does not slip, a pushed cube
 * stops, Slide's puck glides, and no object sinks through the table.
 */
class PandaPhysicsTest {
  /**
   * Random steps per engine in {@link #noObjectPassesThroughTheTable}: short in CI; the full check
   * is {@code mvn -pl robots test -Dtest=PandaPhysicsTest -Dpanda.tableSteps=10000}.
   */
  private static final int TABLE_STEPS = Integer.getInteger("panda.tableSteps", 100);

  private static final double CUBE_REST_Z = PandaTask.CUBE_M / 2;

  private final Vector3d ee = new Vector3d();
  private final Vector3d cube = new Vector3d();

  /**
   * Steps an ee-controlled env towards {@code (x, y, z)} with the gripper action {@code grip} for
   * {@code steps} steps.
   */
  private void moveTo(PandaEnv env, double x, double y, double z, float grip, int steps) {
    moveTo(env, x, y, z, grip, steps, 1);
  }

  /** {@link #moveTo} with the displacement actions bounded by {@code limit} (≤ 1). */
  private void moveTo(
      PandaEnv env, double x, double y, double z, float grip, int steps, double limit) {
    int size = env.actionSpace().shape()[0];
    float[] action = new float[size];
    for (int t = 0; t < steps; t++) {
      env.arm().eePosition(ee);
      action[0] = clip((x - ee.x) / PandaEnv.EE_STEP_M, limit);
      action[1] = clip((y - ee.y) / PandaEnv.EE_STEP_M, limit);
      action[2] = clip((z - ee.z) / PandaEnv.EE_STEP_M, limit);
      if (size == 4) {
        action[3] = grip;
      }
      Step<Map<String, Object>> step = env.step(action);
      assertFalse(step.truncated(), "no physics blow-up");
    }
  }

  private static float clip(double v, double limit) {
    return (float) Math.max(-limit, Math.min(limit, v));
  }

  private static Body object(PandaEnv env) {
    return ((PushTask) env.task()).object().body();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void graspedCubeLiftedTenCentimetresSlipsLessThanFiveMillimetresInTwoSeconds(String engine) {
    try (PandaEnv env =
        PandaEnvTest.make(new PushTask(PushTask.Variant.PICK_AND_PLACE), engine, "ee", "sparse")) {
      env.reset(0L, null);
      ((PushTask) env.task()).object().place(0, 0, 0.02, 0, 0, 0, 1);
      moveTo(env, 0, 0, 0.1, 1, 15);
      moveTo(env, 0, 0, 0.02, 1, 15);
      moveTo(env, 0, 0, 0.02, -1, 10);
      moveTo(env, 0, 0, 0.12, -1, 15);
      Vector3d before = offset(env);
      // 2 s = 50 steps of 0.04 s.
      moveTo(env, 0, 0, 0.12, -1, 50);
      Vector3d after = offset(env);
      object(env).position(cube);
      assertTrue(cube.z > 0.1, engine + ": cube lifted to z " + cube.z);
      double slip = after.distance(before);
      // Both finger servos squeeze at full force, so only the centring coupling keeps the cube from
      // drifting sideways with the fingers (ODE4J: 0.03 mm, JBullet: 3.9 mm).
      assertTrue(slip < 0.005, engine + ": slipped " + slip + " m");
    }
  }

  /** The cube's position relative to the grasp target. */
  private Vector3d offset(PandaEnv env) {
    env.arm().eePosition(ee);
    return object(env).position(new Vector3d()).sub(ee);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void pushedCubeComesToRest(String engine) {
    try (PandaEnv env =
        PandaEnvTest.make(new PushTask(PushTask.Variant.PUSH), engine, "ee", "dense")) {
      env.reset(0L, null);
      ((PushTask) env.task()).object().place(-0.1, 0, 0.02, 0, 0, 0, 1);
      moveTo(env, -0.2, 0, 0.1, 0, 10);
      moveTo(env, -0.2, 0, 0.03, 0, 10);
      // At 0.375 m/s: a cube hit at the full 1.25 m/s slides ~0.3 m on friction 0.25.
      moveTo(env, 0, 0, 0.03, 0, 25, 0.3);
      moveTo(env, 0, 0, 0.2, 0, 10);
      moveTo(env, 0, 0, 0.2, 0, 50);
      Body body = object(env);
      double speed = body.linearVelocity(new Vector3d()).length();
      double spin = body.angularVelocity(new Vector3d()).length();
      body.position(cube);
      assertTrue(cube.x > -0.07, engine + ": cube pushed to x " + cube.x);
      assertTrue(Math.abs(cube.z - 0.02) < 0.002, engine + ": cube on the table, z " + cube.z);
      assertTrue(speed < 1e-3 && spin < 1e-2, engine + ": at rest, " + speed + " m/s " + spin);
    }
  }

  /**
   * At 0.5 m/s, the puck (friction 0.04 × the table's 0.5) decelerates at 0.2 m/s² and glides about
   * 0.4 m in 1 s; a cube (0.5 × 0.5) stops within 0.05 m.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void slidePuckGlidesWhereACubeStops(String engine) {
    double puck = glide(new PushTask(PushTask.Variant.SLIDE), 0.015, engine);
    double block = glide(new PushTask(PushTask.Variant.PUSH), 0.02, engine);
    // Both engines: 0.40 m.
    assertTrue(puck > 0.35 && puck < 0.45, engine + ": puck glided " + puck + " m");
    assertTrue(block < 0.08, engine + ": cube slid " + block + " m");
  }

  /** Distance (m) the task's object travels in 1 s from 0.5 m/s along x, the arm held still. */
  private double glide(PandaTask task, double restZ, String engine) {
    try (PandaEnv env = PandaEnvTest.make(task, engine, "ee", "sparse")) {
      env.reset(0L, null);
      ((PushTask) env.task()).object().place(-0.25, 0.2, restZ, 0, 0, 0, 1);
      Body body = object(env);
      body.setLinearVelocity(new Vector3d(0.5, 0, 0));
      float[] hold = new float[env.actionSpace().shape()[0]];
      for (int t = 0; t < 25; t++) {
        env.step(hold);
      }
      return body.position(new Vector3d()).x + 0.25;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ode4j", "jbullet"})
  void noObjectPassesThroughTheTable(String engine) {
    for (PandaTask task :
        new PandaTask[] {
          new PushTask(PushTask.Variant.PUSH),
          new PushTask(PushTask.Variant.SLIDE),
          new PushTask(PushTask.Variant.PICK_AND_PLACE),
          new StackTask()
        }) {
      try (PandaEnv env = PandaEnvTest.make(task, engine, "ee", "sparse")) {
        NpRandom rng = NpRandom.of(11);
        env.reset(11L, null);
        float[] action = new float[env.actionSpace().shape()[0]];
        int objects = env.goalDim() / 3;
        // At most 1 cm into the table: below the centre's rest height less 1 cm.
        double lowest = (task instanceof PushTask push ? push.restZ() : CUBE_REST_Z) - 0.01;
        String name = task.getClass().getSimpleName() + " " + engine;
        // Over this task's table only: an object pushed past its edge falls to the floor.
        Table table = task.table();
        double xMin = table.xOffsetM() - table.lengthM() / 2;
        double xMax = table.xOffsetM() + table.lengthM() / 2;
        for (int t = 0, episodeStep = 0; t < TABLE_STEPS; t++, episodeStep++) {
          for (int k = 0; k < action.length; k++) {
            action[k] = (float) rng.uniform(-1, 1);
          }
          Step<Map<String, Object>> step = env.step(action);
          assertFalse(step.truncated(), name + ": no blow-up at step " + t);
          float[] positions = (float[]) step.observation().get(GoalEnv.ACHIEVED_GOAL);
          for (int o = 0; o < objects; o++) {
            float x = positions[3 * o];
            float y = positions[3 * o + 1];
            float z = positions[3 * o + 2];
            boolean overTable = x > xMin && x < xMax && Math.abs(y) < Table.WIDTH_M / 2;
            assertTrue(
                !overTable || z > lowest, name + ": object " + o + " at z " + z + ", step " + t);
          }
          if (step.terminated() || episodeStep == 49) {
            env.reset();
            episodeStep = -1;
          }
        }
      }
    }
  }
}
