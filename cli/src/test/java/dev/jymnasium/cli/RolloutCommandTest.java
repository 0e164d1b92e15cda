package dev.jymnasium.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jymnasium.env.spaces.Discrete;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rollout JSON-lines contract, checked against the CartPole-v1 reference values. */
class RolloutCommandTest {
  static final ObjectMapper M = new ObjectMapper();

  /**
   * CartPole-v1, seed 42, recorded by running Gymnasium 1.x: {@code
   * gymnasium.make("CartPole-v1").reset(seed=42)}, then actions 1, 1, 0.
   */
  static final double[][] SEED42 = {
    {0.02739560417830944, -0.006112155970185995, 0.03585979342460632, 0.019736802205443382},
    {0.02727336250245571, 0.18847766518592834, 0.036254528909921646, -0.26141977310180664},
    {0.0310429148375988, 0.3830638527870178, 0.03102613240480423, -0.5424507260322571},
    {0.03870419040322304, 0.1875198930501938, 0.020177118480205536, -0.24015574157238007},
  };

  static final int[] ACTIONS = {1, 1, 0};

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static void assertSeed42Rollout(Cli.Result r) throws Exception {
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.lines();
    assertEquals(4, lines.length, r.out());
    assertTrue(r.out().endsWith("\n"));
    for (int k = 0; k < lines.length; k++) {
      JsonNode n = M.readTree(lines[k]);
      assertEquals(
          List.of("step", "action", "obs", "reward", "terminated", "truncated", "info"),
          fieldNames(n),
          lines[k]);
      assertEquals(k, n.get("step").asInt());
      if (k == 0) {
        assertTrue(n.get("action").isNull());
        assertTrue(n.get("reward").isNull());
      } else {
        assertTrue(n.get("action").isInt());
        assertEquals(ACTIONS[k - 1], n.get("action").asInt());
        assertTrue(n.get("reward").isDouble(), lines[k]);
        assertEquals(1.0, n.get("reward").asDouble());
      }
      assertFalse(n.get("terminated").asBoolean());
      assertFalse(n.get("truncated").asBoolean());
      assertTrue(n.get("info").isObject());
      assertEquals(0, n.get("info").size());
      JsonNode obs = n.get("obs");
      assertEquals(4, obs.size());
      double[] got = new double[4];
      float[] gotF = new float[4];
      float[] wantF = new float[4];
      for (int i = 0; i < 4; i++) {
        got[i] = obs.get(i).asDouble();
        gotF[i] = Float.parseFloat(obs.get(i).asText());
        wantF[i] = (float) SEED42[k][i];
      }
      // float32 values: exact as float32, and exact as the float64 of the float32 too.
      assertArrayEquals(wantF, gotF, "line " + k);
      assertArrayEquals(SEED42[k], got, 0.0, "line " + k);
    }
  }

  @Test
  void cartPoleSeed42FromAFileMatchesTheReference(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("actions.txt");
    Files.writeString(file, "1\n1\n0\n", StandardCharsets.UTF_8);
    assertSeed42Rollout(
        Cli.run(
            "rollout",
            "CartPole-v1",
            "--seed",
            "42",
            "--actions",
            file.toString(),
            "--format",
            "jsonl"));
  }

  @Test
  void actionsFromStdinWithBlankLinesAndWhitespace() throws Exception {
    Cli.Result r =
        Cli.runWithStdin(
            "\n1\n  1  \n\n0\n\n", "rollout", "CartPole-v1", "--seed", "42", "--actions", "-");
    assertSeed42Rollout(r);
    assertEquals("", r.err());
  }

  @Test
  void firstLineIsExactlyTheResetLine() {
    Cli.Result r = Cli.runWithStdin("", "rollout", "CartPole-v1", "--seed", "42", "--actions", "-");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        "{\"step\":0,\"action\":null,\"obs\":[0.02739560417830944,-0.006112155970185995,"
            + "0.03585979342460632,0.019736802205443382],\"reward\":null,\"terminated\":false,"
            + "\"truncated\":false,\"info\":{}}\n",
        r.out());
  }

  @Test
  void sampledActionsComeFromTheActionSpaceSeededWithTheSeed() throws Exception {
    Cli.Result r = Cli.run("rollout", "CartPole-v1", "--seed", "7", "--steps", "5");
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.lines();
    assertEquals(6, lines.length);
    Discrete space = new Discrete(2);
    space.seed(7);
    for (int k = 1; k < lines.length; k++) {
      assertEquals((int) space.sample(), M.readTree(lines[k]).get("action").asInt());
    }
    // Same seed, same episode; and the same actions given explicitly give the same lines.
    assertEquals(r.out(), Cli.run("rollout", "CartPole-v1", "--seed", "7", "--steps", "5").out());
    StringBuilder actions = new StringBuilder();
    for (int k = 1; k < lines.length; k++) {
      actions.append(M.readTree(lines[k]).get("action").asInt()).append('\n');
    }
    assertEquals(
        r.out(),
        Cli.runWithStdin(
                actions.toString(), "rollout", "CartPole-v1", "--seed", "7", "--actions", "-")
            .out());
  }

  @Test
  void stopsAtTheFirstTerminatedOrTruncatedStep() throws Exception {
    Cli.Result r = Cli.run("rollout", "CartPole-v1", "--seed", "0", "--steps", "1000");
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.lines();
    assertTrue(lines.length < 1001 && lines.length > 1);
    for (int k = 0; k < lines.length; k++) {
      JsonNode n = M.readTree(lines[k]);
      boolean done = n.get("terminated").asBoolean() || n.get("truncated").asBoolean();
      assertEquals(k == lines.length - 1, done, lines[k]);
    }
  }

  @Test
  void truncationByTheTimeLimitEndsTheRollout() throws Exception {
    StringBuilder alternating = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      alternating.append(i % 2).append('\n');
    }
    Cli.Result r =
        Cli.runWithStdin(
            alternating.toString(),
            "rollout",
            "CartPole-v1",
            "--seed",
            "1",
            "--actions",
            "-",
            "--kwargs",
            "{\"max_episode_steps\": 5}");
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.lines();
    assertEquals(6, lines.length);
    assertTrue(M.readTree(lines[5]).get("truncated").asBoolean());
  }

  @Test
  void kwargsReachTheEnv() throws Exception {
    Cli.Result r =
        Cli.runWithStdin(
            "1\n",
            "rollout",
            "CartPole-v1",
            "--seed",
            "42",
            "--actions",
            "-",
            "--kwargs",
            "{\"sutton_barto_reward\": true}");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(0.0, M.readTree(r.lines()[1]).get("reward").asDouble());
  }

  @Test
  void badActionInAFileExitsTwoBeforeAnyOutput(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("actions.txt");
    Files.writeString(file, "1\n\n2\n0\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("rollout", "CartPole-v1", "--seed", "42", "--actions", file.toString());
    assertEquals(2, r.exitCode());
    assertEquals("", r.out());
    assertTrue(r.err().contains("line 3 of " + file), r.err());
    assertTrue(r.err().contains(": 2 "), r.err());
    assertTrue(r.err().contains("Discrete(2)"), r.err());
  }

  @Test
  void badActionOnStdinExitsTwoNamingLineValueAndSpaceAfterTheStepsBeforeIt() throws Exception {
    Cli.Result r =
        Cli.runWithStdin("1\n\n2\n0\n", "rollout", "CartPole-v1", "--seed", "42", "--actions", "-");
    assertEquals(2, r.exitCode());
    // Stdin is read step by step: the reset and the step of line 1 were already written.
    String[] lines = r.lines();
    assertEquals(2, lines.length, r.out());
    assertEquals(1, M.readTree(lines[1]).get("step").asInt());
    assertTrue(r.err().contains("line 3 of stdin"), r.err());
    assertTrue(r.err().contains(": 2 "), r.err());
    assertTrue(r.err().contains("Discrete(2)"), r.err());
  }

  @Test
  void nonIntegerAndNonJsonActionsExitTwo() {
    for (String bad : new String[] {"1.5", "0.0", "[1]", "\"1\"", "abc", "1 2", "99999999999"}) {
      Cli.Result r =
          Cli.runWithStdin(bad + "\n", "rollout", "CartPole-v1", "--seed", "42", "--actions", "-");
      assertEquals(2, r.exitCode(), bad + ": " + r.err());
      assertTrue(r.err().contains("line 1"), r.err());
      assertTrue(r.err().contains("Discrete(2)"), r.err());
      assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }
  }

  @Test
  void missingActionsFileExitsTwo() {
    Cli.Result r =
        Cli.run("rollout", "CartPole-v1", "--seed", "1", "--actions", "/nonexistent/a.txt");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("not found"), r.err());
  }

  @Test
  void actionsAndStepsAreExclusiveAndOneIsRequired() {
    assertEquals(2, Cli.run("rollout", "CartPole-v1", "--seed", "1").exitCode());
    assertEquals(
        2,
        Cli.run("rollout", "CartPole-v1", "--seed", "1", "--steps", "2", "--actions", "-")
            .exitCode());
    assertEquals(2, Cli.run("rollout", "CartPole-v1", "--steps", "2").exitCode());
  }

  @Test
  void unknownIdExitsTwoWithASuggestion() {
    Cli.Result r = Cli.run("rollout", "CartPol-v1", "--seed", "1", "--steps", "2");
    assertEquals(2, r.exitCode());
    assertEquals("", r.out());
    assertTrue(r.err().contains("CartPol-v1"), r.err());
    assertTrue(r.err().contains("Did you mean"), r.err());
    assertTrue(r.err().contains("CartPole-v1"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void badKwargsExitTwo() {
    Cli.Result notJson =
        Cli.run(
            "rollout",
            "CartPole-v1",
            "--seed",
            "1",
            "--steps",
            "2",
            "--kwargs",
            "{sutton_barto_reward: true");
    assertEquals(2, notJson.exitCode());
    assertTrue(notJson.err().contains("--kwargs is not valid JSON"), notJson.err());
    Cli.Result notObject =
        Cli.run("rollout", "CartPole-v1", "--seed", "1", "--steps", "2", "--kwargs", "[1]");
    assertEquals(2, notObject.exitCode());
    assertTrue(notObject.err().contains("must be a JSON object"), notObject.err());
    Cli.Result unknownKey =
        Cli.run(
            "rollout",
            "CartPole-v1",
            "--seed",
            "1",
            "--steps",
            "2",
            "--kwargs",
            "{\"gravity\": 3}");
    assertEquals(2, unknownKey.exitCode());
    assertTrue(unknownKey.err().contains("gravity"), unknownKey.err());
  }
}
