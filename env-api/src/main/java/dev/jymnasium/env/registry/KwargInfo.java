package dev.jymnasium.env.registry;

/**
 * What one keyword argument of an env accepts, as {@code jym info} prints it.
 *
 * @param name the kwarg's name in snake_case
 * @param type its type in Python's words: {@code float}, {@code int}, {@code bool}, {@code str},
 *     {@code list[float]}, {@code list[int]}, {@code list[str]}, with {@code | None} when it may be
 *     absent
 * @param defaultValue the default as JSON-like text ({@code None} for no value)
 * @param accepted the accepted values or range as text ({@code [0, inf)}, {@code human |
 *     rgb_array}), empty when anything of the type is accepted
 * @param doc what the kwarg does, with its units
 */
public record KwargInfo(
    String name, String type, String defaultValue, String accepted, String doc) {}
