/**
 * Training and evaluation runs as {@code jym train} and {@code jym eval} drive them: options, run
 * directories, metrics files and learning curves.
 */
package dev.jymnasium.baselines.run;
