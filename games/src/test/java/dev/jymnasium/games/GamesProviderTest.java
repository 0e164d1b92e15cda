package dev.jymnasium.games;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.checker.CheckReport;
import dev.jymnasium.env.checker.EnvChecker;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Space;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The registered toy-text ids: specs, the env checker, determinism and render modes. */
class GamesProviderTest {
  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "FrozenLake-v1, 100, 0.70, {map_name=4x4}",
        "FrozenLake8x8-v1, 200, 0.85, {map_name=8x8}",
        "Taxi-v4, 200, 8.0, {}",
        "CliffWalking-v1, -, -, {}",
        "CliffWalkingSlippery-v1, -, -, {is_slippery=true}",
        "Blackjack-v1, -, -, '{sab=true, natural=false}'",
      })
  void specsMatchGymnasium(String id, Integer maxSteps, Double threshold, String kwargs) {
    EnvSpec spec = Gym.spec(id);
    assertEquals(maxSteps, spec.maxEpisodeSteps());
    assertEquals(threshold, spec.rewardThreshold());
    assertEquals(kwargs, spec.kwargs().toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FrozenLake-v1",
        "FrozenLake8x8-v1",
        "Taxi-v4",
        "CliffWalking-v1",
        "CliffWalkingSlippery-v1",
        "Blackjack-v1"
      })
  void envCheckerPasses(String id) {
    try (Env<Object, Object> env = Gym.make(id)) {
      CheckReport report = EnvChecker.check(env);
      assertTrue(report.failures().isEmpty(), id + ": " + report.failures());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FrozenLake-v1",
        "FrozenLake8x8-v1",
        "Taxi-v4",
        "CliffWalking-v1",
        "CliffWalkingSlippery-v1",
        "Blackjack-v1"
      })
  void sameSeedSameTrajectory(String id) {
    assertEquals(trajectory(id), trajectory(id));
  }

  private static List<String> trajectory(String id) {
    List<String> out = new ArrayList<>();
    try (Env<Object, Object> env = Gym.make(id)) {
      env.actionSpace().seed(7);
      out.add(Space.format(env.reset(7).observation()));
      for (int t = 0; t < 300; t++) {
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
                + s.info());
        if (s.done()) {
          out.add(Space.format(env.reset().observation()));
        }
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"FrozenLake-v1", "Taxi-v4", "CliffWalking-v1"})
  void ansiRendersText(String id) {
    try (Env<Object, Object> env = Gym.make(id, Map.of("render_mode", "ansi"))) {
      env.reset(0);
      assertInstanceOf(String.class, env.render());
      assertEquals(List.of("human", "rgb_array", "ansi"), env.metadata().renderModes());
      assertEquals(4.0, env.metadata().renderFps());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"FrozenLake-v1", "Taxi-v4", "CliffWalking-v1", "Blackjack-v1"})
  void noRenderModeRendersNothing(String id) {
    try (Env<Object, Object> env = Gym.make(id)) {
      env.reset(0);
      assertNull(env.render());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FrozenLake-v1",
        "FrozenLake8x8-v1",
        "Taxi-v4",
        "CliffWalking-v1",
        "CliffWalkingSlippery-v1",
        "Blackjack-v1"
      })
  void unknownKwargsAreRejected(String id) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Gym.make(id, Map.of("no_such_option", 1)));
    assertTrue(e.getMessage().contains("no_such_option"), e.getMessage());
    assertTrue(e.getMessage().contains("render_mode"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Blackjack-v1"})
  void blackjackHasNoAnsiMode(String id) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Gym.make(id, Map.of("render_mode", "ansi")));
    assertTrue(e.getMessage().contains("ansi"), e.getMessage());
  }
}
