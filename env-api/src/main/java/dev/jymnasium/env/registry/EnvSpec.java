package dev.jymnasium.env.registry;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.multiagent.ParallelEnv;
import dev.jymnasium.env.vector.VectorEnv;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything needed to make an env by id, as Gymnasium's {@code EnvSpec}: the entry point, the time
 * limit, the reward at which the task counts as solved, default kwargs and the flags that choose
 * the wrappers {@link Registry#make} applies. A spec has a single-env entry point, a native vector
 * entry point, a parallel multi-agent entry point ({@link Registry#makeParallel}), or several of
 * them. Immutable; use {@link #builder(String)}.
 */
public final class EnvSpec {
  private static final Pattern ID =
      Pattern.compile("^(?:(?<namespace>[\\w:-]+)/)?(?<name>[\\w:.-]+?)(?:-v(?<version>\\d+))?$");

  private final String id;
  private final String namespace;
  private final String name;
  private final Integer version;
  private final EnvCreator entryPoint;
  private final VectorEnvCreator vectorEntryPoint;
  private final ParallelEnvCreator parallelEntryPoint;
  private final Double rewardThreshold;
  private final boolean nondeterministic;
  private final Integer maxEpisodeSteps;
  private final boolean orderEnforce;
  private final boolean disableEnvChecker;
  private final Map<String, Object> kwargs;
  private final Class<? extends Record> config;

  private EnvSpec(Builder b) {
    Matcher m = parse(b.id);
    this.id = b.id;
    this.namespace = m.group("namespace");
    this.name = m.group("name");
    this.version = m.group("version") == null ? null : Integer.valueOf(m.group("version"));
    if (b.entryPoint == null && b.vectorEntryPoint == null && b.parallelEntryPoint == null) {
      throw new IllegalArgumentException("EnvSpec " + b.id + " needs an entry point");
    }
    if (b.entryPoint == null && b.vectorEntryPoint == null && b.maxEpisodeSteps != null) {
      throw new IllegalArgumentException(
          b.id
              + " has only a parallel entry point, which applies no time limit:"
              + " drop max_episode_steps");
    }
    if (b.maxEpisodeSteps != null && b.maxEpisodeSteps <= 0) {
      throw new IllegalArgumentException(
          "max_episode_steps of " + b.id + " must be > 0, got " + b.maxEpisodeSteps);
    }
    this.entryPoint = b.entryPoint;
    this.vectorEntryPoint = b.vectorEntryPoint;
    this.parallelEntryPoint = b.parallelEntryPoint;
    this.rewardThreshold = b.rewardThreshold;
    this.nondeterministic = b.nondeterministic;
    this.maxEpisodeSteps = b.maxEpisodeSteps;
    this.orderEnforce = b.orderEnforce;
    this.disableEnvChecker = b.disableEnvChecker;
    this.kwargs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.kwargs));
    this.config = b.config;
    if (config != null) {
      ConfigBinder.bind(config, id, kwargs); // a bad default kwarg fails at registration
    }
  }

  /** Parses {@code [namespace/]name[-vN]}. */
  static Matcher parse(String id) {
    Matcher m = ID.matcher(Objects.requireNonNull(id, "id"));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Malformed environment ID: '"
              + id
              + "' (expected [namespace/]Name-vN, e.g. CartPole-v1)");
    }
    return m;
  }

  /** A builder for the spec of {@code id}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder initialised with this spec's fields. */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.entryPoint = entryPoint;
    b.vectorEntryPoint = vectorEntryPoint;
    b.parallelEntryPoint = parallelEntryPoint;
    b.rewardThreshold = rewardThreshold;
    b.nondeterministic = nondeterministic;
    b.maxEpisodeSteps = maxEpisodeSteps;
    b.orderEnforce = orderEnforce;
    b.disableEnvChecker = disableEnvChecker;
    b.kwargs = new LinkedHashMap<>(kwargs);
    b.config = config;
    return b;
  }

  /** Makes an env from this spec with the registry's default wrappers. */
  public <O, A> Env<O, A> make(Map<String, ?> kwargs) {
    return Gym.registry().make(this, kwargs);
  }

  public String id() {
    return id;
  }

  /** Namespace before the slash, or {@code null}. */
  public String namespace() {
    return namespace;
  }

  public String name() {
    return name;
  }

  /** Version number after {@code -v}, or {@code null} for an unversioned id. */
  public Integer version() {
    return version;
  }

  public EnvCreator entryPoint() {
    return entryPoint;
  }

  public VectorEnvCreator vectorEntryPoint() {
    return vectorEntryPoint;
  }

  /** The parallel multi-agent entry point, or {@code null}. */
  public ParallelEnvCreator parallelEntryPoint() {
    return parallelEntryPoint;
  }

  /** Return at which the task counts as solved, or {@code null}. */
  public Double rewardThreshold() {
    return rewardThreshold;
  }

  /** Whether the same seed and actions may still give different observations. */
  public boolean nondeterministic() {
    return nondeterministic;
  }

  /** The time limit {@code make} applies, or {@code null}. */
  public Integer maxEpisodeSteps() {
    return maxEpisodeSteps;
  }

  public boolean orderEnforce() {
    return orderEnforce;
  }

  public boolean disableEnvChecker() {
    return disableEnvChecker;
  }

  /** Default constructor kwargs (unmodifiable). */
  public Map<String, Object> kwargs() {
    return kwargs;
  }

  /** The env's config record, or {@code null} when its entry point reads kwargs by hand. */
  public Class<? extends Record> config() {
    return config;
  }

  /**
   * Every kwarg the env accepts with its type, default (this spec's {@link #kwargs()} over the
   * config's defaults), accepted values and doc; empty when the env declares no config record.
   */
  public List<KwargInfo> kwargInfos() {
    return config == null ? List.of() : ConfigBinder.describe(config, kwargs);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("EnvSpec(id=").append(id);
    if (rewardThreshold != null) {
      b.append(", reward_threshold=").append(rewardThreshold);
    }
    if (nondeterministic) {
      b.append(", nondeterministic=true");
    }
    if (maxEpisodeSteps != null) {
      b.append(", max_episode_steps=").append(maxEpisodeSteps);
    }
    if (!orderEnforce) {
      b.append(", order_enforce=false");
    }
    if (disableEnvChecker) {
      b.append(", disable_env_checker=true");
    }
    if (!kwargs.isEmpty()) {
      b.append(", kwargs=").append(kwargs);
    }
    return b.append(")").toString();
  }

  /** Builds a native vector env from a bound config record. */
  @FunctionalInterface
  public interface VectorFactory<C extends Record> {
    /**
     * @param numEnvs number of sub-envs, {@code >= 1}
     * @param maxEpisodeSteps the time limit to apply, or {@code null} for none
     */
    VectorEnv<?, ?> create(int numEnvs, Integer maxEpisodeSteps, C config);
  }

  /** Builder of {@link EnvSpec}; defaults as in Gymnasium's {@code register}. */
  public static final class Builder {
    private final String id;
    private EnvCreator entryPoint;
    private VectorEnvCreator vectorEntryPoint;
    private ParallelEnvCreator parallelEntryPoint;
    private Double rewardThreshold;
    private boolean nondeterministic;
    private Integer maxEpisodeSteps;
    private boolean orderEnforce = true;
    private boolean disableEnvChecker;
    private Map<String, Object> kwargs = new LinkedHashMap<>();
    private Class<? extends Record> config;

    private Builder(String id) {
      parse(id);
      this.id = id;
    }

    public Builder entryPoint(EnvCreator creator) {
      this.entryPoint = creator;
      return this;
    }

    public Builder vectorEntryPoint(VectorEnvCreator creator) {
      this.vectorEntryPoint = creator;
      return this;
    }

    public Builder parallelEntryPoint(ParallelEnvCreator creator) {
      this.parallelEntryPoint = creator;
      return this;
    }

    public Builder rewardThreshold(Double threshold) {
      this.rewardThreshold = threshold;
      return this;
    }

    public Builder nondeterministic(boolean value) {
      this.nondeterministic = value;
      return this;
    }

    public Builder maxEpisodeSteps(Integer steps) {
      this.maxEpisodeSteps = steps;
      return this;
    }

    public Builder orderEnforce(boolean value) {
      this.orderEnforce = value;
      return this;
    }

    public Builder disableEnvChecker(boolean value) {
      this.disableEnvChecker = value;
      return this;
    }

    /** Adds a default constructor kwarg. */
    public Builder kwarg(String key, Object value) {
      this.kwargs.put(key, value);
      return this;
    }

    public Builder kwargs(Map<String, ?> values) {
      this.kwargs = new LinkedHashMap<>(values);
      return this;
    }

    /**
     * Sets the entry point to bind the kwargs into the config record {@code type} (see {@link
     * ConfigBinder}) and pass it to {@code factory}, e.g. {@code config(PendulumEnv.Config.class,
     * PendulumEnv::new)}.
     */
    public <C extends Record> Builder config(
        Class<C> type, Function<C, ? extends Env<?, ?>> factory) {
      this.config = type;
      this.entryPoint = kw -> factory.apply(ConfigBinder.bind(type, kw));
      return this;
    }

    /**
     * Sets the vector entry point to bind the kwargs into {@code type}, as {@link #config} does for
     * single envs.
     */
    public <C extends Record> Builder vectorConfig(Class<C> type, VectorFactory<C> factory) {
      this.config = type;
      this.vectorEntryPoint =
          (numEnvs, maxEpisodeSteps, kw) ->
              factory.create(numEnvs, maxEpisodeSteps, ConfigBinder.bind(type, kw));
      return this;
    }

    /**
     * Sets the parallel multi-agent entry point to bind the kwargs into {@code type} and pass it to
     * {@code factory}, as {@link #config} does for single envs, e.g. {@code
     * parallelConfig(MultiHoverAviaryEnv.Config.class, MultiHoverAviaryParallel::new)}.
     */
    public <C extends Record> Builder parallelConfig(
        Class<C> type, Function<C, ? extends ParallelEnv<?, ?>> factory) {
      this.config = type;
      this.parallelEntryPoint = kw -> factory.apply(ConfigBinder.bind(type, kw));
      return this;
    }

    public EnvSpec build() {
      return new EnvSpec(this);
    }
  }
}
