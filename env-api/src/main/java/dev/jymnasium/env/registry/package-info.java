/**
 * Env ids, specs and {@code Gym.make}: providers found through {@link java.util.ServiceLoader}, and
 * typed env configs bound from kwargs ({@link dev.jymnasium.env.registry.Kwarg}, {@link
 * dev.jymnasium.env.registry.ConfigBinder}).
 */
package dev.jymnasium.env.registry;
