package dev.jymnasium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** list, info, check, bench, demo and the global options, run in-process. */
class CommandsTest {
  static final ObjectMapper M = new ObjectMapper();
  static final String BROKEN_ID = "clitest/OutOfSpace-v0";

  /** Observations outside its own observation space. */
  static final class OutOfSpaceEnv extends Env<float[], Integer> {
    private final Box<float[]> obsSpace = Box.float32(-1, 1, 2);
    private final Discrete actSpace = new Discrete(2);
    private final float[] obs = {3f, 3f};
    private final Step<float[]> step = new Step<>();

    @Override
    public Space<float[]> observationSpace() {
      return obsSpace;
    }

    @Override
    public Space<Integer> actionSpace() {
      return actSpace;
    }

    @Override
    protected Reset<float[]> doReset(Long seed, Map<String, Object> options) {
      return new Reset<>(obs, Map.of());
    }

    @Override
    protected Step<float[]> doStep(Integer action) {
      return step.set(obs, 1.0, false, false, Map.of());
    }
  }

  @BeforeAll
  static void registerBrokenEnv() {
    synchronized (CommandsTest.class) {
      if (Gym.registry().all().stream().noneMatch(s -> s.id().equals(BROKEN_ID))) {
        Gym.registry()
            .register(
                EnvSpec.builder(BROKEN_ID)
                    .entryPoint(kw -> new OutOfSpaceEnv())
                    .maxEpisodeSteps(10)
                    .build());
      }
    }
  }

  @Test
  void listAsJsonHasEveryRegisteredIdWithItsFacts() throws Exception {
    Cli.Result r = Cli.run("list", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode rows = M.readTree(r.out());
    assertTrue(rows.isArray());
    assertEquals(Gym.registry().all().size(), rows.size());
    JsonNode cartPole = null;
    for (JsonNode row : rows) {
      if (row.get("id").asText().equals("CartPole-v1")) {
        cartPole = row;
      }
    }
    assertTrue(cartPole != null, r.out());
    assertEquals("Discrete(2)", cartPole.get("action_space").asText());
    assertTrue(cartPole.get("observation_space").asText().startsWith("Box("));
    assertTrue(cartPole.get("observation_space").asText().endsWith("(4,), float32)"));
    assertEquals(500, cartPole.get("max_episode_steps").asInt());
    assertEquals(475.0, cartPole.get("reward_threshold").asDouble());
  }

  @Test
  void listAsTableAndMarkdown() {
    Cli.Result table = Cli.run("list");
    assertEquals(0, table.exitCode(), table.err());
    assertTrue(table.out().startsWith("ID "), table.out());
    assertTrue(
        table
            .out()
            .lines()
            .anyMatch(
                l ->
                    l.startsWith("CartPole-v1 ")
                        && l.contains("Discrete(2)")
                        && l.contains("500")
                        && l.contains("475.0")),
        table.out());
    Cli.Result md = Cli.run("list", "--format", "markdown");
    assertEquals(0, md.exitCode(), md.err());
    assertTrue(md.out().startsWith("| id | observation space |"), md.out());
    assertTrue(md.out().contains("| CartPole-v1 |"), md.out());
    assertEquals(2, Cli.run("list", "--format", "xml").exitCode());
  }

  @Test
  void infoAndListReadParallelOnlySpecs() throws Exception {
    JsonNode json =
        M.readTree(Cli.run("info", "MultiHoverAviaryParallel-v0", "--format", "json").out());
    assertTrue(json.get("parallel_entry_point").asBoolean(), json.toString());
    assertEquals("2 agents: Box(-1.0, 1.0, (4,), float32)", json.get("action_space").asText());
    assertTrue(
        json.get("observation_space").asText().startsWith("2 agents: Box("), json.toString());
    assertTrue(json.get("accepted_kwargs").size() > 0, json.toString());
    Cli.Result list = Cli.run("list");
    assertEquals(0, list.exitCode(), list.err());
    assertTrue(
        list.out().lines().anyMatch(l -> l.startsWith("MultiHoverAviaryParallel-v0 ")), list.out());
    assertTrue(!list.err().contains("MultiHoverAviaryParallel"), list.err());
  }

  @Test
  void infoShowsSpecSpacesAndRenderModes() throws Exception {
    Cli.Result text = Cli.run("info", "CartPole-v1");
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().contains("max_episode_steps:"), text.out());
    assertTrue(text.out().contains("human, rgb_array"), text.out());
    JsonNode json = M.readTree(Cli.run("info", "CartPole-v1", "--format", "json").out());
    assertEquals("CartPole-v1", json.get("id").asText());
    assertEquals(1, json.get("version").asInt());
    assertEquals("Discrete(2)", json.get("action_space").asText());
    assertEquals(50.0, json.get("render_fps").asDouble());
    assertEquals(2, json.get("render_modes").size());
    assertEquals(500, json.get("max_episode_steps").asInt());
    Cli.Result unknown = Cli.run("info", "CartPoles-v1");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("Did you mean"), unknown.err());
  }

  @Test
  void checkPassesForCartPole() {
    Cli.Result r = Cli.run("check", "CartPole-v1");
    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("env checker passed: CartPole-v1"), r.out());
    assertFalse(r.out().contains("FAIL"), r.out());
    // CartPole's observation space is unbounded in two coordinates.
    assertTrue(r.err().contains("maximum value is infinity"), r.err());
    Cli.Result kw = Cli.run("check", "CartPole-v1", "--kwargs", "{\"sutton_barto_reward\": true}");
    assertEquals(0, kw.exitCode(), kw.out() + kw.err());
  }

  @Test
  void checkFailsWithExitOneAndListsTheFailures() {
    Cli.Result r = Cli.run("check", BROKEN_ID);
    assertEquals(1, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("FAIL: "), r.out());
    assertTrue(r.out().contains("not within the observation space"), r.out());
    assertTrue(r.out().contains("env checker failed"), r.out());
  }

  @Test
  void checkOfAnUnknownIdExitsTwo() {
    Cli.Result r = Cli.run("check", "Cartpole-v1");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("CartPole-v1"), r.err());
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  @Test
  void benchJsonHasOneLinePerMode() throws Exception {
    Cli.Result r =
        Cli.run(
            "bench",
            "CartPole-v1",
            "--steps",
            "20000",
            "--num-envs",
            "2",
            "--threads",
            "1",
            "--json");
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.lines();
    assertEquals(5, lines.length, r.out());
    String[] modes = {"unwrapped", "make", "vector-sync", "vector-threaded", "vector-native"};
    for (int i = 0; i < 5; i++) {
      JsonNode n = M.readTree(lines[i]);
      assertEquals(
          List.of("env", "mode", "num_envs", "steps", "seconds", "steps_per_second"),
          fieldNames(n));
      assertEquals("CartPole-v1", n.get("env").asText());
      assertEquals(modes[i], n.get("mode").asText());
      assertEquals(i < 2 ? 1 : 2, n.get("num_envs").asInt());
      assertEquals(20000, n.get("steps").asLong());
      assertTrue(n.get("seconds").asDouble() > 0);
      assertTrue(n.get("steps_per_second").asDouble() > 0);
    }
  }

  @Test
  void benchTableAndModeSelection() {
    Cli.Result r = Cli.run("bench", "CartPole-v1", "--steps", "5000", "--modes", "unwrapped,make");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("ENV "), r.out());
    assertEquals(3, r.lines().length, r.out());
    assertEquals(2, Cli.run("bench", "CartPole-v1", "--modes", "fast").exitCode());
    assertEquals(
        2, Cli.run("bench", "CartPole-v1", "--num-envs", "2", "--threads", "3").exitCode());
    assertEquals(2, Cli.run("bench", "CartPole-v1", "--steps", "0").exitCode());
  }

  @Test
  void demoToursTheRegisteredEnvsLearnsAndDraws(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    Cli.Result r =
        Cli.run(
            "demo",
            "--episodes",
            "2",
            "--bench-seconds",
            "0.05",
            "--learn-steps",
            "20000",
            "--pictures",
            dir.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("CartPole-v1: observations"), r.out());
    assertTrue(r.out().contains("episode 2: return"), r.out());
    assertTrue(r.out().contains("steps/s"), r.out());
    assertTrue(r.out().contains("success rate of the greedy policy"), r.out());
    assertTrue(java.nio.file.Files.isRegularFile(dir.resolve("CartPole-v1.gif")), r.out());
    assertTrue(java.nio.file.Files.isRegularFile(dir.resolve("Hopper-v5.png")), r.out());
  }

  @Test
  void demoIsDeterministicApartFromTheSpeed() {
    String[] args = {
      "demo",
      "--envs",
      "CartPole-v1",
      "--bench-seconds",
      "0",
      "--learn-steps",
      "0",
      "--pictures",
      "none"
    };
    Cli.Result a = Cli.run(args);
    Cli.Result b = Cli.run(args);
    assertEquals(0, a.exitCode(), a.err());
    assertEquals(a.out(), b.out());
  }

  @Test
  void versionHelpAndUsageErrors() {
    Cli.Result v = Cli.run("--version");
    assertEquals(0, v.exitCode());
    assertTrue(v.out().startsWith("jym "), v.out());
    Cli.Result h = Cli.run("--help");
    assertEquals(0, h.exitCode());
    for (String cmd : new String[] {"list", "info", "check", "rollout", "demo", "bench"}) {
      assertTrue(h.out().contains("  " + cmd + " "), h.out());
      assertEquals(0, Cli.run(cmd, "--help").exitCode(), cmd);
    }
    Cli.Result none = Cli.run();
    assertEquals(2, none.exitCode());
    Cli.Result typo = Cli.run("lst");
    assertEquals(2, typo.exitCode());
    assertTrue(typo.err().contains("list"), typo.err());
  }
}
