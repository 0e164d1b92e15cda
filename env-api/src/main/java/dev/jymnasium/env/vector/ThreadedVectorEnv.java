package dev.jymnasium.env.vector;

import dev.jymnasium.env.Env;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Steps its sub-envs in parallel on real threads: the JVM's answer to Gymnasium's {@code
 * AsyncVectorEnv}, with no processes and no copies. Sub-envs are split into contiguous ranges, one
 * per thread; the calling thread takes the first range. Results are the same as a {@link
 * SyncVectorEnv}'s: every sub-env has its own generator and its own buffer slots.
 *
 * <p>Hand-offs spin for up to {@value #SPIN_NANOS} ns before parking, because a vector step of
 * light envs takes well under a microsecond and a park/unpark round trip costs several; parking
 * after that keeps idle threads from burning the cores others need. While spinning, a waiting
 * thread yields now and then, so that when the cores are oversubscribed the thread it waits for
 * gets to run at once instead of after the spin budget.
 */
public final class ThreadedVectorEnv<BO, BA> extends BatchedVectorEnv<BO, BA> {
  private static final long SPIN_NANOS = 50_000;

  /** Spins between yields while waiting. */
  private static final int SPINS_PER_YIELD = 64;

  private final int[] bounds;
  private final Worker[] workers;

  /** Generation each worker finished last (index = worker). */
  private final AtomicLongArray finished;

  private final RuntimeException[] failures;
  private volatile long generation;
  private volatile boolean phaseIsStep;
  private volatile boolean stopping;

  /** The thread waiting in {@link #runAll}, when it parked. */
  private volatile Thread parkedCaller;

  /** One thread per available processor, at most one per sub-env, NEXT_STEP autoreset. */
  public ThreadedVectorEnv(List<? extends Supplier<? extends Env<?, ?>>> envFns) {
    this(
        envFns,
        AutoresetMode.NEXT_STEP,
        Math.min(envFns.size(), Runtime.getRuntime().availableProcessors()));
  }

  /**
   * @param numThreads threads stepping sub-envs, including the caller's; {@code 1..numEnvs}
   */
  public ThreadedVectorEnv(
      List<? extends Supplier<? extends Env<?, ?>>> envFns,
      AutoresetMode autoreset,
      int numThreads) {
    super(envFns, autoreset);
    if (numThreads < 1 || numThreads > n) {
      throw new IllegalArgumentException("numThreads must be in [1, " + n + "], got " + numThreads);
    }
    bounds = new int[numThreads + 1];
    for (int t = 0; t <= numThreads; t++) {
      bounds[t] = (int) ((long) n * t / numThreads);
    }
    workers = new Worker[numThreads - 1];
    finished = new AtomicLongArray(workers.length);
    failures = new RuntimeException[workers.length];
    for (int w = 0; w < workers.length; w++) {
      workers[w] = new Worker(this, w);
      workers[w].start();
    }
  }

  /** Threads stepping sub-envs, including the caller's. */
  public int numThreads() {
    return workers.length + 1;
  }

  @Override
  void runAll(boolean step) {
    phaseIsStep = step;
    long g = generation + 1;
    generation = g;
    for (Worker w : workers) {
      if (w.parked) {
        LockSupport.unpark(w);
      }
    }
    RuntimeException own = null;
    try {
      run(step, 0);
    } catch (RuntimeException e) {
      own = e;
    }
    for (int w = 0; w < workers.length; w++) {
      awaitWorker(w, g);
    }
    // Report the lowest failing sub-env; clear every failure so none leaks into the next call.
    RuntimeException first = own;
    for (int w = 0; w < workers.length; w++) {
      if (first == null) {
        first = failures[w];
      }
      failures[w] = null;
    }
    if (first != null) {
      throw first;
    }
  }

  private void awaitWorker(int w, long g) {
    long spinStart = 0;
    int spins = 0;
    while (finished.get(w) != g) {
      if (spinStart == 0) {
        spinStart = System.nanoTime();
      } else if (System.nanoTime() - spinStart > SPIN_NANOS) {
        parkedCaller = Thread.currentThread();
        if (finished.get(w) != g) {
          LockSupport.parkNanos(this, 100_000);
        }
        parkedCaller = null;
        continue;
      }
      pause(++spins);
    }
  }

  /** One spin of a wait: mostly a CPU pause hint, now and then a yield. */
  private static void pause(int spins) {
    if (spins % SPINS_PER_YIELD == 0) {
      Thread.yield();
    } else {
      Thread.onSpinWait();
    }
  }

  private void run(boolean step, int range) {
    if (step) {
      stepRange(bounds[range], bounds[range + 1]);
    } else {
      resetRange(bounds[range], bounds[range + 1]);
    }
  }

  @Override
  void closeWorkers() {
    stopping = true;
    for (Worker w : workers) {
      LockSupport.unpark(w);
    }
    for (Worker w : workers) {
      try {
        w.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static final class Worker extends Thread {
    private final ThreadedVectorEnv<?, ?> owner;
    private final int index;
    volatile boolean parked;

    Worker(ThreadedVectorEnv<?, ?> owner, int index) {
      super("jym-vector-" + index);
      this.owner = owner;
      this.index = index;
      setDaemon(true);
    }

    @Override
    public void run() {
      long seen = 0;
      long spinStart = 0;
      int spins = 0;
      while (!owner.stopping) {
        long g = owner.generation;
        if (g == seen) {
          if (spinStart == 0) {
            spinStart = System.nanoTime();
          } else if (System.nanoTime() - spinStart > SPIN_NANOS) {
            parked = true;
            if (owner.generation == seen && !owner.stopping) {
              LockSupport.park(this);
            }
            parked = false;
          } else {
            pause(++spins);
          }
          continue;
        }
        spinStart = 0;
        spins = 0;
        seen = g;
        try {
          owner.run(owner.phaseIsStep, index + 1);
        } catch (RuntimeException e) {
          owner.failures[index] = e;
        } catch (Error e) {
          // Sub-env errors arrive wrapped; this is the worker's own failure, outside any sub-env.
          owner.failures[index] =
              new IllegalStateException("vector worker " + index + " failed", e);
        }
        owner.finished.set(index, g);
        Thread caller = owner.parkedCaller;
        if (caller != null) {
          LockSupport.unpark(caller);
        }
      }
    }
  }
}
