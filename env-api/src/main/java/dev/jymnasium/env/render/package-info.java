/**
 * The neutral render model: envs describe what to draw as a {@link dev.jymnasium.env.render.Scene}
 * (2D shapes or 3D primitives) and a backend found through {@link java.util.ServiceLoader} turns it
 * into pixels.
 */
package dev.jymnasium.env.render;
