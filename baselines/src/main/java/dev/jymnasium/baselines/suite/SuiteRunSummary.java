package dev.jymnasium.baselines.suite;

import java.util.List;

/**
 * What a {@link SuiteRunner#run} call did.
 *
 * @param total tasks selected
 * @param skipped tasks that already had a {@code result.json}
 * @param done tasks run to completion by this call
 * @param failed ids of the tasks that failed (their {@code error.txt} says why)
 * @param wallSeconds wall time of the call
 */
public record SuiteRunSummary(
    int total, int skipped, int done, List<String> failed, double wallSeconds) {}
