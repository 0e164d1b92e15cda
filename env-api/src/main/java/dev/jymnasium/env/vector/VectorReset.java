package dev.jymnasium.env.vector;

import java.util.Map;

/** The result of {@link VectorEnv#reset}: batched observations and batched infos. */
public record VectorReset<BO>(BO observations, Map<String, Object> infos) {}
