/**
 * The {@code jym} command line: list, info, check, rollout, render, bench, train, eval and demo.
 */
package dev.jymnasium.cli;
