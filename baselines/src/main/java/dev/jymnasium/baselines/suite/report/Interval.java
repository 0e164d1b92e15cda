package dev.jymnasium.baselines.suite.report;

/**
 * A point estimate with a confidence interval.
 *
 * @param value the statistic on the data
 * @param low lower end of the interval
 * @param high upper end of the interval
 */
public record Interval(double value, double low, double high) {}
