package dev.jymnasium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jym train} and {@code jym eval} on tiny budgets, run in-process. */
class TrainEvalCommandTest {
  static final ObjectMapper M = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void qlearningOnFrozenLakeTrainsAndEvaluates() throws Exception {
    Path dir = tmp.resolve("fl");
    Cli.Result train =
        Cli.run(
            "train",
            "FrozenLake-v1",
            "--algo",
            "qlearning",
            "--total-steps",
            "2000",
            "--seed",
            "0",
            "--out",
            dir.toString());
    assertEquals(0, train.exitCode(), train.err());
    assertTrue(
        train.out().startsWith("trained qlearning on FrozenLake-v1: 2000 steps"), train.out());
    assertTrue(train.err().contains("steps"), "progress on stderr: " + train.err());
    assertRunDirectory(dir);
    JsonNode eval = evalJson("FrozenLake-v1", dir, "5");
    assertEquals(5, eval.get("episodes").asInt());
    double mean = eval.get("mean_return").asDouble();
    assertTrue(mean >= 0 && mean <= 1, "FrozenLake returns are 0 or 1: " + mean);
  }

  @Test
  void ppoOnCartPoleTrainsEvaluatesAndResumes() throws Exception {
    Path dir = tmp.resolve("cp");
    Cli.Result train =
        Cli.run(
            "train",
            "CartPole-v1",
            "--algo",
            "ppo",
            "--total-steps",
            "1024",
            "--seed",
            "1",
            "--num-envs",
            "4",
            "--hyperparams",
            "{\"n_epochs\": 2}",
            "--json",
            "--no-progress",
            "--out",
            dir.toString());
    assertEquals(0, train.exitCode(), train.err());
    JsonNode summary = M.readTree(train.out());
    assertEquals(1024, summary.get("steps").asLong());
    assertEquals("ppo", summary.get("algo").asText());
    assertRunDirectory(dir);
    JsonNode run = M.readTree(dir.resolve("run.json").toFile());
    assertEquals(4, run.get("hyperparams").get("n_envs").asInt());
    assertEquals(2, run.get("hyperparams").get("n_epochs").asInt());
    assertEquals(1024, run.get("result").get("steps").asLong());

    JsonNode eval = evalJson("CartPole-v1", dir, "3");
    assertTrue(eval.get("mean_length").asDouble() >= 1, eval.toString());

    // Raise the budget as if the run had been cut off, then continue it.
    ((ObjectNode) run).put("total_steps", 2048);
    M.writeValue(dir.resolve("run.json").toFile(), run);
    Cli.Result resumed = Cli.run("train", "--resume", dir.toString(), "--json", "--no-progress");
    assertEquals(0, resumed.exitCode(), resumed.err());
    assertEquals(2048, M.readTree(resumed.out()).get("steps").asLong());

    Cli.Result again = Cli.run("train", "CartPole-v1", "--algo", "ppo", "--out", dir.toString());
    assertEquals(2, again.exitCode());
    assertTrue(again.err().contains("--resume"), again.err());
  }

  @Test
  void badInputIsExitTwoWithTheProblemNamed() {
    String out = tmp.resolve("bad").toString();
    Cli.Result algo = Cli.run("train", "CartPole-v1", "--algo", "ddpg", "--out", out);
    assertEquals(2, algo.exitCode());
    assertTrue(algo.err().contains("ddpg") && algo.err().contains("ppo"), algo.err());

    Cli.Result lr =
        Cli.run(
            "train",
            "CartPole-v1",
            "--algo",
            "ppo",
            "--hyperparams",
            "{\"learning_rate\": -0.001}",
            "--out",
            out);
    assertEquals(2, lr.exitCode());
    assertTrue(lr.err().contains("learning_rate"), lr.err());

    Cli.Result key =
        Cli.run(
            "train",
            "CartPole-v1",
            "--algo",
            "dqn",
            "--hyperparams",
            "{\"learning_rat\": 0.001}",
            "--out",
            out);
    assertEquals(2, key.exitCode());
    assertTrue(key.err().contains("learning_rat"), key.err());

    Cli.Result space = Cli.run("train", "CartPole-v1", "--algo", "sac", "--out", out);
    assertEquals(2, space.exitCode());
    assertTrue(space.err().contains("Discrete"), space.err());

    Cli.Result herAlgo = Cli.run("train", "Pendulum-v1", "--algo", "ppo", "--her", "--out", out);
    assertEquals(2, herAlgo.exitCode());
    assertTrue(herAlgo.err().contains("--her works with --algo sac or td3"), herAlgo.err());
    Cli.Result herEnv = Cli.run("train", "Pendulum-v1", "--algo", "sac", "--her", "--out", out);
    assertEquals(2, herEnv.exitCode());
    assertTrue(herEnv.err().contains("GoalEnv"), herEnv.err());

    assertEquals(2, Cli.run("train", "CartPole-v1", "--algo", "ppo").exitCode());
    assertEquals(
        2,
        Cli.run("train", "CartPole-v1", "--algo", "ppo", "--device", "tpu", "--out", out)
            .exitCode());
    assertEquals(2, Cli.run("train", "NoSuchEnv-v0", "--algo", "ppo", "--out", out).exitCode());
    assertEquals(2, Cli.run("train", "--resume", out).exitCode());
    assertTrue(Files.notExists(tmp.resolve("bad").resolve("run.json")));

    Cli.Result eval = Cli.run("eval", "CartPole-v1", "--policy", out, "--json");
    assertEquals(2, eval.exitCode());
    assertTrue(eval.err().contains("--policy"), eval.err());
    assertEquals("", eval.out());
  }

  private static JsonNode evalJson(String env, Path dir, String episodes) throws Exception {
    Cli.Result r =
        Cli.run(
            "eval",
            env,
            "--policy",
            dir.toString(),
            "--episodes",
            episodes,
            "--seed",
            "0",
            "--json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(1, r.lines().length, r.out());
    JsonNode json = M.readTree(r.out());
    Set<String> keys = new TreeSet<>();
    for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      keys.add(it.next());
    }
    assertEquals(
        new TreeSet<>(Set.of("env", "episodes", "mean_return", "std_return", "mean_length")), keys);
    assertEquals(env, json.get("env").asText());
    return json;
  }

  private static void assertRunDirectory(Path dir) throws Exception {
    for (String f :
        new String[] {
          "run.json", "metrics.jsonl", "policy.bin", "checkpoint.bin", "learning_curve.png"
        }) {
      assertTrue(Files.size(dir.resolve(f)) > 0, f);
    }
    try (Stream<Path> s = Files.list(dir)) {
      assertTrue(s.anyMatch(p -> p.getFileName().toString().startsWith("events.out.tfevents.")));
    }
    assertTrue(
        Files.readString(dir.resolve("metrics.jsonl")).contains("\"charts/episodic_return\""));
  }
}
