/** JMH micro-benchmarks of env stepping and physics scenes. */
package dev.jymnasium.benchmarks;
