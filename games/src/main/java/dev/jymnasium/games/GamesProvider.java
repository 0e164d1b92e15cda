package dev.jymnasium.games;

import dev.jymnasium.env.registry.EnvProvider;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Kwargs;
import dev.jymnasium.env.registry.Registry;
import dev.jymnasium.games.toytext.BlackjackEnv;
import dev.jymnasium.games.toytext.CliffWalkingEnv;
import dev.jymnasium.games.toytext.FrozenLakeEnv;
import dev.jymnasium.games.toytext.TaxiEnv;
import java.util.List;

/** Registers Gymnasium's toy-text envs with their ids, limits, thresholds and default kwargs. */
public final class GamesProvider implements EnvProvider {
  @Override
  public void register(Registry registry) {
    registry.register(EnvSpec.builder("FrozenLake-v1").entryPoint(GamesProvider::frozenLake)
        .maxEpisodeSteps(100).rewardThreshold(0.70).kwarg("map_name", "4x4").build());
    registry.register(EnvSpec.builder("FrozenLake8x8-v1").entryPoint(GamesProvider::frozenLake)
        .maxEpisodeSteps(200).rewardThreshold(0.85).kwarg("map_name", "8x8").build());
    registry.register(EnvSpec.builder("Taxi-v4").entryPoint(GamesProvider::taxi)
        .maxEpisodeSteps(200).rewardThreshold(8.0).build());
    registry.register(EnvSpec.builder("CliffWalking-v1").entryPoint(GamesProvider::cliffWalking)
        .build());
    registry.register(EnvSpec.builder("CliffWalkingSlippery-v1")
        .entryPoint(GamesProvider::cliffWalking).kwarg("is_slippery", true).build());
    registry.register(EnvSpec.builder("Blackjack-v1").entryPoint(GamesProvider::blackjack)
        .kwarg("sab", true).kwarg("natural", false).build());
  }

  private static FrozenLakeEnv frozenLake(Kwargs kw) {
    String renderMode = kw.getString("render_mode", null);
    List<String> desc = kw.getStringList("desc", null);
    String mapName = kw.getString("map_name", "4x4");
    boolean slippery = kw.getBoolean("is_slippery", true);
    double successRate = kw.getDouble("success_rate", 1.0 / 3.0);
    double[] rewardSchedule = kw.getDoubleArray("reward_schedule", new double[] {1, 0, 0});
    return new FrozenLakeEnv(renderMode, desc, mapName, slippery, successRate, rewardSchedule);
  }

  private static TaxiEnv taxi(Kwargs kw) {
    return new TaxiEnv(kw.getString("render_mode", null), kw.getBoolean("is_rainy", false),
        kw.getDouble("rainy_probability", 0.8), kw.getBoolean("fickle_passenger", false),
        kw.getDouble("fickle_probability", 0.3));
  }

  private static CliffWalkingEnv cliffWalking(Kwargs kw) {
    return new CliffWalkingEnv(kw.getString("render_mode", null), kw.getBoolean("is_slippery", false));
  }

  private static BlackjackEnv blackjack(Kwargs kw) {
    return new BlackjackEnv(kw.getString("render_mode", null), kw.getBoolean("natural", false),
        kw.getBoolean("sab", false));
  }
}
