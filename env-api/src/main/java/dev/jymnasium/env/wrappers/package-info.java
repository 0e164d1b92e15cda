/**
 * Gymnasium's wrappers: time limits, order enforcing, checking, action and observation transforms,
 * normalisation, frame stacking, episode statistics.
 */
package dev.jymnasium.env.wrappers;
