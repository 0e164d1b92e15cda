/**
 * Suites on several machines over Hazelcast: a coordinator member ({@code jym suite run --cluster})
 * offers tasks on a distributed queue, worker members ({@code jym worker --join}) run them and put
 * their task directories into a distributed map, and the coordinator writes them to the results
 * directory, the same files as a local run.
 */
package dev.jymnasium.baselines.suite.cluster;
