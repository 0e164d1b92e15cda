/**
 * The Gymnasium env API in Java: {@link dev.jymnasium.env.Env} with final {@code reset}/{@code
 * step} that seed, validate and render in one place, wrappers, and the reused {@link
 * dev.jymnasium.env.Step} results.
 */
package dev.jymnasium.env;
