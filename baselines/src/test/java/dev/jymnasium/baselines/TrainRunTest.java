package dev.jymnasium.baselines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jymnasium.baselines.policy.Policy;
import dev.jymnasium.baselines.policy.TensorFile;
import dev.jymnasium.baselines.run.EvalOptions;
import dev.jymnasium.baselines.run.EvalResult;
import dev.jymnasium.baselines.run.EvalRun;
import dev.jymnasium.baselines.run.TrainOptions;
import dev.jymnasium.baselines.run.TrainResult;
import dev.jymnasium.baselines.run.TrainRun;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run directory has every artefact; eval reads it; resume continues; seeds reproduce. */
class TrainRunTest {
  @TempDir Path dir;

  private TrainOptions options(Path out, long steps) {
    return new TrainOptions(
        "CartPole-v1",
        "ppo",
        steps,
        5,
        2,
        DeviceChoice.CPU,
        "{\"n_steps\": 64, \"batch_size\": 64, \"n_epochs\": 2}",
        Map.of(),
        out,
        256L,
        false);
  }

  @Test
  void writesRunDirectoryAndEvaluates() throws Exception {
    Path out = dir.resolve("run");
    TrainResult r = TrainRun.run(options(out, 1024));
    assertEquals(1024, r.steps());
    for (String f :
        new String[] {
          TrainRun.RUN_JSON,
          TrainRun.METRICS,
          TrainRun.POLICY_FILE,
          TrainRun.CHECKPOINT,
          TrainRun.CURVE
        }) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    Map<?, ?> run =
        new ObjectMapper().readValue(out.resolve(TrainRun.RUN_JSON).toFile(), Map.class);
    assertEquals("ppo", run.get("algorithm"));
    assertEquals(2, ((Map<?, ?>) run.get("hyperparams")).get("n_envs"));
    assertTrue(((Map<?, ?>) run.get("versions")).containsKey("djl"));
    String metrics = Files.readString(out.resolve(TrainRun.METRICS));
    for (String tag :
        new String[] {
          "charts/episodic_return", "charts/episodic_length", "charts/SPS", "losses/value_loss"
        }) {
      assertTrue(metrics.contains("\"" + tag + "\""), tag);
    }
    Path events;
    try (Stream<Path> s = Files.list(out)) {
      events =
          s.filter(p -> p.getFileName().toString().startsWith("events.out.tfevents."))
              .findFirst()
              .orElseThrow();
    }
    checkTfRecords(Files.readAllBytes(events));
    byte[] png = Files.readAllBytes(out.resolve(TrainRun.CURVE));
    assertEquals((byte) 0x89, png[0]);
    assertEquals('P', png[1]);

    EvalResult e = EvalRun.run(new EvalOptions("CartPole-v1", out, 3, 0, Map.of()));
    assertEquals(3, e.episodes());
    Map<?, ?> json = new ObjectMapper().readValue(e.toJson(), Map.class);
    assertEquals(
        java.util.Set.of("env", "episodes", "mean_return", "std_return", "mean_length"),
        json.keySet());
    assertThrows(IllegalArgumentException.class, () -> TrainRun.run(options(out, 1024)));
  }

  @Test
  void resumeContinuesFromTheCheckpoint() throws Exception {
    Path out = dir.resolve("resume");
    TrainRun.run(options(out, 512));
    // Pretend the run was cut off: raise its budget, then resume.
    ObjectMapper json = new ObjectMapper();
    @SuppressWarnings("unchecked")
    Map<String, Object> run = json.readValue(out.resolve(TrainRun.RUN_JSON).toFile(), Map.class);
    run.put("total_steps", 1024);
    json.writeValue(out.resolve(TrainRun.RUN_JSON).toFile(), run);
    TrainResult r = TrainRun.resume(out, false);
    assertEquals(1024, r.steps());
    TensorFile checkpoint = TensorFile.read(out.resolve(TrainRun.CHECKPOINT), "checkpoint");
    assertEquals(1024, ((Number) checkpoint.meta().get("num_timesteps")).longValue());
    Map<?, ?> done =
        (Map<?, ?>)
            json.readValue(out.resolve(TrainRun.RUN_JSON).toFile(), Map.class).get("result");
    assertEquals(1024, ((Number) done.get("steps")).longValue());
    // One PPO update per 2 x 64 steps logs charts/SPS: the first run's four and the resumed
    // run's four, none repeated, so the resumed run started at the checkpoint's 512 steps.
    List<Long> updates = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve(TrainRun.METRICS))) {
      Map<?, ?> m = json.readValue(line, Map.class);
      if ("charts/SPS".equals(m.get("tag"))) {
        updates.add(((Number) m.get("step")).longValue());
      }
    }
    assertEquals(List.of(128L, 256L, 384L, 512L, 640L, 768L, 896L, 1024L), updates);
    Policy p = Policy.load(out.resolve(TrainRun.POLICY_FILE));
    var env = dev.jymnasium.env.registry.Gym.make("CartPole-v1");
    assertTrue(env.actionSpace().contains(p.act(env.reset(5L).observation())));
  }

  @Test
  void sameSeedSameTraining() throws Exception {
    float[] a = trainAndProbe(dir.resolve("a"));
    float[] b = trainAndProbe(dir.resolve("b"));
    assertArrayEquals(a, b);
  }

  private float[] trainAndProbe(Path out) throws Exception {
    TrainRun.run(options(out, 512));
    Policy p = Policy.load(out.resolve(TrainRun.POLICY_FILE));
    float[] probe = new float[16];
    var env = dev.jymnasium.env.registry.Gym.make("CartPole-v1");
    Object obs = env.reset(11L).observation();
    for (int i = 0; i < probe.length; i++) {
      Object act = p.act(obs);
      probe[i] = (Integer) act;
      var s = env.step(act);
      obs = s.done() ? env.reset().observation() : s.observation();
    }
    // Also compare the checkpoint bytes: weights must match exactly.
    return concat(probe, Files.readAllBytes(out.resolve(TrainRun.POLICY_FILE)));
  }

  private static float[] concat(float[] a, byte[] bytes) {
    float[] out = java.util.Arrays.copyOf(a, a.length + bytes.length);
    for (int i = 0; i < bytes.length; i++) {
      out[a.length + i] = bytes[i];
    }
    return out;
  }

  /** Walks the TFRecord framing and checks both masked CRC32Cs of every record. */
  private static void checkTfRecords(byte[] file) {
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    int records = 0;
    while (b.remaining() > 0) {
      byte[] len = new byte[8];
      b.get(len);
      assertEquals(masked(len), b.getInt());
      long n = ByteBuffer.wrap(len).order(ByteOrder.LITTLE_ENDIAN).getLong();
      byte[] data = new byte[(int) n];
      b.get(data);
      assertEquals(masked(data), b.getInt());
      records++;
    }
    assertTrue(records > 2, "records " + records);
  }

  private static int masked(byte[] data) {
    java.util.zip.CRC32C c = new java.util.zip.CRC32C();
    c.update(data);
    int crc = (int) c.getValue();
    return ((crc >>> 15) | (crc << 17)) + 0xa282ead8;
  }
}
