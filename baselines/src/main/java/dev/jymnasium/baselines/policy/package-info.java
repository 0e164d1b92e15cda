/** Trained policies: acting from observations, saving to and loading from checkpoint files. */
package dev.jymnasium.baselines.policy;
