package dev.jymnasium.env.registry;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Warnings;
import dev.jymnasium.env.multiagent.ParallelEnv;
import dev.jymnasium.env.vector.AutoresetMode;
import dev.jymnasium.env.vector.SyncVectorEnv;
import dev.jymnasium.env.vector.ThreadedVectorEnv;
import dev.jymnasium.env.vector.VectorEnv;
import dev.jymnasium.env.wrappers.OrderEnforcing;
import dev.jymnasium.env.wrappers.PassiveEnvChecker;
import dev.jymnasium.env.wrappers.TimeLimit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Env ids and their specs, and {@link #make}: the Java counterpart of Gymnasium's registry.
 * Thread-safe for concurrent {@code make} calls once registration is done.
 */
public final class Registry {
  /** {@code make} kwarg overriding the spec's time limit; {@code -1} means none. */
  public static final String MAX_EPISODE_STEPS = "max_episode_steps";

  /** {@code make} kwarg overriding the spec's env-checker flag. */
  public static final String DISABLE_ENV_CHECKER = "disable_env_checker";

  private final Map<String, EnvSpec> specs = new TreeMap<>();

  /** Registers a spec; re-registering an id replaces it with a warning. */
  public synchronized void register(EnvSpec spec) {
    for (EnvSpec other : specs.values()) {
      if (!Objects.equals(other.namespace(), spec.namespace())
          || !other.name().equals(spec.name())) {
        continue;
      }
      if (other.version() == null && spec.version() != null) {
        throw new IllegalArgumentException(
            "Cannot register versioned "
                + spec.id()
                + ": the unversioned "
                + other.id()
                + " exists");
      }
      if (other.version() != null && spec.version() == null) {
        throw new IllegalArgumentException(
            "Cannot register unversioned "
                + spec.id()
                + ": the versioned "
                + other.id()
                + " exists");
      }
    }
    if (specs.put(spec.id(), spec) != null) {
      Warnings.warn("Overriding environment " + spec.id() + " already in registry.");
    }
  }

  /** Every registered spec, sorted by id. */
  public synchronized List<EnvSpec> all() {
    return List.copyOf(specs.values());
  }

  /** The spec registered under exactly {@code id}. */
  public synchronized EnvSpec spec(String id) {
    EnvSpec spec = specs.get(id);
    if (spec == null) {
      throw notFound(id);
    }
    return spec;
  }

  /** Resolves an id as {@code make} does: an unversioned id gets the latest version. */
  public synchronized EnvSpec resolve(String id) {
    var m = EnvSpec.parse(id);
    EnvSpec exact = specs.get(id);
    List<EnvSpec> family = family(m.group("namespace"), m.group("name"));
    if (exact == null && m.group("version") == null && !family.isEmpty()) {
      EnvSpec latest = family.get(family.size() - 1);
      Warnings.warn(
          "Using the latest versioned environment `"
              + latest.id()
              + "` instead of the "
              + "unversioned environment `"
              + id
              + "`.");
      return latest;
    }
    if (exact == null) {
      throw notFound(id);
    }
    EnvSpec latest = family.isEmpty() ? null : family.get(family.size() - 1);
    if (latest != null && exact.version() != null && latest.version() > exact.version()) {
      Warnings.warn(
          "The environment "
              + id
              + " is out of date. You should consider upgrading to "
              + "version `v"
              + latest.version()
              + "`.");
    }
    return exact;
  }

  private List<EnvSpec> family(String namespace, String name) {
    List<EnvSpec> out = new ArrayList<>();
    for (EnvSpec s : specs.values()) {
      if (Objects.equals(s.namespace(), namespace)
          && s.name().equals(name)
          && s.version() != null) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparing(EnvSpec::version));
    return out;
  }

  private IllegalArgumentException notFound(String id) {
    var m = EnvSpec.parse(id);
    String namespace = m.group("namespace");
    String name = m.group("name");
    String version = m.group("version");
    if (namespace != null
        && specs.values().stream().noneMatch(s -> namespace.equals(s.namespace()))) {
      return new UnknownEnvException(
          "Namespace "
              + namespace
              + " not found. Have you installed "
              + "the module that provides it?");
    }
    List<EnvSpec> family = family(namespace, name);
    if (!family.isEmpty() && version != null) {
      EnvSpec latest = family.get(family.size() - 1);
      if (Integer.parseInt(version) < latest.version()) {
        return new UnknownEnvException(
            "Environment version v"
                + version
                + " for `"
                + name
                + "` is deprecated. Please use `"
                + latest.id()
                + "` instead.");
      }
      return new UnknownEnvException(
          "Environment version `v"
              + version
              + "` for environment `"
              + name
              + "` doesn't exist. It provides versioned environments: "
              + family.stream().map(s -> "v" + s.version()).toList()
              + ".");
    }
    List<String> close = Similarity.closeMatches(id, specs.keySet(), 3);
    return new UnknownEnvException(
        "Environment `"
            + id
            + "` doesn't exist."
            + (close.isEmpty()
                ? " Run `jym list` to see the registered ids."
                : " Did you mean: " + String.join(", ", close) + "?"));
  }

  /**
   * Makes an env by id with Gymnasium's default wrappers, innermost first: {@code
   * PassiveEnvChecker}, {@code OrderEnforcing}, {@code TimeLimit}.
   *
   * @param kwargs constructor kwargs merged over the spec's, plus the make options {@value
   *     #MAX_EPISODE_STEPS} and {@value #DISABLE_ENV_CHECKER}
   */
  public <O, A> Env<O, A> make(String id, Map<String, ?> kwargs) {
    return make(resolve(id), kwargs);
  }

  /** Makes an env from a spec (see {@link #make(String, Map)}). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <O, A> Env<O, A> make(EnvSpec spec, Map<String, ?> kwargs) {
    Map<String, Object> kw = mergedKwargs(spec, kwargs);
    Integer maxSteps = takeMaxEpisodeSteps(spec, kw);
    boolean disableChecker = spec.disableEnvChecker();
    if (kw.containsKey(DISABLE_ENV_CHECKER)) {
      Object v = kw.remove(DISABLE_ENV_CHECKER);
      if (!(v instanceof Boolean b)) {
        throw new IllegalArgumentException(DISABLE_ENV_CHECKER + " must be a boolean, got " + v);
      }
      disableChecker = b;
    }
    if (spec.entryPoint() == null) {
      throw new IllegalArgumentException(
          spec.vectorEntryPoint() == null
              ? spec.id()
                  + " is a parallel multi-agent env with no single-env entry point:"
                  + " use Gym.makeParallel(\""
                  + spec.id()
                  + "\", kwargs)"
              : spec.id() + " has only a vector entry point: use makeVec");
    }
    Kwargs k = new Kwargs(spec.id(), kw);
    Env env = spec.entryPoint().create(k);
    try {
      k.requireAllUsed();
    } catch (IllegalArgumentException e) {
      env.close();
      throw e;
    }
    env.setSpec(
        spec.toBuilder()
            .kwargs(kw)
            .maxEpisodeSteps(null)
            .orderEnforce(false)
            .disableEnvChecker(true)
            .build());
    if (!disableChecker) {
      env = new PassiveEnvChecker(env);
    }
    if (spec.orderEnforce()) {
      env = new OrderEnforcing(env);
    }
    if (maxSteps != null) {
      env = new TimeLimit(env, maxSteps);
    }
    env.setSpec(
        spec.toBuilder()
            .kwargs(kw)
            .maxEpisodeSteps(maxSteps)
            .disableEnvChecker(disableChecker)
            .build());
    return env;
  }

  /**
   * Makes a PettingZoo-style parallel multi-agent env by id, resolving the id as {@link #make}
   * does. No wrappers are applied (the parallel env enforces reset-before-step and checks actions
   * itself), so the make options {@value #MAX_EPISODE_STEPS} and {@value #DISABLE_ENV_CHECKER} are
   * not accepted.
   *
   * @param kwargs constructor kwargs merged over the spec's
   * @throws IllegalArgumentException for an unknown id (with close matches), a spec without a
   *     parallel entry point, or unknown or ill-typed kwargs (listing the accepted ones)
   */
  public <O, A> ParallelEnv<O, A> makeParallel(String id, Map<String, ?> kwargs) {
    return makeParallel(resolve(id), kwargs);
  }

  /** Makes a parallel multi-agent env from a spec (see {@link #makeParallel(String, Map)}). */
  @SuppressWarnings("unchecked")
  public <O, A> ParallelEnv<O, A> makeParallel(EnvSpec spec, Map<String, ?> kwargs) {
    if (spec.parallelEntryPoint() == null) {
      throw new IllegalArgumentException(
          spec.id()
              + " has no parallel multi-agent entry point: use "
              + (spec.entryPoint() != null ? "make" : "makeVec"));
    }
    Kwargs k = new Kwargs(spec.id(), mergedKwargs(spec, kwargs));
    ParallelEnv<?, ?> env = spec.parallelEntryPoint().create(k);
    try {
      k.requireAllUsed();
    } catch (IllegalArgumentException e) {
      env.close();
      throw e;
    }
    return (ParallelEnv<O, A>) env;
  }

  /** The spec's kwargs with {@code kwargs} put over them (a new, mutable map). */
  private static Map<String, Object> mergedKwargs(EnvSpec spec, Map<String, ?> kwargs) {
    Map<String, Object> kw = new LinkedHashMap<>(spec.kwargs());
    if (kwargs != null) {
      kw.putAll(kwargs);
    }
    return kw;
  }

  /**
   * Removes the {@value #MAX_EPISODE_STEPS} make option from {@code kw} and returns the time limit
   * it asks for ({@code -1} means none), or the spec's when absent.
   */
  private static Integer takeMaxEpisodeSteps(EnvSpec spec, Map<String, Object> kw) {
    if (!kw.containsKey(MAX_EPISODE_STEPS)) {
      return spec.maxEpisodeSteps();
    }
    Object v = kw.remove(MAX_EPISODE_STEPS);
    if (v == null) {
      return spec.maxEpisodeSteps();
    }
    if (!(v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()))) {
      throw new IllegalArgumentException(MAX_EPISODE_STEPS + " must be an integer, got " + v);
    }
    int steps = n.intValue();
    if (steps == -1) {
      return null;
    }
    if (steps <= 0) {
      throw new IllegalArgumentException(MAX_EPISODE_STEPS + " must be > 0 or -1, got " + v);
    }
    return steps;
  }

  /**
   * Makes a vector env of {@code numEnvs} copies.
   *
   * @param mode {@link VectorizeMode#SYNC}, {@link VectorizeMode#THREADED}, or {@link
   *     VectorizeMode#VECTOR_ENTRY_POINT}; {@code null} picks the spec's vector entry point when it
   *     has one, else sync
   */
  public <BO, BA> VectorEnv<BO, BA> makeVec(
      String id, int numEnvs, VectorizeMode mode, Map<String, ?> kwargs) {
    return makeVec(id, numEnvs, mode, kwargs, AutoresetMode.NEXT_STEP);
  }

  /** {@link #makeVec(String, int, VectorizeMode, Map)} with a chosen autoreset mode. */
  @SuppressWarnings("unchecked")
  public <BO, BA> VectorEnv<BO, BA> makeVec(
      String id, int numEnvs, VectorizeMode mode, Map<String, ?> kwargs, AutoresetMode autoreset) {
    if (numEnvs < 1) {
      throw new IllegalArgumentException("num_envs must be >= 1, got " + numEnvs);
    }
    EnvSpec spec = resolve(id);
    VectorizeMode m =
        mode != null
            ? mode
            : spec.vectorEntryPoint() != null
                ? VectorizeMode.VECTOR_ENTRY_POINT
                : VectorizeMode.SYNC;
    if (m == VectorizeMode.VECTOR_ENTRY_POINT) {
      if (spec.vectorEntryPoint() == null) {
        throw new IllegalArgumentException(id + " has no vector entry point; use sync or threaded");
      }
      if (autoreset != AutoresetMode.NEXT_STEP) {
        throw new IllegalArgumentException(id + "'s vector entry point supports only NEXT_STEP");
      }
      Map<String, Object> kw = mergedKwargs(spec, kwargs);
      Integer maxSteps = takeMaxEpisodeSteps(spec, kw);
      Kwargs k = new Kwargs(spec.id(), kw);
      VectorEnv<?, ?> env = spec.vectorEntryPoint().create(numEnvs, maxSteps, k);
      k.requireAllUsed();
      return (VectorEnv<BO, BA>) env;
    }
    List<Supplier<Env<?, ?>>> fns = new ArrayList<>();
    for (int i = 0; i < numEnvs; i++) {
      fns.add(() -> make(spec, kwargs));
    }
    return (VectorEnv<BO, BA>)
        (m == VectorizeMode.SYNC
            ? new SyncVectorEnv<>(fns, autoreset)
            : new ThreadedVectorEnv<>(
                fns, autoreset, Math.min(numEnvs, Runtime.getRuntime().availableProcessors())));
  }
}
