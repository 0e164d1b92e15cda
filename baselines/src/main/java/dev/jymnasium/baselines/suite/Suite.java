package dev.jymnasium.baselines.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A benchmark suite: envs with budgets per algorithm, algorithms with hyperparameter overrides,
 * seeds, the evaluation protocol and reference scores. Read by {@link Suites}.
 *
 * @param name suite name (its resource is {@code dev/jymnasium/suites/NAME.json})
 * @param description one line for {@code jym suite list}
 * @param seeds training seeds
 * @param eval evaluation protocol
 * @param algorithms algorithm name to its hyperparameter overrides (for every env)
 * @param envs the envs, in order
 */
public record Suite(
    String name,
    String description,
    List<Long> seeds,
    EvalProtocol eval,
    Map<String, Map<String, Object>> algorithms,
    List<SuiteEnv> envs) {
  private static final ObjectMapper SORTED =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  /** The tasks of the whole suite, with its seeds and budgets. */
  public List<SuiteTask> tasks() {
    return tasks(null, null, null, 1.0);
  }

  /**
   * The tasks of a selection, in suite order (env, then algorithm, then seed).
   *
   * @param seedCount the first this many seeds (continued past the listed ones by consecutive
   *     numbers), or {@code null} for the suite's seeds
   * @param algoFilter algorithms to keep, or {@code null} for all
   * @param envFilter env ids to keep, or {@code null} for all
   * @param budgetScale factor applied to every budget ({@code > 0}; a budget never drops below 1)
   * @throws SuiteException for a filter naming nothing in the suite or a bad count or scale
   */
  public List<SuiteTask> tasks(
      Integer seedCount,
      Collection<String> algoFilter,
      Collection<String> envFilter,
      double budgetScale) {
    if (!(budgetScale > 0) || Double.isInfinite(budgetScale)) {
      throw new SuiteException("--budget-scale must be > 0, got " + budgetScale);
    }
    List<Long> useSeeds = new ArrayList<>(seeds);
    if (seedCount != null) {
      if (seedCount < 1) {
        throw new SuiteException("--seeds must be >= 1, got " + seedCount);
      }
      while (useSeeds.size() < seedCount) {
        useSeeds.add(useSeeds.isEmpty() ? 0L : useSeeds.get(useSeeds.size() - 1) + 1);
      }
      useSeeds = useSeeds.subList(0, seedCount);
    }
    Set<String> allAlgos = new LinkedHashSet<>();
    envs.forEach(e -> allAlgos.addAll(e.budgets().keySet()));
    Set<String> allEnvs = new LinkedHashSet<>();
    envs.forEach(e -> allEnvs.add(e.id()));
    requireKnown("--algos", algoFilter, allAlgos);
    requireKnown("--envs", envFilter, allEnvs);
    List<SuiteTask> out = new ArrayList<>();
    for (SuiteEnv e : envs) {
      if (envFilter != null && !envFilter.contains(e.id())) {
        continue;
      }
      for (Map.Entry<String, Long> b : e.budgets().entrySet()) {
        String algo = b.getKey();
        if (algoFilter != null && !algoFilter.contains(algo)) {
          continue;
        }
        Map<String, Object> hp = new LinkedHashMap<>(algorithms.getOrDefault(algo, Map.of()));
        hp.putAll(e.hyperparams().getOrDefault(algo, Map.of()));
        long budget = Math.max(1L, Math.round(b.getValue() * budgetScale));
        for (long seed : useSeeds) {
          out.add(
              new SuiteTask(
                  taskId(e.id(), e.kwargs(), algo, seed),
                  name,
                  e.id(),
                  e.kwargs(),
                  algo,
                  seed,
                  budget,
                  hp,
                  eval,
                  e.reference()));
        }
      }
    }
    return out;
  }

  private static void requireKnown(String option, Collection<String> given, Set<String> known) {
    if (given == null) {
      return;
    }
    for (String g : given) {
      if (!known.contains(g)) {
        throw new SuiteException(
            option + ": '" + g + "' is not in this suite; it has " + String.join(", ", known));
      }
    }
  }

  /**
   * The deterministic id of a task: {@code ENV__ALGO__seedN}, characters outside {@code
   * [A-Za-z0-9._-]} of the env id replaced by {@code -}, and {@code __k} plus 8 hex digits of a
   * hash of the kwargs (keys sorted) when the kwargs are not empty.
   */
  public static String taskId(String envId, Map<String, Object> kwargs, String algo, long seed) {
    String env = envId.replaceAll("[^A-Za-z0-9._-]", "-");
    String id = env + "__" + algo + "__seed" + seed;
    if (kwargs != null && !kwargs.isEmpty()) {
      try {
        byte[] json = SORTED.writeValueAsString(kwargs).getBytes(StandardCharsets.UTF_8);
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(json);
        id += "__k" + HexFormat.of().formatHex(hash, 0, 4);
      } catch (JsonProcessingException | NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    return id;
  }
}
