package dev.jymnasium.baselines.suite.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.core.HazelcastInstance;
import dev.jymnasium.baselines.TestEnvs;
import dev.jymnasium.baselines.suite.EvalProtocol;
import dev.jymnasium.baselines.suite.ReferenceScores;
import dev.jymnasium.baselines.suite.Suite;
import dev.jymnasium.baselines.suite.SuiteEnv;
import dev.jymnasium.baselines.suite.SuiteException;
import dev.jymnasium.baselines.suite.SuiteRunOptions;
import dev.jymnasium.baselines.suite.SuiteRunSummary;
import dev.jymnasium.baselines.suite.SuiteRunner;
import dev.jymnasium.baselines.suite.SuiteTask;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coordinator and two workers in this JVM on loopback (TCP-IP join, no multicast) run a tiny
 * tabular suite: the results equal a local run's, and a worker killed mid-suite loses no task.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClusterSuiteTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @BeforeAll
  static void registerEnvs() {
    TestEnvs.register();
  }

  /** Q-learning and SARSA on the 5-state chain, {@code seeds} seeds, 3 evaluation episodes. */
  private static Suite tiny(long budget, int seeds) {
    List<Long> s = new ArrayList<>();
    for (long i = 0; i < seeds; i++) {
      s.add(i);
    }
    Map<String, Long> budgets = new LinkedHashMap<>();
    budgets.put("qlearning", budget);
    budgets.put("sarsa", budget);
    SuiteEnv chain =
        new SuiteEnv(
            TestEnvs.CHAIN,
            Map.of(),
            budgets,
            Map.of(),
            new ReferenceScores(0.5, "test", List.of()));
    Map<String, Map<String, Object>> algos = new LinkedHashMap<>();
    algos.put("qlearning", Map.of());
    algos.put("sarsa", Map.of());
    return new Suite("tiny", "test", s, new EvalProtocol(3, true, 100), algos, List.of(chain));
  }

  /**
   * The waits below only guard against a hang: they are generous, for a loaded build machine (two
   * busy cores); missing, duplicated or different results fail the test whatever the timing.
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void clusterResultsEqualLocalResultsThoughAWorkerIsKilled() throws Exception {
    Suite suite = tiny(100_000, 3);
    Path local = tmp.resolve("local");
    SuiteRunSummary l =
        SuiteRunner.run(suite, new SuiteRunOptions(local, null, null, null, 1.0, 2), null);
    assertEquals(6, l.done());

    Path cluster = tmp.resolve("cluster");
    int[] ports = freePorts(3); // the coordinator's and the two workers'
    ClusterSettings s = new ClusterSettings("127.0.0.1", ports[0], "test secret");
    StringWriter log = new StringWriter();
    ClusterCoordinator coordinator = coordinator(suite, cluster, s, log);
    SuiteRunSummary[] summary = new SuiteRunSummary[1];
    Thread c =
        thread(
            () -> {
              summary[0] = coordinator.run();
            });
    c.start();
    // the first worker alone, so that it surely takes a task; killed (its member terminated, as
    // by kill -9) while it holds one; then a second worker finishes the suite
    HazelcastInstance killed;
    try (Workers first = new Workers("first", s, ports[1])) {
      ClusterWorker victim = first.workers.get(0);
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (!holdsATask(victim)) {
        assertTrue(System.nanoTime() < deadline, "the first worker took no task:\n" + report(log));
        Thread.sleep(2);
      }
      killed = victim.member();
      victim.stop();
    }
    // a member left running would keep its claim, and its task, for ever
    assertFalse(killed.getLifecycleService().isRunning(), "the stopped worker's member still runs");
    try (Workers second = new Workers("second", s, ports[2])) {
      c.join(TimeUnit.MINUTES.toMillis(8));
    }
    assertFalse(c.isAlive(), "the coordinator did not finish:\n" + report(log));
    String text = report(log);
    assertNotNull(summary[0], text);
    assertEquals(6, summary[0].done(), text);
    assertTrue(summary[0].failed().isEmpty(), text);
    assertTrue(text.contains("to run on the cluster"), text);
    assertTrue(text.contains("offered again (its worker left)"), text);
    assertTrue(text.contains("cluster overhead per task"), text);
    assertTrue(text.contains("its parts, median ms: claim"), text);
    for (SuiteTask t : suite.tasks()) {
      // each task written exactly once, with the local run's results
      assertEquals(1, text.lines().filter(x -> x.contains("ok     " + t.id() + " ")).count(), text);
      JsonNode a = result(local, t.id());
      JsonNode b = result(cluster, t.id());
      assertEquals(a.get("eval").get("returns"), b.get("eval").get("returns"), t.id());
      assertEquals(a.get("eval").get("lengths"), b.get("eval").get("lengths"), t.id());
      assertEquals(a.get("config"), b.get("config"), t.id());
      assertEquals(a.get("train").get("steps"), b.get("train").get("steps"), t.id());
    }

    // a restarted coordinator finds everything done and needs no worker
    SuiteRunSummary again = coordinator(suite, cluster, s, null).run();
    assertEquals(6, again.skipped());
    assertEquals(0, again.done());
  }

  @Test
  void settingsRefuseAnOpenBindWithoutSecretAndForeignSignatures() throws Exception {
    SuiteException open =
        assertThrows(SuiteException.class, () -> new ClusterSettings("0.0.0.0", 5701, ""));
    assertTrue(open.getMessage().contains("--secret"), open.getMessage());
    ClusterSettings a = new ClusterSettings("127.0.0.1", 5701, "alpha");
    ClusterSettings b = new ClusterSettings("127.0.0.1", 5701, "beta");
    assertTrue(!a.clusterName().equals(b.clusterName()));
    String task = Wire.encodeTask(a, tiny(10, 1).tasks().get(0));
    assertEquals(tiny(10, 1).tasks().get(0), Wire.decodeTask(a, task));
    SuiteException forged = assertThrows(SuiteException.class, () -> Wire.decodeTask(b, task));
    assertTrue(forged.getMessage().contains("bad signature"), forged.getMessage());
    assertThrows(SuiteException.class, () -> new ClusterWorker(a, "no-port", 1, tmp, false, null));
  }

  @Test
  void taskDirectoriesTravelWholeAndSigned() throws Exception {
    ClusterSettings a = new ClusterSettings("127.0.0.1", 5701, "alpha");
    Path from = tmp.resolve("from");
    Files.createDirectories(from.resolve("sub"));
    Files.writeString(from.resolve(SuiteRunner.RESULT), "{\"task_id\":\"x\"}");
    Files.write(from.resolve("sub/policy.bin"), new byte[] {1, 2, 3});
    byte[] packed = Wire.packResult(a, from, null);

    Path to = tmp.resolve("to");
    Files.createDirectories(to);
    Files.writeString(to.resolve("stale.txt"), "left by an interrupted attempt");
    assertNotNull(Wire.unpack(a, packed, to).result());
    assertEquals("{\"task_id\":\"x\"}", Files.readString(to.resolve(SuiteRunner.RESULT)));
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(to.resolve("sub/policy.bin")));
    assertFalse(Files.exists(to.resolve("stale.txt")));

    // the worker's timing travels beside the files, never as one of them
    TaskTiming timing = new TaskTiming(1.5, 0.5, 0.25, 2, 1234567);
    Path to2 = tmp.resolve("to2");
    Wire.Unpacked u = Wire.unpack(a, Wire.packResult(a, from, nanos -> timing), to2);
    assertEquals(timing, u.timing());
    assertEquals("{\"task_id\":\"x\"}", new String(u.result(), StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.list(to2)) {
      assertEquals(
          List.of("result.json", "sub"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }

    // a directory that could not be packed travels as its error: a failed task, not a lost one
    Path to3 = tmp.resolve("to3");
    assertNull(Wire.unpack(a, Wire.packError(a, new IOException("disk full")), to3).result());
    assertTrue(
        Files.readString(to3.resolve(SuiteRunner.ERROR))
            .startsWith("java.io.IOException: disk full"));
    assertFalse(Files.exists(to3.resolve(SuiteRunner.RESULT)));

    ClusterSettings b = new ClusterSettings("127.0.0.1", 5701, "beta");
    SuiteException forged =
        assertThrows(SuiteException.class, () -> Wire.unpack(b, packed, tmp.resolve("t2")));
    assertTrue(forged.getMessage().contains("bad signature"), forged.getMessage());
    packed[packed.length - 1] ^= 1;
    assertThrows(SuiteException.class, () -> Wire.unpack(a, packed, tmp.resolve("t3")));
  }

  /** What a thread of this test threw, reported with the coordinator's log. */
  private final List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());

  /** Work that may throw, for {@link #thread}. */
  private interface Body {
    void run() throws Exception;
  }

  /** A daemon thread whose failure is kept for the report. */
  private Thread thread(Body body) {
    Thread t =
        new Thread(
            () -> {
              try {
                body.run();
              } catch (Exception | Error e) {
                errors.add(e);
              }
            });
    t.setDaemon(true);
    return t;
  }

  private String report(StringWriter log) {
    StringBuilder b = new StringBuilder(log.toString());
    synchronized (errors) {
      for (Throwable e : errors) {
        b.append("thrown by a test thread: ").append(e).append('\n');
      }
    }
    return b.toString();
  }

  private static boolean holdsATask(ClusterWorker w) {
    HazelcastInstance hz = w.member();
    if (hz == null) {
      return false;
    }
    String me = hz.getCluster().getLocalMember().getUuid().toString();
    return hz.<String, String>getMap(Members.CLAIMS).containsValue(me);
  }

  private static ClusterCoordinator coordinator(
      Suite suite, Path out, ClusterSettings s, StringWriter log) {
    return new ClusterCoordinator(
        suite,
        new SuiteRunOptions(out, null, null, null, 1.0, 1),
        s,
        log == null ? null : new PrintWriter(log, true));
  }

  private static JsonNode result(Path out, String id) throws IOException {
    return JSON.readTree(SuiteRunner.taskDir(out, id).resolve(SuiteRunner.RESULT).toFile());
  }

  /**
   * Distinct free ports, all held open at once while chosen (so that no two are the same and the
   * workers' start cannot take the coordinator's before it binds it).
   */
  private static int[] freePorts(int n) throws IOException {
    ServerSocket[] held = new ServerSocket[n];
    int[] ports = new int[n];
    try {
      for (int i = 0; i < n; i++) {
        held[i] = new ServerSocket(0);
        ports[i] = held[i].getLocalPort();
      }
    } finally {
      for (ServerSocket s : held) {
        if (s != null) {
          s.close();
        }
      }
    }
    return ports;
  }

  /** Worker members on threads of this JVM, each with one slot, stopped on close. */
  private final class Workers implements AutoCloseable {
    final List<ClusterWorker> workers = new ArrayList<>();
    final List<Thread> threads = new ArrayList<>();

    /**
     * @param name prefix of the scratch directories: a killed worker's task may still run in its
     *     own directory when the task is run again elsewhere
     */
    Workers(String name, ClusterSettings coordinator, int... ports) {
      for (int i = 0; i < ports.length; i++) {
        ClusterSettings mine = new ClusterSettings("127.0.0.1", ports[i], coordinator.secret());
        ClusterWorker w =
            new ClusterWorker(
                mine,
                coordinator.bind() + ":" + coordinator.port(),
                1,
                tmp.resolve(name + "-work" + i),
                false,
                null);
        Thread t = thread(w::run);
        t.start();
        workers.add(w);
        threads.add(t);
      }
    }

    @Override
    public void close() throws InterruptedException {
      workers.forEach(ClusterWorker::stop);
      for (Thread t : threads) {
        t.join(TimeUnit.MINUTES.toMillis(1));
      }
    }
  }
}
