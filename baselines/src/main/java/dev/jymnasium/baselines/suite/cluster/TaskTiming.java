package dev.jymnasium.baselines.suite.cluster;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A worker's timing of one task, sent with its result for the coordinator's overhead figures.
 *
 * @param idleMs from the slot's previous delivery to this task's claim (taking the task off the
 *     queue, checking its signature and claiming it), or -1 for the slot's first task
 * @param claimMs the claim alone (one round trip to the coordinator)
 * @param resultWriteMs the part of running the task that its own wall time leaves out (writing
 *     {@code result.json})
 * @param packMs zipping and signing the task directory
 * @param sentAtMicros when the worker had packed the result and began sending it, in microseconds
 *     since the epoch (compared with the coordinator's clock only on one machine)
 */
record TaskTiming(
    @JsonProperty("idle_ms") double idleMs,
    @JsonProperty("claim_ms") double claimMs,
    @JsonProperty("result_write_ms") double resultWriteMs,
    @JsonProperty("pack_ms") double packMs,
    @JsonProperty("sent_at_us") long sentAtMicros) {

  /** Microseconds since the epoch, on this machine's clock. */
  static long nowMicros() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }
}
