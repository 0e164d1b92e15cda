/**
 * {@code jym suite report}: statistics over suite results after Agarwal et al. 2021 ("Deep
 * Reinforcement Learning at the Edge of the Statistical Precipice", the rliable library), tables,
 * PNG plots, a Markdown and an HTML report and long-format CSV files.
 */
package dev.jymnasium.baselines.suite.report;
