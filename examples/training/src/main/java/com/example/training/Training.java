package com.example.training;

import dev.jymnasium.baselines.Agent;
import dev.jymnasium.baselines.Agents;
import dev.jymnasium.baselines.DeviceChoice;
import dev.jymnasium.baselines.TrainingListener;
import dev.jymnasium.baselines.policy.Policy;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.nio.file.Path;
import java.util.Map;

public class Training {
  public static void main(String[] args) throws Exception {
    long steps = args.length > 0 ? Long.parseLong(args[0]) : 100_000;   // environment steps
    Policy policy;
    try (Agent agent =
        Agents.create("ppo", "CartPole-v1", Map.of(), Map.of(), 0L, DeviceChoice.CPU)) {
      agent.learn(steps, TrainingListener.NONE);
      policy = agent.policy();                        // plain Java: act(obs), save(path), Policy.load(path)
    }
    policy.save(Path.of("policy.bin"));

    try (Env<float[], Integer> env = Gym.make("CartPole-v1")) {
      float[] obs = env.reset(0).observation();
      double episodeReturn = 0;
      while (true) {
        Step<float[]> step = env.step((Integer) policy.act(obs));
        episodeReturn += step.reward();
        if (step.terminated() || step.truncated()) {
          break;
        }
        obs = step.observation();
      }
      System.out.println("PPO on CartPole-v1 after " + steps + " steps: return " + episodeReturn);
    }
  }
}
