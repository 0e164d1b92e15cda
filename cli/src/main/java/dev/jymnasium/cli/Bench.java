package dev.jymnasium.cli;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.registry.VectorizeMode;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.env.vector.AutoresetMode;
import dev.jymnasium.env.vector.ThreadedVectorEnv;
import dev.jymnasium.env.vector.VectorEnv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The stepping-speed measurements behind {@code jym bench} and {@code jym demo}.
 *
 * <p>Random actions are drawn before timing into a pool (at most {@value #MAX_POOL} actions or
 * action batches, used cyclically), seeded, so the timed loop only steps: no sampling, no
 * allocation by the loop itself, no logging. A single env is reset when its episode ends (the reset
 * is inside the timed loop); vector envs reset themselves (next-step autoreset). Each measurement
 * runs the same loop once untimed (JIT warm-up) and then once timed.
 */
final class Bench {
  /** Largest action pool (a power of two). */
  static final int MAX_POOL = 1 << 16;

  /** What is measured. */
  enum Mode {
    unwrapped("unwrapped"),
    make("make"),
    vector_sync("vector-sync"),
    vector_threaded("vector-threaded"),
    vector_native("vector-native");

    final String label;

    Mode(String label) {
      this.label = label;
    }

    static Mode parse(String s) {
      for (Mode m : values()) {
        if (m.label.equalsIgnoreCase(s) || m.name().equalsIgnoreCase(s)) {
          return m;
        }
      }
      throw CliException.usage(
          "unknown bench mode '"
              + s
              + "'; expected unwrapped, make, vector-sync, vector-threaded or vector-native");
    }

    boolean vector() {
      return this != unwrapped && this != make;
    }
  }

  /**
   * One measurement.
   *
   * @param env the env id
   * @param mode what was stepped
   * @param numEnvs sub-envs (1 for single envs)
   * @param threads stepping threads (1 unless threaded)
   * @param steps env-steps timed (vector steps times {@code numEnvs})
   * @param seconds wall time of the timed pass
   * @param episodes episodes finished during the timed pass (single envs; -1 for vector envs)
   */
  record Result(
      String env, Mode mode, int numEnvs, int threads, long steps, double seconds, long episodes) {
    /** Env-steps per second. */
    double stepsPerSecond() {
      return seconds > 0 ? steps / seconds : Double.POSITIVE_INFINITY;
    }
  }

  private Bench() {}

  /** Smallest power of two {@code >= n}, capped at {@link #MAX_POOL}, at least 1. */
  static int poolSize(long n) {
    long p = 1;
    while (p < n && p < MAX_POOL) {
      p <<= 1;
    }
    return (int) p;
  }

  /** {@code n} actions sampled from {@code space} seeded with {@code seed}. */
  static Object[] drawActions(Space<?> space, long seed, int n) {
    space.seed(seed);
    Object[] actions = new Object[n];
    for (int i = 0; i < n; i++) {
      actions[i] = space.sample();
    }
    return actions;
  }

  /** Measures a single env: warm-up pass of {@code warmup} steps, then {@code steps} timed. */
  @SuppressWarnings("unchecked")
  static Result single(String id, Mode mode, Env<?, ?> env, long steps, long warmup, long seed) {
    Env<Object, Object> e = (Env<Object, Object>) env;
    Object[] actions = drawActions(e.actionSpace(), seed, poolSize(Math.max(steps, warmup)));
    e.reset(seed, null);
    if (warmup > 0) {
      runSingle(e, actions, warmup);
    }
    long t0 = System.nanoTime();
    long episodes = runSingle(e, actions, steps);
    long t1 = System.nanoTime();
    return new Result(id, mode, 1, 1, steps, (t1 - t0) / 1e9, episodes);
  }

  /**
   * Steps {@code env} {@code steps} times with the pooled actions, resetting when an episode ends;
   * returns the number of finished episodes.
   */
  static long runSingle(Env<Object, Object> env, Object[] actions, long steps) {
    final int mask = actions.length - 1;
    int a = 0;
    long episodes = 0;
    long remaining = steps;
    while (remaining > 0) {
      int chunk = (int) Math.min(remaining, 1 << 30);
      for (int i = 0; i < chunk; i++) {
        Step<Object> s = env.step(actions[a]);
        a = (a + 1) & mask;
        if (s.terminated() || s.truncated()) {
          env.reset();
          episodes++;
        }
      }
      remaining -= chunk;
    }
    return episodes;
  }

  /** Measures a vector env; {@code envSteps} and {@code warmupEnvSteps} count sub-env steps. */
  @SuppressWarnings("unchecked")
  static Result vector(
      String id,
      Mode mode,
      VectorEnv<?, ?> venv,
      int threads,
      long envSteps,
      long warmupEnvSteps,
      long seed) {
    VectorEnv<Object, Object> v = (VectorEnv<Object, Object>) venv;
    int k = v.numEnvs();
    long vecSteps = Math.max(1, (envSteps + k - 1) / k);
    long warmupVecSteps = (warmupEnvSteps + k - 1) / k;
    Object[] actions =
        drawActions(
            v.actionSpace(),
            seed,
            poolSize(Math.min(Math.max(vecSteps, warmupVecSteps), Math.max(1, MAX_POOL / k))));
    v.reset(seed, null);
    if (warmupVecSteps > 0) {
      runVector(v, actions, warmupVecSteps);
    }
    long t0 = System.nanoTime();
    runVector(v, actions, vecSteps);
    long t1 = System.nanoTime();
    return new Result(id, mode, k, threads, vecSteps * k, (t1 - t0) / 1e9, -1);
  }

  /** Steps a vector env {@code steps} times with the pooled action batches (autoreset). */
  static void runVector(VectorEnv<Object, Object> venv, Object[] actions, long steps) {
    final int mask = actions.length - 1;
    int a = 0;
    long remaining = steps;
    while (remaining > 0) {
      int chunk = (int) Math.min(remaining, 1 << 30);
      for (int i = 0; i < chunk; i++) {
        venv.step(actions[a]);
        a = (a + 1) & mask;
      }
      remaining -= chunk;
    }
  }

  /** Makes and measures one mode of one env, closing what it made. */
  static Result run(
      String id,
      Map<String, Object> kwargs,
      Mode mode,
      long steps,
      long warmup,
      int numEnvs,
      Integer threads,
      long seed) {
    switch (mode) {
      case unwrapped -> {
        Env<?, ?> made = Gym.make(id, kwargs);
        try {
          return single(id, mode, made.unwrapped(), steps, warmup, seed);
        } finally {
          made.close();
        }
      }
      case make -> {
        Env<?, ?> made = Gym.make(id, kwargs);
        try {
          return single(id, mode, made, steps, warmup, seed);
        } finally {
          made.close();
        }
      }
      case vector_sync -> {
        VectorEnv<?, ?> v = Gym.registry().makeVec(id, numEnvs, VectorizeMode.SYNC, kwargs);
        try {
          return vector(id, mode, v, 1, steps, warmup, seed);
        } finally {
          v.close();
        }
      }
      case vector_threaded -> {
        int t = threads != null ? threads : defaultThreads(numEnvs);
        VectorEnv<?, ?> v;
        if (threads == null) {
          v = Gym.registry().makeVec(id, numEnvs, VectorizeMode.THREADED, kwargs);
        } else {
          EnvSpec spec = Gym.registry().resolve(id);
          List<Supplier<Env<?, ?>>> fns = new ArrayList<>();
          for (int i = 0; i < numEnvs; i++) {
            fns.add(() -> Gym.registry().make(spec, kwargs));
          }
          v = new ThreadedVectorEnv<>(fns, AutoresetMode.NEXT_STEP, t);
        }
        try {
          int actual = v instanceof ThreadedVectorEnv<?, ?> tv ? tv.numThreads() : t;
          return vector(id, mode, v, actual, steps, warmup, seed);
        } finally {
          v.close();
        }
      }
      case vector_native -> {
        VectorEnv<?, ?> v =
            Gym.registry().makeVec(id, numEnvs, VectorizeMode.VECTOR_ENTRY_POINT, kwargs);
        try {
          return vector(id, mode, v, 1, steps, warmup, seed);
        } finally {
          v.close();
        }
      }
      default -> throw new IllegalStateException("unknown mode " + mode);
    }
  }

  /** {@code min(numEnvs, available processors)}. */
  static int defaultThreads(int numEnvs) {
    return Math.min(numEnvs, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Steps {@code env} with pooled random actions for about {@code seconds} (after a warm-up of
   * about a third of that) and returns the measured rate; used by {@code jym demo}.
   */
  @SuppressWarnings("unchecked")
  static Result timed(String id, Mode mode, Env<?, ?> env, double seconds, long seed) {
    Env<Object, Object> e = (Env<Object, Object>) env;
    Object[] actions = drawActions(e.actionSpace(), seed, MAX_POOL);
    e.reset(seed, null);
    long chunk = 10_000;
    long warmEnd = System.nanoTime() + (long) (seconds / 3 * 1e9);
    while (System.nanoTime() < warmEnd) {
      runSingle(e, actions, chunk);
      chunk = Math.min(chunk * 2, 1_000_000);
    }
    long steps = 0;
    long episodes = 0;
    long t0 = System.nanoTime();
    long end = t0 + (long) (seconds * 1e9);
    long t1;
    do {
      episodes += runSingle(e, actions, chunk);
      steps += chunk;
      t1 = System.nanoTime();
    } while (t1 < end);
    return new Result(id, mode, 1, 1, steps, (t1 - t0) / 1e9, episodes);
  }
}
