package dev.jymnasium.baselines.suite;

import java.util.Map;

/**
 * One env of a suite.
 *
 * @param id registered env id
 * @param kwargs env constructor kwargs (may be empty)
 * @param budgets total environment steps per algorithm; its keys are the algorithms run on this env
 * @param hyperparams per-algorithm overrides for this env, applied over the suite's
 * @param reference reference scores for normalisation
 */
public record SuiteEnv(
    String id,
    Map<String, Object> kwargs,
    Map<String, Long> budgets,
    Map<String, Map<String, Object>> hyperparams,
    ReferenceScores reference) {}
