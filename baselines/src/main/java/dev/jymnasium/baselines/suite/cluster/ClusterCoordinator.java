package dev.jymnasium.baselines.suite.cluster;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.collection.IQueue;
import com.hazelcast.core.HazelcastException;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import dev.jymnasium.baselines.suite.Suite;
import dev.jymnasium.baselines.suite.SuiteException;
import dev.jymnasium.baselines.suite.SuiteProgress;
import dev.jymnasium.baselines.suite.SuiteRunOptions;
import dev.jymnasium.baselines.suite.SuiteRunSummary;
import dev.jymnasium.baselines.suite.SuiteRunner;
import dev.jymnasium.baselines.suite.SuiteTask;
import dev.jymnasium.baselines.suite.report.ScoreStats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code jym suite run --cluster}: an embedded Hazelcast member that offers the unfinished tasks of
 * a suite to worker members and writes what they deliver into the results directory.
 *
 * <p>Nothing is lost or written twice: a task whose worker leaves the cluster (or that was taken
 * off the queue by a worker that died before claiming it) is offered again; only the first result
 * of a task is written, later ones are dropped. A restarted coordinator starts from the results
 * directory like a local rerun, and takes over tasks still claimed by live workers.
 */
public final class ClusterCoordinator {
  /** A task off the queue and unclaimed for this long is taken to be lost with its worker. */
  static final long LOST_AFTER_NANOS = TimeUnit.SECONDS.toNanos(10);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long SWEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
  private static final long WORKERS_LEAVE_MILLIS = 5_000;

  private final Suite suite;
  private final SuiteRunOptions options;
  private final ClusterSettings settings;
  private final PrintWriter log;

  /** When each task was claimed, for the overhead of the cluster path. */
  private final Map<String, Long> claimedAt = new ConcurrentHashMap<>();

  /** Per task: claim to written, less the task's own wall time, in seconds. */
  private final List<Double> overheads = new ArrayList<>();

  /**
   * A coordinator for the selection {@code options} of {@code suite} ({@code options.workers()} is
   * ignored: workers are separate members).
   *
   * @param log progress lines, or {@code null} for none
   */
  public ClusterCoordinator(
      Suite suite, SuiteRunOptions options, ClusterSettings settings, PrintWriter log) {
    this.suite = suite;
    this.options = options;
    this.settings = settings;
    this.log = log;
  }

  /** Runs the suite on the cluster until every selected task has a result or failed. */
  public SuiteRunSummary run() throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    List<SuiteTask> tasks = SuiteRunner.plan(suite, options);
    List<SuiteTask> todo = SuiteRunner.unfinished(options.outDir(), tasks);
    Map<String, SuiteTask> outstanding = new LinkedHashMap<>();
    todo.forEach(t -> outstanding.put(t.id(), t));
    int skipped = tasks.size() - todo.size();
    HazelcastInstance hz;
    try {
      hz = Members.start(settings, Members.COORDINATOR, null, 0);
    } catch (RuntimeException e) {
      throw new SuiteException(
          "cannot start the coordinator on " + settings.bind() + ":" + settings.port() + ": " + e);
    }
    try {
      SuiteProgress p = new SuiteProgress(log, todo.size(), skipped, 1);
      p.print(
          String.format(
              Locale.ROOT,
              "suite: coordinator on %s:%d (cluster %s); start workers with"
                  + " 'jym worker --join %s:%d' and the same secret",
              settings.bind(),
              settings.port(),
              settings.clusterName(),
              settings.bind(),
              settings.port()));
      p.start(tasks.size(), "the cluster");
      List<String> failed = coordinate(hz, outstanding, p);
      Collections.sort(failed);
      return new SuiteRunSummary(
          tasks.size(),
          skipped,
          todo.size() - failed.size(),
          failed,
          (System.nanoTime() - t0) / 1e9);
    } finally {
      // everything is on disk: leave without migrating partitions
      hz.getLifecycleService().terminate();
    }
  }

  private List<String> coordinate(
      HazelcastInstance hz, Map<String, SuiteTask> outstanding, SuiteProgress p)
      throws IOException, InterruptedException {
    IQueue<String> queue = hz.getQueue(Members.TASKS);
    IMap<String, String> claims = hz.getMap(Members.CLAIMS);
    IMap<String, byte[]> results = hz.getMap(Members.RESULTS);
    IMap<String, String> control = hz.getMap(Members.CONTROL);
    LinkedBlockingQueue<String> wake = new LinkedBlockingQueue<>();
    results.addEntryListener((EntryAddedListener<String, byte[]>) e -> wake.add(e.getKey()), false);
    results.addEntryListener(
        (EntryUpdatedListener<String, byte[]>) e -> wake.add(e.getKey()), false);
    claims.addEntryListener(
        (EntryAddedListener<String, String>)
            e -> {
              claimedAt.put(e.getKey(), System.nanoTime());
              p.started();
            },
        false);
    hz.getCluster()
        .addMembershipListener(
            new MembershipListener() {
              @Override
              public void memberAdded(MembershipEvent e) {
                p.workers(Members.slots(e.getMembers()));
                p.print("suite: worker joined: " + e.getMember().getAddress());
              }

              @Override
              public void memberRemoved(MembershipEvent e) {
                p.workers(Members.slots(e.getMembers()));
                p.print("suite: worker left: " + e.getMember().getAddress());
                wake.add("");
              }
            });
    // a restart: what the last coordinator queued is offered again below, in suite order
    queue.clear();
    control.put(Members.STATE, Members.RUNNING);
    for (String id : new HashSet<>(claims.keySet())) {
      if (!outstanding.containsKey(id) || !Members.alive(hz, claims.get(id))) {
        claims.remove(id);
      }
    }
    for (SuiteTask t : outstanding.values()) {
      if (!claims.containsKey(t.id())) {
        queue.add(Wire.encodeTask(settings, t));
      }
    }
    List<String> failed = new ArrayList<>();
    Map<String, Long> unseenSince = new HashMap<>();
    long nextSweep = System.nanoTime();
    wake.add("");
    while (!outstanding.isEmpty()) {
      // the keys announced by events; a full scan of the map only at each sweep, for safety
      Set<String> arrived = new HashSet<>();
      String first = wake.poll(SWEEP_NANOS, TimeUnit.NANOSECONDS);
      if (first != null) {
        arrived.add(first);
        wake.drainTo(arrived);
      }
      boolean sweepNow = System.nanoTime() >= nextSweep;
      try {
        if (sweepNow) {
          arrived.addAll(results.keySet());
        }
        arrived.remove("");
        for (String id : arrived) {
          collect(id, results, claims, outstanding, failed, p);
        }
        if (sweepNow) {
          sweep(hz, queue, claims, results, outstanding, unseenSince, p);
          nextSweep = System.nanoTime() + SWEEP_NANOS;
        }
      } catch (HazelcastException e) {
        // e.g. a member left during a map scan; the next sweep sees the cluster as it is now
        p.print("suite: retrying after a cluster error: " + e.getMessage());
        nextSweep = System.nanoTime();
      }
    }
    control.put(Members.STATE, Members.DONE);
    if (!overheads.isEmpty()) {
      p.print(
          String.format(
              Locale.ROOT,
              "suite: cluster overhead per task (claimed to written, less the task's own time):"
                  + " median %.0f ms, max %.0f ms over %d tasks",
              1000 * ScoreStats.median(overheads.stream().mapToDouble(d -> d).toArray()),
              1000 * overheads.stream().mapToDouble(d -> d).max().orElse(0),
              overheads.size()));
    }
    waitForWorkersToLeave(hz);
    return failed;
  }

  /** Writes the result of {@code id} unless the task was already finished. */
  private void collect(
      String id,
      IMap<String, byte[]> results,
      IMap<String, String> claims,
      Map<String, SuiteTask> outstanding,
      List<String> failed,
      SuiteProgress p)
      throws IOException {
    byte[] packed = results.remove(id);
    if (packed == null || !outstanding.containsKey(id)) {
      return; // a duplicate of a finished task, or another coordinator's
    }
    Path dir = SuiteRunner.taskDir(options.outDir(), id);
    boolean ok;
    try {
      ok = Wire.unpackResult(settings, packed, dir);
    } catch (SuiteException e) {
      p.print("suite: " + e.getMessage() + " (task " + id + ")");
      return;
    }
    outstanding.remove(id);
    claims.remove(id);
    if (ok) {
      Map<String, Object> r =
          JSON.readValue(
              dir.resolve(SuiteRunner.RESULT).toFile(),
              new TypeReference<LinkedHashMap<String, Object>>() {});
      double secs = ((Number) r.get("wall_seconds")).doubleValue();
      Long claimed = claimedAt.get(id);
      if (claimed != null) {
        overheads.add((System.nanoTime() - claimed) / 1e9 - secs);
      }
      p.finished(id, secs, null, r);
    } else {
      failed.add(id);
      String error =
          Files.exists(dir.resolve(SuiteRunner.ERROR))
              ? Files.readAllLines(dir.resolve(SuiteRunner.ERROR)).stream().findFirst().orElse("")
              : "no result.json";
      p.finished(id, 0, new RuntimeException(error), null);
    }
  }

  /**
   * Offers again the tasks of workers that left, and tasks that nobody holds (taken off the queue
   * by a worker that died before claiming them) for longer than {@link #LOST_AFTER_NANOS}.
   */
  private void sweep(
      HazelcastInstance hz,
      IQueue<String> queue,
      IMap<String, String> claims,
      IMap<String, byte[]> results,
      Map<String, SuiteTask> outstanding,
      Map<String, Long> unseenSince,
      SuiteProgress p)
      throws IOException {
    Set<String> queued = new HashSet<>();
    for (String item : queue) {
      queued.add(Wire.decodeTask(settings, item).id());
    }
    Map<String, String> claimed = new HashMap<>(claims);
    Set<String> delivered = new HashSet<>(results.keySet());
    long now = System.nanoTime();
    for (SuiteTask t : outstanding.values()) {
      String owner = claimed.get(t.id());
      if (owner != null && !Members.alive(hz, owner)) {
        claims.remove(t.id(), owner);
        queue.add(Wire.encodeTask(settings, t));
        p.abandoned();
        p.print("suite: " + t.id() + " offered again (its worker left)");
        unseenSince.remove(t.id());
      } else if (owner != null || queued.contains(t.id()) || delivered.contains(t.id())) {
        unseenSince.remove(t.id());
      } else if (now - unseenSince.computeIfAbsent(t.id(), k -> now) > LOST_AFTER_NANOS) {
        queue.add(Wire.encodeTask(settings, t));
        p.print("suite: " + t.id() + " offered again (taken but never claimed)");
        unseenSince.remove(t.id());
      }
    }
  }

  private static void waitForWorkersToLeave(HazelcastInstance hz) throws InterruptedException {
    long end = System.currentTimeMillis() + WORKERS_LEAVE_MILLIS;
    while (hz.getCluster().getMembers().size() > 1 && System.currentTimeMillis() < end) {
      Thread.sleep(50);
    }
  }
}
