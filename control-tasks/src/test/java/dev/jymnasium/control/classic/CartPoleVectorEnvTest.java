package dev.jymnasium.control.classic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.registry.VectorizeMode;
import dev.jymnasium.env.vector.VectorEnv;
import dev.jymnasium.env.vector.VectorStep;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The native CartPole vector env against the single env and numbers recorded by running Gymnasium
 * 1.x: {@code gymnasium.make_vec("CartPole-v1", 2, vectorization_mode=...).reset(seed=42)} with
 * {@code "vector_entry_point"} and {@code "sync"}.
 */
class CartPoleVectorEnvTest {
  @Test
  void vectorEntryPointDrawsTheStateRowMajor() {
    try (VectorEnv<float[], int[]> v = Gym.makeVec("CartPole-v1", 2)) {
      assertTrue(v instanceof CartPoleVectorEnv);
      float[] obs = v.reset(42).observations();
      assertArrayEquals(
          new float[] {
            0.0273956f,
            0.03585979f,
            -0.04058227f,
            0.02611397f,
            -0.00611216f,
            0.0197368f,
            0.04756223f,
            0.02860643f
          },
          obs,
          1e-8f);
    }
  }

  @Test
  void syncVectorEnvSeedsSubEnvsWithSeedPlusIndex() {
    try (VectorEnv<float[], int[]> v =
        Gym.makeVec("CartPole-v1", 2, VectorizeMode.SYNC, Map.of())) {
      float[] obs = v.reset(42).observations();
      assertArrayEquals(
          new float[] {
            0.02739560417830944f,
            -0.006112155970185995f,
            0.03585979342460632f,
            0.019736802205443382f,
            0.01522993f,
            -0.04562247f,
            -0.04799704f,
            0.03392126f
          },
          obs,
          1e-8f);
    }
  }

  @Test
  void stepsLikeTheSingleEnvAndTruncatesAtTheLimit() {
    CartPoleVectorEnv v = new CartPoleVectorEnv(1, 3, new CartPoleEnv.Config(null, false));
    CartPoleEnv single = new CartPoleEnv();
    float[] obs = v.reset(5L, null).observations();
    single.reset(5);
    single.setState(new double[] {obs[0], obs[1], obs[2], obs[3]});
    v.reset(5L, null);
    for (int t = 1; t <= 3; t++) {
      VectorStep<float[]> s = v.step(new int[] {t % 2});
      assertArrayEquals(single.step(t % 2).observation(), s.observations(), 1e-6f);
      assertEquals(t == 3, s.truncations()[0]);
    }
    VectorStep<float[]> s = v.step(new int[] {1});
    assertEquals(0.0, s.rewards()[0], "the autoreset step has reward 0");
    assertFalse(s.truncations()[0]);
  }
}
