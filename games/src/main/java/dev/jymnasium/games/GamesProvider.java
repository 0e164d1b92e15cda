package dev.jymnasium.games;

import dev.jymnasium.env.registry.EnvProvider;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Registry;
import dev.jymnasium.games.game2048.Game2048Env;
import dev.jymnasium.games.minatar.AsterixEnv;
import dev.jymnasium.games.minatar.BreakoutEnv;
import dev.jymnasium.games.minatar.FreewayEnv;
import dev.jymnasium.games.minatar.MinAtarEnv;
import dev.jymnasium.games.minatar.MinAtarVectorEnv;
import dev.jymnasium.games.minatar.SeaquestEnv;
import dev.jymnasium.games.minatar.SpaceInvadersEnv;
import dev.jymnasium.games.snake.SnakeEnv;
import dev.jymnasium.games.toytext.BlackjackEnv;
import dev.jymnasium.games.toytext.CliffWalkingEnv;
import dev.jymnasium.games.toytext.FrozenLakeEnv;
import dev.jymnasium.games.toytext.TaxiEnv;
import java.util.function.Function;

/**
 * Registers Gymnasium's toy-text envs with their ids, limits, thresholds and default kwargs, and
 * Snake, 2048 and the five MinAtar games. Minigrid registers through {@link
 * dev.jymnasium.games.minigrid.MiniGridProvider}.
 */
public final class GamesProvider implements EnvProvider {
  @Override
  public void register(Registry registry) {
    registry.register(
        EnvSpec.builder("FrozenLake-v1")
            .config(FrozenLakeEnv.Config.class, FrozenLakeEnv::new)
            .maxEpisodeSteps(100)
            .rewardThreshold(0.70)
            .kwarg("map_name", "4x4")
            .build());
    registry.register(
        EnvSpec.builder("FrozenLake8x8-v1")
            .config(FrozenLakeEnv.Config.class, FrozenLakeEnv::new)
            .maxEpisodeSteps(200)
            .rewardThreshold(0.85)
            .kwarg("map_name", "8x8")
            .build());
    registry.register(
        EnvSpec.builder("Taxi-v4")
            .config(TaxiEnv.Config.class, TaxiEnv::new)
            .maxEpisodeSteps(200)
            .rewardThreshold(8.0)
            .build());
    registry.register(
        EnvSpec.builder("CliffWalking-v1")
            .config(CliffWalkingEnv.Config.class, CliffWalkingEnv::new)
            .build());
    registry.register(
        EnvSpec.builder("CliffWalkingSlippery-v1")
            .config(CliffWalkingEnv.Config.class, CliffWalkingEnv::new)
            .kwarg("is_slippery", true)
            .build());
    registry.register(
        EnvSpec.builder("Blackjack-v1")
            .config(BlackjackEnv.Config.class, BlackjackEnv::new)
            .kwarg("sab", true)
            .kwarg("natural", false)
            .build());
    registry.register(
        EnvSpec.builder("Snake-v0")
            .config(SnakeEnv.Config.class, SnakeEnv::new)
            .maxEpisodeSteps(4000)
            .build());
    registry.register(
        EnvSpec.builder("Game2048-v0").config(Game2048Env.Config.class, Game2048Env::new).build());
    registerMinAtar(registry, "Asterix", AsterixEnv::new);
    registerMinAtar(registry, "Breakout", BreakoutEnv::new);
    registerMinAtar(registry, "Freeway", FreewayEnv::new);
    registerMinAtar(registry, "Seaquest", SeaquestEnv::new);
    registerMinAtar(registry, "SpaceInvaders", SpaceInvadersEnv::new);
  }

  /**
   * {@code MinAtar/<game>-v0} with the full action set and {@code -v1} with the minimal one; each
   * with the native vector env {@link MinAtarVectorEnv}.
   */
  private static void registerMinAtar(
      Registry registry, String game, Function<MinAtarEnv.Config, MinAtarEnv> factory) {
    for (String version : new String[] {"v0", "v1"}) {
      EnvSpec.Builder spec =
          EnvSpec.builder("MinAtar/" + game + "-" + version)
              .config(MinAtarEnv.Config.class, factory)
              .vectorConfig(
                  MinAtarEnv.Config.class,
                  (n, maxSteps, config) -> new MinAtarVectorEnv(n, maxSteps, config, factory));
      if (version.equals("v1")) {
        spec.kwarg("use_minimal_action_set", true);
      }
      registry.register(spec.build());
    }
  }
}
