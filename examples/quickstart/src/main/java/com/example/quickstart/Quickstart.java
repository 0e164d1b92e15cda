package com.example.quickstart;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.registry.VectorizeMode;
import dev.jymnasium.env.vector.VectorEnv;
import dev.jymnasium.env.vector.VectorStep;
import java.util.Map;

public class Quickstart {
  public static void main(String[] args) {
    Env<float[], Integer> env = Gym.make("CartPole-v1");
    float[] obs = env.reset(42).observation();        // reset(seed) re-seeds, reset() continues
    double episodeReturn = 0;
    while (true) {
      Integer action = env.actionSpace().sample();
      Step<float[]> step = env.step(action);            // reused object: read it or copy it
      episodeReturn += step.reward();
      if (step.terminated() || step.truncated()) {
        break;
      }
    }
    env.close();
    System.out.println("random CartPole-v1 episode: return " + episodeReturn);

    // 8 copies stepped on parallel threads; observations in one flat float[8 * 4]
    try (VectorEnv<float[], int[]> vec =
        Gym.makeVec("CartPole-v1", 8, VectorizeMode.THREADED, Map.of())) {
      float[] batch = vec.reset(0).observations();
      VectorStep<float[]> s = vec.step(new int[] {0, 1, 0, 1, 0, 1, 0, 1});
      double[] rewards = s.rewards();                   // sub-envs that end are reset on the next step
      System.out.println("vector step: " + rewards.length + " rewards");
    }
  }
}
