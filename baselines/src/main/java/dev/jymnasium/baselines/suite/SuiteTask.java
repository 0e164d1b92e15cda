package dev.jymnasium.baselines.suite;

import java.util.Map;

/**
 * One (env, algorithm, seed) run of a suite.
 *
 * @param id deterministic id, {@code ENV__ALGO__seedN} (plus a kwargs hash when the env has kwargs)
 * @param suite suite name
 * @param envId registered env id
 * @param envKwargs env kwargs
 * @param algo algorithm
 * @param seed training seed
 * @param budget total environment steps (after {@code --budget-scale})
 * @param hyperparams overrides: the suite's for the algorithm, then the env's
 * @param eval evaluation protocol
 * @param reference the env's reference scores
 */
public record SuiteTask(
    String id,
    String suite,
    String envId,
    Map<String, Object> envKwargs,
    String algo,
    long seed,
    long budget,
    Map<String, Object> hyperparams,
    EvalProtocol eval,
    ReferenceScores reference) {}
