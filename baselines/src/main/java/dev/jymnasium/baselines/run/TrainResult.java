package dev.jymnasium.baselines.run;

import java.nio.file.Path;

/**
 * What {@link TrainRun} did.
 *
 * @param dir the run directory
 * @param steps environment steps the agent has taken in total
 * @param wallSeconds wall time of this call
 * @param stepsPerSecond environment steps per second in this call
 * @param recentReturn mean return of the last (up to 20) training episodes, or NaN
 * @param recentSuccessRate on a goal env, the mean {@code is_success} at the end of the last (up to
 *     20) training episodes; NaN for other envs
 */
public record TrainResult(
    Path dir,
    long steps,
    double wallSeconds,
    double stepsPerSecond,
    double recentReturn,
    double recentSuccessRate) {}
