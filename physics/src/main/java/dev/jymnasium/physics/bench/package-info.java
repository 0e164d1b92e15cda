/** Benchmark scenes that run the same on every engine ({@code jym bench-physics}). */
package dev.jymnasium.physics.bench;
