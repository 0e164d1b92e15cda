package dev.jymnasium.env.multiagent;

import java.util.Map;

/** The result of {@link ParallelEnv#step}: per-agent observations, rewards, flags and infos. */
public record ParallelStep<O>(
    Map<String, O> observations,
    Map<String, Double> rewards,
    Map<String, Boolean> terminations,
    Map<String, Boolean> truncations,
    Map<String, Map<String, Object>> infos) {}
