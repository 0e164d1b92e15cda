package dev.jymnasium.robots.mujoco;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.NumericInfo;
import dev.jymnasium.env.registry.Gym;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sums of squares and the control cost equal NumPy 2's and Gymnasium's bit for bit. Reference
 * values: NumPy 2.4.6 {@code np.sum(np.square(x))} of {@code x[i] = (i * 37 % 101) / 7} as float64
 * and as float32 (a sequential sum differs from both from 8 entries on); Gymnasium 1.3.0 with
 * MuJoCo 3.14.0, {@code info["reward_ctrl"]} after {@code reset(seed=5)} and one step.
 */
class NumpySumsTest {
  @ParameterizedTest
  @CsvSource({
    "3, 139.69387755102042, 139.69387817382812",
    "8, 405.2857142857143, 405.28570556640625",
    "9, 585.6122448979592, 585.6122436523438",
    "84, 5648.367346938776, 5648.3671875",
    "300, 20447.836734693876, 20447.8359375"
  })
  void sumsOfSquaresAsNumpy(int n, double float64Sum, double float32Sum) {
    double[] d = new double[n];
    float[] f = new float[n];
    for (int i = 0; i < n; i++) {
      d[i] = (i * 37 % 101) / 7.0;
      f[i] = (float) d[i];
    }
    assertEquals(float64Sum, NumpySums.sumOfSquares(d), 0.0);
    assertEquals(float32Sum, NumpySums.sumOfSquares(f), 0.0);
  }

  @ParameterizedTest
  @CsvSource({
    "Ant-v5, '0.9,-0.7,0.35,0.55,-0.95,0.15,0.3,-0.45', -1.4712499380111694",
    "Pusher-v5, '1.9,-0.7,0.35,1.55,-1.95,0.15,0.3', -1.0540000200271606"
  })
  void rewardCtrlIsGymnasiumsFloat32(String id, String action, double rewardCtrl) {
    String[] parts = action.split(",");
    float[] a = new float[parts.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = Float.parseFloat(parts[i]);
    }
    @SuppressWarnings("unchecked")
    Env<double[], float[]> env = (Env<double[], float[]>) (Env<?, ?>) Gym.make(id);
    env.reset(5L, null);
    NumericInfo info = (NumericInfo) env.step(a).info();
    assertEquals(rewardCtrl, info.getDouble("reward_ctrl"), 0.0);
  }
}
