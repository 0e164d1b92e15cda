/**
 * Vector envs: synchronous and threaded, Gymnasium's autoreset modes, batched spaces and infos with
 * {@code _key} masks, observations in one flat array per batch.
 */
package dev.jymnasium.env.vector;
