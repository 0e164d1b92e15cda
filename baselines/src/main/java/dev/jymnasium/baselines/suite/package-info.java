/**
 * Benchmark suites as data ({@code dev/jymnasium/suites/NAME.json} resources listed in {@code
 * dev/jymnasium/suites/index}) and the local runner behind {@code jym suite run}.
 */
package dev.jymnasium.baselines.suite;
