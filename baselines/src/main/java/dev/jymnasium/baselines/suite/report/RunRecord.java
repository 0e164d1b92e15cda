package dev.jymnasium.baselines.suite.report;

import java.nio.file.Path;

/**
 * One finished run of a suite, read from its {@code result.json}.
 *
 * @param taskId task id
 * @param suite suite name
 * @param envId env id
 * @param algo algorithm
 * @param seed training seed
 * @param meanReturn mean evaluation return (the run's score)
 * @param stdReturn standard deviation of the evaluation returns
 * @param episodes evaluation episodes
 * @param budgetSteps training budget in environment steps
 * @param randomReturn the random-policy return recorded with the run, or {@code null}
 * @param wallSeconds train and evaluation wall time
 * @param dir the task directory
 */
public record RunRecord(
    String taskId,
    String suite,
    String envId,
    String algo,
    long seed,
    double meanReturn,
    double stdReturn,
    int episodes,
    long budgetSteps,
    Double randomReturn,
    double wallSeconds,
    Path dir) {}
