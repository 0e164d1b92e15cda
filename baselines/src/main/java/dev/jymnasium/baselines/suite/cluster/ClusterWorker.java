package dev.jymnasium.baselines.suite.cluster;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.config.InvalidConfigurationException;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastException;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import com.hazelcast.partition.NoDataMemberInClusterException;
import dev.jymnasium.baselines.suite.SuiteException;
import dev.jymnasium.baselines.suite.SuiteRunner;
import dev.jymnasium.baselines.suite.SuiteTask;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code jym worker --join HOST:PORT}: a Hazelcast member that runs suite tasks from the
 * coordinator's queue, {@code slots} at a time, in a scratch directory, and delivers each finished
 * task directory to the coordinator through the results map.
 *
 * <p>When the coordinator leaves, the worker leaves too, finishes the tasks it holds, waits for a
 * coordinator at the same address and delivers them to it. It stops once a coordinator has said the
 * suite is done (unless told to stay) or when {@link #stop} is called.
 */
public final class ClusterWorker {
  /** How long a slot waits on the queue before it looks whether to stop. */
  private static final long POLL_MILLIS = 200;

  /** A slot's {@code idleSince} before its first task. */
  private static final long FIRST = Long.MIN_VALUE;

  /** How often a worker without a coordinator tries its port. */
  private static final long PROBE_MILLIS = 100;

  /** How long a worker whose join failed waits before it tries again. */
  private static final long RETRY_MILLIS = 1_000;

  /** The control state comes as an event; asked for this often too, in case one is missed. */
  private static final long STATE_CHECK_MILLIS = 5_000;

  private final ClusterSettings settings;
  private final String join;
  private final int slots;
  private Path workDir;
  private final boolean stay;
  private final PrintWriter log;
  private final AtomicInteger busy = new AtomicInteger();
  private final CountDownLatch stopped = new CountDownLatch(1);

  /** Signalled on a new control state, the coordinator leaving, a slot going idle, and stop. */
  private final Semaphore changed = new Semaphore(0);

  private volatile HazelcastInstance member;
  private volatile boolean done;

  /**
   * A worker.
   *
   * @param join the coordinator's {@code host:port}
   * @param slots tasks run at once, {@code >= 1}
   * @param workDir scratch directory for running tasks, or {@code null} for a new temporary one
   * @param stay whether to keep serving after a suite is done
   * @param log lines about joining and leaving, or {@code null}
   */
  public ClusterWorker(
      ClusterSettings settings,
      String join,
      int slots,
      Path workDir,
      boolean stay,
      PrintWriter log) {
    if (slots < 1) {
      throw new SuiteException("--slots must be >= 1, got " + slots);
    }
    hostPort(join);
    this.settings = settings;
    this.join = join;
    this.slots = slots;
    this.workDir = workDir;
    this.stay = stay;
    this.log = log;
  }

  /** Serves until the suite is done (or forever with {@code stay}) or {@link #stop} is called. */
  public void run() throws IOException, InterruptedException {
    if (workDir == null) {
      workDir = Files.createTempDirectory("jym-worker");
    }
    Thread[] threads = new Thread[slots];
    for (int i = 0; i < slots; i++) {
      threads[i] = new Thread(this::slot, "jym-worker-slot-" + i);
      threads[i].setDaemon(true);
      threads[i].start();
    }
    try {
      while (!done) {
        HazelcastInstance hz = connect();
        if (hz == null) {
          break; // stopped while waiting
        }
        try {
          serve(hz);
        } catch (HazelcastInstanceNotActiveException e) {
          // stopped, or the member fell out of the cluster: as if the coordinator left
        } catch (HazelcastException e) {
          say("worker: " + e.getMessage() + "; joining again");
        } finally {
          member = null;
          // Leave at once: a lite member holds no data, and slots waiting on the queue see it gone.
          // Always here, stopped or not: stop() may have read the member before it was set, and a
          // member left running would hold its claims forever.
          hz.getLifecycleService().terminate();
        }
        if (stopped.getCount() == 0) {
          break;
        }
        if (!done) {
          say("worker: the coordinator left; waiting for one at " + join);
        }
      }
    } finally {
      done = true;
      if (stopped.getCount() > 0) {
        for (Thread t : threads) {
          t.join(); // finish the tasks in flight
        }
      }
    }
  }

  /** Serves the coordinator of {@code hz} until it leaves, the suite is done, or stop. */
  private void serve(HazelcastInstance hz) throws InterruptedException {
    CountDownLatch coordinatorLeft = new CountDownLatch(1);
    hz.getCluster()
        .addMembershipListener(
            new MembershipListener() {
              @Override
              public void memberAdded(MembershipEvent e) {}

              @Override
              public void memberRemoved(MembershipEvent e) {
                if (Members.COORDINATOR.equals(e.getMember().getAttribute(Members.ROLE))) {
                  coordinatorLeft.countDown();
                  changed.release();
                }
              }
            });
    IMap<String, String> control = hz.getMap(Members.CONTROL);
    AtomicReference<String> state = new AtomicReference<>();
    control.addEntryListener(new StateListener(state), Members.STATE, true);
    if (!Members.hasCoordinator(hz)) {
      coordinatorLeft.countDown();
    }
    member = hz;
    long nextCheck = 0;
    while (!done && coordinatorLeft.getCount() > 0 && stopped.getCount() > 0) {
      if (System.nanoTime() - nextCheck >= 0) {
        try {
          state.set(control.get(Members.STATE));
        } catch (HazelcastException e) {
          // a member left while we asked; the event or the next check tells
        }
        nextCheck = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STATE_CHECK_MILLIS);
      }
      done = !stay && Members.DONE.equals(state.get()) && busy.get() == 0;
      if (!done) {
        changed.tryAcquire(STATE_CHECK_MILLIS, TimeUnit.MILLISECONDS);
        changed.drainPermits();
      }
    }
  }

  /**
   * Leaves the cluster at once, as a killed process would (the member is terminated, not shut down
   * gracefully); tasks in flight are abandoned and the coordinator offers them again. {@link #run}
   * returns soon after.
   */
  public void stop() {
    stopped.countDown();
    done = true;
    changed.release();
    HazelcastInstance hz = member;
    if (hz != null) {
      hz.getLifecycleService().terminate();
    }
  }

  /** Keeps the control state up to date and wakes the worker's loop. */
  private final class StateListener
      implements EntryAddedListener<String, String>, EntryUpdatedListener<String, String> {
    private final AtomicReference<String> state;

    StateListener(AtomicReference<String> state) {
      this.state = state;
    }

    @Override
    public void entryAdded(EntryEvent<String, String> e) {
      state.set(e.getValue());
      changed.release();
    }

    @Override
    public void entryUpdated(EntryEvent<String, String> e) {
      state.set(e.getValue());
      changed.release();
    }
  }

  /** The current member, or {@code null} between coordinators. */
  HazelcastInstance member() {
    return member;
  }

  /** Waits until the coordinator's port answers, then joins; {@code null} when stopped first. */
  private HazelcastInstance connect() throws InterruptedException {
    InetSocketAddress at = hostPort(join);
    boolean said = false;
    while (stopped.getCount() > 0) {
      try (Socket s = new Socket()) {
        s.connect(at, (int) PROBE_MILLIS);
      } catch (IOException e) {
        if (!said) {
          say("worker: waiting for a coordinator at " + join);
          said = true;
        }
        stopped.await(PROBE_MILLIS, TimeUnit.MILLISECONDS);
        continue;
      }
      try {
        HazelcastInstance hz = Members.start(settings, Members.WORKER, join, slots);
        say(
            "worker: joined the coordinator at "
                + join
                + " as "
                + hz.getCluster().getLocalMember().getAddress()
                + " with "
                + slots
                + (slots == 1 ? " slot" : " slots"));
        return hz;
      } catch (InvalidConfigurationException e) {
        throw e; // a wrong setting: trying again would not help
      } catch (RuntimeException e) {
        // e.g. the coordinator went away during the join: the port is probed again
        say("worker: could not join " + join + ": " + e.getMessage());
        stopped.await(RETRY_MILLIS, TimeUnit.MILLISECONDS);
      }
    }
    return null;
  }

  /** One slot: takes tasks off the queue and runs them one at a time. */
  private void slot() {
    long idleSince = FIRST;
    while (!done) {
      HazelcastInstance hz = member;
      try {
        if (hz == null) {
          Thread.sleep(POLL_MILLIS);
          continue;
        }
        // blocks until a task comes; the timeout only bounds how late a slot sees it should stop
        String item = hz.<String>getQueue(Members.TASKS).poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (item != null) {
          busy.incrementAndGet();
          try {
            runClaimed(hz, item, idleSince);
          } finally {
            idleSince = System.nanoTime();
            busy.decrementAndGet();
            changed.release();
          }
        }
      } catch (HazelcastInstanceNotActiveException e) {
        // the member is being replaced (the coordinator left); the next loop sees the new one
      } catch (NoDataMemberInClusterException e) {
        // the coordinator just left and the member is about to be replaced
        try {
          Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException stop) {
          return;
        }
      } catch (InterruptedException e) {
        return;
      } catch (IOException | RuntimeException e) {
        say("worker: " + e.getMessage());
      }
    }
  }

  private void runClaimed(HazelcastInstance hz, String item, long idleSince)
      throws IOException, InterruptedException {
    SuiteTask t = Wire.decodeTask(settings, item);
    String me = hz.getCluster().getLocalMember().getUuid().toString();
    IMap<String, String> claims = hz.getMap(Members.CLAIMS);
    long c0 = System.nanoTime();
    String owner = claims.putIfAbsent(t.id(), me);
    if (owner != null && !owner.equals(me)) {
      if (Members.alive(hz, owner) || !claims.replace(t.id(), owner, me)) {
        return; // a second copy of a task another worker runs
      }
    }
    long claimed = System.nanoTime();
    Path dir = workDir.resolve(t.id());
    byte[] packed;
    try {
      double ownSeconds = Double.NaN;
      try {
        Map<String, Object> r = SuiteRunner.runTask(t, dir);
        ownSeconds = ((Number) r.get("wall_seconds")).doubleValue();
      } catch (Exception | LinkageError e) {
        SuiteRunner.writeError(dir, e);
      }
      double own = ownSeconds;
      long ran = System.nanoTime();
      packed =
          Wire.packResult(
              settings,
              dir,
              packNanos ->
                  new TaskTiming(
                      idleSince == FIRST ? -1 : (claimed - idleSince) / 1e6,
                      (claimed - c0) / 1e6,
                      Double.isNaN(own) ? 0 : Math.max(0, (ran - claimed) / 1e6 - 1e3 * own),
                      packNanos / 1e6,
                      TaskTiming.nowMicros()));
    } catch (IOException | RuntimeException e) {
      // the claim must end in a result: while this worker lives nobody else runs the task
      packed = Wire.packError(settings, e);
    }
    deliver(t.id(), packed);
    // after delivering: the coordinator need not wait for the scratch files to go
    SuiteRunner.clear(dir);
    Files.delete(dir);
  }

  /**
   * Puts a result into the coordinator's map. Between coordinators it waits for the next one (the
   * loop of {@link #run} replaces the member); it gives up only when stopped, or when the worker
   * ends with nobody to take the result.
   */
  private void deliver(String id, byte[] packed) throws InterruptedException {
    while (true) {
      HazelcastInstance hz = member;
      if (hz != null) {
        try {
          hz.<String, byte[]>getMap(Members.RESULTS).put(id, packed);
          return;
        } catch (HazelcastException | HazelcastInstanceNotActiveException e) {
          // the coordinator is leaving (workers hold no data: no member can take the put), or
          // left and the member is being replaced: try again
        }
      } else if (done) {
        return;
      }
      if (stopped.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        return;
      }
    }
  }

  private static InetSocketAddress hostPort(String join) {
    int colon = join == null ? -1 : join.lastIndexOf(':');
    try {
      return new InetSocketAddress(
          join.substring(0, colon), Integer.parseInt(join.substring(colon + 1)));
    } catch (RuntimeException e) {
      throw new SuiteException("--join must be HOST:PORT, e.g. 10.0.0.5:5701, got '" + join + "'");
    }
  }

  private void say(String line) {
    if (log != null) {
      synchronized (log) {
        log.println(line);
        log.flush();
      }
    }
  }
}
