package dev.jymnasium.env.vector;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.spaces.Space;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sub-env bookkeeping shared by {@link SyncVectorEnv} and {@link ThreadedVectorEnv}: spaces,
 * the batch buffers, autoreset, and the per-range reset and step that the two run on one thread or
 * several. Sub-envs write disjoint slots of the shared buffers, so ranges can run in parallel.
 */
abstract class BatchedVectorEnv<BO, BA> implements VectorEnv<BO, BA> {
  final int n;
  final Env<Object, Object>[] envs;
  private final Space<Object> singleObs;
  private final Space<Object> singleAct;
  private final Space<BO> batchObs;
  private final Space<BA> batchAct;
  private final AutoresetMode autoreset;
  private final BO obsBuffer;
  private final VectorStep<BO> result;
  private final Object[] actionBuffers;
  private final Map<String, Object>[] infos;
  private final Object[] finalObs;
  private final Map<String, Object>[] finalInfos;
  private final boolean[] pending;
  private final boolean[] ended;

  private BA actions;
  private Long seed;
  private Map<String, Object> options;
  private boolean[] resetMask;
  private boolean closed;

  @SuppressWarnings("unchecked")
  BatchedVectorEnv(List<? extends Supplier<? extends Env<?, ?>>> envFns, AutoresetMode autoreset) {
    if (envFns.isEmpty()) {
      throw new IllegalArgumentException("a vector env needs at least one sub-env");
    }
    this.n = envFns.size();
    this.envs = new Env[n];
    for (int i = 0; i < n; i++) {
      envs[i] = (Env<Object, Object>) envFns.get(i).get();
    }
    this.singleObs = envs[0].observationSpace();
    this.singleAct = envs[0].actionSpace();
    for (int i = 1; i < n; i++) {
      if (!envs[i].observationSpace().equals(singleObs)
          || !envs[i].actionSpace().equals(singleAct)) {
        throw new IllegalArgumentException(
            "sub-env "
                + i
                + " has different spaces than sub-env 0: "
                + envs[i].observationSpace()
                + " / "
                + envs[i].actionSpace()
                + " vs "
                + singleObs
                + " / "
                + singleAct);
      }
    }
    this.batchObs = (Space<BO>) singleObs.batch(n);
    this.batchAct = (Space<BA>) singleAct.batch(n);
    this.autoreset = autoreset;
    this.obsBuffer = (BO) singleObs.createBatch(n);
    this.result = new VectorStep<>(obsBuffer, n);
    this.actionBuffers = new Object[n];
    this.infos = new Map[n];
    this.finalObs = new Object[n];
    this.finalInfos = new Map[n];
    this.pending = new boolean[n];
    this.ended = new boolean[n];
  }

  /** Runs {@link #resetRange} or {@link #stepRange} over all sub-envs. */
  abstract void runAll(boolean step);

  @Override
  public int numEnvs() {
    return n;
  }

  @Override
  public Space<?> singleObservationSpace() {
    return singleObs;
  }

  @Override
  public Space<?> singleActionSpace() {
    return singleAct;
  }

  @Override
  public Space<BO> observationSpace() {
    return batchObs;
  }

  @Override
  public Space<BA> actionSpace() {
    return batchAct;
  }

  @Override
  public AutoresetMode autoresetMode() {
    return autoreset;
  }

  @Override
  public EnvMetadata metadata() {
    return envs[0].metadata();
  }

  /** The sub-envs (for inspection; stepping them directly breaks the batch bookkeeping). */
  public List<Env<?, ?>> envs() {
    return List.of(envs);
  }

  @Override
  public VectorReset<BO> reset(Long seed, Map<String, Object> options) {
    requireOpen();
    Map<String, Object> opts = options == null ? Map.of() : options;
    boolean[] mask = null;
    if (opts.containsKey(RESET_MASK)) {
      Object m = opts.get(RESET_MASK);
      if (!(m instanceof boolean[] b) || b.length != n) {
        throw new IllegalArgumentException(RESET_MASK + " must be a boolean[" + n + "], got " + m);
      }
      boolean any = false;
      for (boolean v : b) {
        any |= v;
      }
      if (!any) {
        throw new IllegalArgumentException(RESET_MASK + " must select at least one sub-env");
      }
      mask = b;
      opts = new HashMap<>(opts);
      opts.remove(RESET_MASK);
    }
    this.seed = seed;
    this.options = opts;
    this.resetMask = mask;
    runAll(false);
    Map<String, Object> batched = InfoBatcher.batch(infos, n);
    return new VectorReset<>(obsBuffer, batched);
  }

  @Override
  public VectorStep<BO> step(BA actions) {
    requireOpen();
    batchAct.requireContains(actions, "actions");
    this.actions = actions;
    runAll(true);
    Map<String, Object> batched = InfoBatcher.batch(infos, n);
    if (autoreset == AutoresetMode.SAME_STEP) {
      batched = addFinals(batched);
    }
    result.setInfos(batched);
    return result;
  }

  private Map<String, Object> addFinals(Map<String, Object> batched) {
    boolean any = false;
    for (int i = 0; i < n && !any; i++) {
      any = finalObs[i] != null;
    }
    if (!any) {
      return batched;
    }
    Map<String, Object> out = new LinkedHashMap<>(batched);
    boolean[] mask = new boolean[n];
    Object[] obs = new Object[n];
    Map<String, Object> finals = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      if (finalObs[i] != null) {
        mask[i] = true;
        obs[i] = finalObs[i];
        InfoBatcher.add(finals, finalInfos[i], i, n);
      }
    }
    out.put("final_obs", obs);
    out.put("_final_obs", mask);
    out.put("final_info", finals);
    out.put("_final_info", mask.clone());
    return out;
  }

  /** Resets sub-envs {@code [from, to)} as the current reset call asks. */
  final void resetRange(int from, int to) {
    for (int i = from; i < to; i++) {
      infos[i] = null;
      if (resetMask != null && !resetMask[i]) {
        continue;
      }
      try {
        Reset<Object> r = envs[i].reset(seed == null ? null : seed + i, options);
        singleObs.writeBatch(r.observation(), obsBuffer, i);
        infos[i] = r.info();
      } catch (Throwable e) {
        // Errors too (an AssertionError, a StackOverflowError): the caller must learn which env.
        throw new SubEnvException(i, "reset", e);
      }
      pending[i] = false;
      ended[i] = false;
    }
  }

  /** Steps sub-envs {@code [from, to)} with the current actions. */
  final void stepRange(int from, int to) {
    double[] rewards = result.rewards();
    boolean[] terms = result.terminations();
    boolean[] truncs = result.truncations();
    // Slots of neighbouring sub-envs share cache lines, and on a ThreadedVectorEnv the neighbours
    // may be stepped by another thread: a slot is written only when its value changes, so that
    // unchanged flags and the shared empty info do not bounce lines between cores on every step.
    for (int i = from; i < to; i++) {
      if (finalObs[i] != null) {
        finalObs[i] = null;
      }
      try {
        if (pending[i]) {
          Reset<Object> r = envs[i].reset();
          singleObs.writeBatch(r.observation(), obsBuffer, i);
          rewards[i] = 0.0;
          terms[i] = false;
          truncs[i] = false;
          infos[i] = r.info();
          pending[i] = false;
          continue;
        }
        if (ended[i]) {
          throw new IllegalStateException(
              "its episode ended and autoreset is DISABLED: reset it "
                  + "with the "
                  + RESET_MASK
                  + " option first");
        }
        Object action = singleAct.readBatch(actions, i, actionBuffers[i]);
        if (actionBuffers[i] != action) {
          actionBuffers[i] = action;
        }
        Step<Object> s = envs[i].step(action);
        boolean done = s.terminated() || s.truncated();
        rewards[i] = s.reward();
        if (terms[i] != s.terminated()) {
          terms[i] = s.terminated();
        }
        if (truncs[i] != s.truncated()) {
          truncs[i] = s.truncated();
        }
        if (infos[i] != s.info()) {
          infos[i] = s.info();
        }
        if (done && autoreset == AutoresetMode.SAME_STEP) {
          finalObs[i] = s.copyObservation();
          finalInfos[i] = s.info();
          Reset<Object> r = envs[i].reset();
          singleObs.writeBatch(r.observation(), obsBuffer, i);
          infos[i] = r.info();
        } else {
          singleObs.writeBatch(s.observation(), obsBuffer, i);
          if (done) {
            pending[i] = autoreset == AutoresetMode.NEXT_STEP;
            ended[i] = autoreset == AutoresetMode.DISABLED;
          }
        }
      } catch (SubEnvException e) {
        throw e;
      } catch (Throwable e) {
        throw new SubEnvException(i, "step", e);
      }
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("this vector env is closed");
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeWorkers();
    RuntimeException first = null;
    for (Env<?, ?> e : envs) {
      try {
        e.close();
      } catch (RuntimeException ex) {
        first = first == null ? ex : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /** Stops worker threads, if any. */
  void closeWorkers() {}

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + envs[0] + ", num_envs=" + n + ")";
  }
}
