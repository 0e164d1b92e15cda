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

  /**
   * Tasks of workers that left are offered again as soon as the cluster says so; this periodic
   * sweep finds tasks taken but never claimed, and results whose event was missed.
   */
  private static final long SWEEP_NANOS = TimeUnit.SECONDS.toNanos(1);

  private static final long WORKERS_LEAVE_MILLIS = 5_000;

  private final Suite suite;
  private final SuiteRunOptions options;
  private final ClusterSettings settings;
  private final PrintWriter log;

  /** When each task was claimed, for the overhead of the cluster path. */
  private final Map<String, Long> claimedAt = new ConcurrentHashMap<>();

  /** When the event of each task's result came: nanoseconds, and microseconds since the epoch. */
  private final Map<String, long[]> deliveredAt = new ConcurrentHashMap<>();

  private final ClusterTimings timings = new ClusterTimings();

  /** The task ids of the queue items this coordinator made, to read the queue without decoding. */
  private final Map<String, String> queuedIds = new HashMap<>();

  /** Signalled when a member leaves. */
  private final Object membersChanged = new Object();

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
    results.addEntryListener(
        (EntryAddedListener<String, byte[]>) e -> delivered(e.getKey(), wake), false);
    results.addEntryListener(
        (EntryUpdatedListener<String, byte[]>) e -> delivered(e.getKey(), wake), false);
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
                wake.add(""); // sweep now: its tasks are offered again at once
                synchronized (membersChanged) {
                  membersChanged.notifyAll();
                }
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
        offer(queue, t);
      }
    }
    List<String> failed = new ArrayList<>();
    Map<String, Long> unseenSince = new HashMap<>();
    long nextSweep = System.nanoTime();
    wake.add("");
    while (!outstanding.isEmpty()) {
      // the keys announced by events; a full scan of the map only at each sweep, for safety
      Set<String> arrived = new HashSet<>();
      String first = wake.poll(Math.max(0, nextSweep - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (first != null) {
        arrived.add(first);
        wake.drainTo(arrived);
      }
      boolean sweepNow = System.nanoTime() >= nextSweep || arrived.contains("");
      try {
        if (sweepNow) {
          arrived.addAll(results.keySet());
        }
        arrived.remove("");
        for (String id : arrived) {
          collect(id, queue, results, claims, outstanding, failed, p);
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
    queue.clear(); // copies offered again whose first run finished: nobody needs them now
    control.put(Members.STATE, Members.DONE);
    timings.summary().forEach(p::print);
    waitForWorkersToLeave(hz);
    return failed;
  }

  private void delivered(String id, LinkedBlockingQueue<String> wake) {
    deliveredAt.put(id, new long[] {System.nanoTime(), TaskTiming.nowMicros()});
    wake.add(id);
  }

  private void offer(IQueue<String> queue, SuiteTask t) throws IOException {
    String item = Wire.encodeTask(settings, t);
    queuedIds.put(item, t.id());
    queue.add(item);
  }

  /**
   * Writes the result of {@code id} unless the task was already finished; offers the task again
   * when the result cannot be read.
   */
  private void collect(
      String id,
      IQueue<String> queue,
      IMap<String, byte[]> results,
      IMap<String, String> claims,
      Map<String, SuiteTask> outstanding,
      List<String> failed,
      SuiteProgress p)
      throws IOException {
    long picked = System.nanoTime();
    byte[] packed = results.remove(id);
    if (packed == null || !outstanding.containsKey(id)) {
      return; // a duplicate of a finished task, or another coordinator's
    }
    long fetched = System.nanoTime();
    Path dir = SuiteRunner.taskDir(options.outDir(), id);
    Wire.Unpacked u;
    try {
      u = Wire.unpack(settings, packed, dir);
    } catch (SuiteException e) {
      // its worker may still hold the claim: without a new offer the task would wait for ever
      p.print("suite: " + e.getMessage() + " (task " + id + "); offered again");
      claims.remove(id);
      offer(queue, outstanding.get(id));
      return;
    }
    long written = System.nanoTime();
    outstanding.remove(id);
    claims.remove(id);
    if (u.result() != null) {
      Map<String, Object> r =
          JSON.readValue(u.result(), new TypeReference<LinkedHashMap<String, Object>>() {});
      double secs = ((Number) r.get("wall_seconds")).doubleValue();
      p.finished(id, secs, null, r);
      Long claimed = claimedAt.get(id);
      long[] event = deliveredAt.remove(id);
      if (claimed != null && event != null) {
        long now = System.nanoTime();
        TaskTiming w = u.timing();
        timings.add(
            (written - claimed) / 1e6 - 1e3 * secs,
            w,
            w == null ? 0 : (event[1] - w.sentAtMicros()) / 1e3,
            (picked - event[0]) / 1e6,
            (fetched - picked) / 1e6,
            (written - fetched) / 1e6,
            (now - written) / 1e6);
      }
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
      String id = queuedIds.get(item);
      if (id != null) {
        queued.add(id);
      }
    }
    Map<String, String> claimed = new HashMap<>(claims);
    Set<String> delivered = new HashSet<>(results.keySet());
    long now = System.nanoTime();
    for (SuiteTask t : outstanding.values()) {
      String owner = claimed.get(t.id());
      if (owner != null && !Members.alive(hz, owner)) {
        if (!claims.remove(t.id(), owner)) {
          continue; // claimed again meanwhile (a worker found the owner gone): it runs
        }
        offer(queue, t);
        p.abandoned();
        p.print("suite: " + t.id() + " offered again (its worker left)");
        unseenSince.remove(t.id());
      } else if (owner != null || queued.contains(t.id()) || delivered.contains(t.id())) {
        unseenSince.remove(t.id());
      } else if (now - unseenSince.computeIfAbsent(t.id(), k -> now) > LOST_AFTER_NANOS) {
        offer(queue, t);
        p.print("suite: " + t.id() + " offered again (taken but never claimed)");
        unseenSince.remove(t.id());
      }
    }
  }

  /** Gives the workers time to see that the suite is done and leave (they then exit). */
  private void waitForWorkersToLeave(HazelcastInstance hz) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WORKERS_LEAVE_MILLIS);
    synchronized (membersChanged) {
      long left;
      while (hz.getCluster().getMembers().size() > 1 && (left = end - System.nanoTime()) > 0) {
        TimeUnit.NANOSECONDS.timedWait(membersChanged, left);
      }
    }
  }
}
