/**
 * Wrappers of vector envs (episode statistics, normalisation) as Gymnasium's {@code
 * gymnasium.wrappers.vector}.
 */
package dev.jymnasium.env.vector.wrappers;
