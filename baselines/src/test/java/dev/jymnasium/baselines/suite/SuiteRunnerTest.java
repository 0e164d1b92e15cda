package dev.jymnasium.baselines.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny suite run: CartPole-v1 with PPO, one seed, about 1.5k steps. */
class SuiteRunnerTest {
  @TempDir Path tmp;

  @Test
  void tinyRunWritesResultsAndARerunSkipsThem() throws Exception {
    Suite cc = Suites.load("classic-control");
    SuiteRunOptions o =
        new SuiteRunOptions(tmp, 1, List.of("ppo"), List.of("CartPole-v1"), 0.015, 2);
    StringWriter log = new StringWriter();
    SuiteRunSummary s = SuiteRunner.run(cc, o, new PrintWriter(log, true));
    assertEquals(1, s.total());
    assertEquals(1, s.done(), log.toString());
    assertTrue(s.failed().isEmpty(), log.toString());
    assertTrue(log.toString().contains("[1/1] ok     CartPole-v1__ppo__seed0"), log.toString());
    assertTrue(log.toString().contains("ETA"), log.toString());

    Path dir = SuiteRunner.taskDir(tmp, "CartPole-v1__ppo__seed0");
    Path result = dir.resolve(SuiteRunner.RESULT);
    JsonNode r = new ObjectMapper().readTree(result.toFile());
    assertEquals("CartPole-v1__ppo__seed0", r.get("task_id").asText());
    assertEquals("CartPole-v1", r.get("env_id").asText());
    assertEquals("ppo", r.get("algo").asText());
    assertEquals(0, r.get("seed").asLong());
    assertEquals(10, r.get("eval").get("returns").size());
    assertTrue(r.get("eval").get("mean_return").asDouble() >= 1);
    assertTrue(r.get("wall_seconds").asDouble() > 0);
    assertFalse(r.get("versions").get("java").asText().isEmpty());
    assertFalse(r.get("versions").get("jymnasium").asText().isEmpty());
    assertTrue(r.get("hardware").get("cores").asInt() >= 1);
    assertFalse(r.get("hardware").get("os").asText().isEmpty());
    assertEquals(1500, r.get("config").get("total_steps").asLong());
    assertTrue(r.get("config").get("hyperparams").has("n_steps"));
    assertTrue(Files.exists(dir.resolve("metrics.jsonl")));
    assertTrue(Files.exists(tmp.resolve("suite.json")));

    // a rerun skips the finished task: result.json is left as it was
    FileTime before = FileTime.fromMillis(1_000_000_000L);
    Files.setLastModifiedTime(result, before);
    // an interrupted task (a directory without result.json) is redone from scratch
    Path seed1 = SuiteRunner.taskDir(tmp, "CartPole-v1__ppo__seed1");
    Files.createDirectories(seed1);
    Files.writeString(seed1.resolve("metrics.jsonl"), "{\"step\": 99999, cut off");
    SuiteRunOptions two =
        new SuiteRunOptions(tmp, 2, List.of("ppo"), List.of("CartPole-v1"), 0.015, 1);
    StringWriter log2 = new StringWriter();
    SuiteRunSummary s2 = SuiteRunner.run(cc, two, new PrintWriter(log2, true));
    assertEquals(2, s2.total());
    assertEquals(1, s2.skipped());
    assertEquals(1, s2.done(), log2.toString());
    assertEquals(before, Files.getLastModifiedTime(result));
    assertTrue(Files.exists(seed1.resolve(SuiteRunner.RESULT)));
    assertFalse(Files.readString(seed1.resolve("metrics.jsonl")).contains("cut off"));
    assertTrue(log2.toString().contains("1 already finished"), log2.toString());
  }
}
