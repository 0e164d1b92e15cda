package dev.jymnasium.env.multiagent;

import java.util.Map;

/** The result of {@link ParallelEnv#reset}: per-agent observations and infos. */
public record ParallelReset<O>(
    Map<String, O> observations, Map<String, Map<String, Object>> infos) {}
