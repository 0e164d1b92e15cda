package dev.jymnasium.env.registry;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns keyword arguments into an env's config record and back. Each component of the record is a
 * kwarg named in snake_case and declared with {@link Kwarg} (default, range, doc); a component
 * whose type is a record contributes its own components as kwargs of the same level.
 *
 * <p>Accepted component types: {@code double}, {@code int}, {@code boolean}, {@code String}, their
 * boxed forms ({@code Double}, {@code Integer}, {@code Boolean}: may be {@code null}), {@code
 * double[]}, {@code int[]} and {@code List<String>}. Errors name the owner (the env id) and the
 * key: unknown keys list the accepted ones, a wrong type names the expected type and the value
 * given, an out-of-range value names the range.
 */
public final class ConfigBinder {
  private static final ClassValue<ConfigSchema> SCHEMAS =
      new ClassValue<>() {
        @Override
        protected ConfigSchema computeValue(Class<?> type) {
          return ConfigSchema.of(type.asSubclass(Record.class));
        }
      };

  private ConfigBinder() {}

  /** The config with every kwarg at its default. */
  public static <C extends Record> C defaults(Class<C> type) {
    return bind(type, type.getSimpleName(), Map.of());
  }

  /**
   * The config of {@code values}: given keys replace the defaults.
   *
   * @param owner what the kwargs are for (an env id), named in errors
   * @throws IllegalArgumentException for an unknown key, a wrong type or a value out of range
   */
  public static <C extends Record> C bind(Class<C> type, String owner, Map<String, ?> values) {
    ConfigSchema schema = SCHEMAS.get(type);
    Kwargs.rejectUnknown(owner, values.keySet(), schema.names());
    return type.cast(schema.instantiate(owner, values));
  }

  /** The config of {@code kwargs} (see {@link #bind(Class, String, Map)}); marks every key read. */
  public static <C extends Record> C bind(Class<C> type, Kwargs kwargs) {
    C config = bind(type, kwargs.owner(), kwargs.values());
    kwargs.values().keySet().forEach(kwargs::has);
    return config;
  }

  /**
   * {@code config} checked against its {@link Kwarg} declarations, as {@link #bind} checks kwargs:
   * for envs built from a record made in Java rather than from kwargs.
   *
   * @param owner what the config is for (an env id), named in errors
   * @return an equal config whose arrays are the env's own copies
   */
  @SuppressWarnings("unchecked")
  public static <C extends Record> C checked(C config, String owner) {
    return bind((Class<C>) config.getClass(), owner, toKwargs(config));
  }

  /** The record as kwargs: snake_case names in declaration order, arrays as lists. */
  public static Map<String, Object> toKwargs(Record config) {
    Map<String, Object> out = new LinkedHashMap<>();
    SCHEMAS.get(config.getClass()).write(config, out);
    return out;
  }

  /**
   * The kwargs of {@code type} with their types, defaults, accepted values and docs.
   *
   * @param defaults values that replace the record's defaults (an {@link EnvSpec}'s kwargs)
   */
  public static List<KwargInfo> describe(Class<? extends Record> type, Map<String, ?> defaults) {
    ConfigSchema schema = SCHEMAS.get(type);
    List<KwargInfo> out = new ArrayList<>();
    for (ConfigSchema.Leaf leaf : schema.leaves()) {
      Object value =
          defaults.containsKey(leaf.name())
              ? leaf.convert(type.getSimpleName(), defaults.get(leaf.name()))
              : leaf.defaultValue();
      out.add(
          new KwargInfo(
              leaf.name(), leaf.typeName(), ConfigSchema.text(value), leaf.accepted(), leaf.doc()));
    }
    return out;
  }

  /** A record component's kwarg name: {@code ctrlCostWeight} to {@code ctrl_cost_weight}. */
  public static String snakeCase(String camel) {
    StringBuilder b = new StringBuilder();
    for (char ch : camel.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        b.append('_').append(Character.toLowerCase(ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  static Constructor<?> canonicalConstructor(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    try {
      Constructor<?> c = type.getDeclaredConstructor(types);
      c.setAccessible(true);
      return c;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type + " has no canonical constructor", e);
    }
  }

  static Object construct(Constructor<?> constructor, String owner, Object[] args) {
    try {
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException iae) {
        throw new IllegalArgumentException(owner + ": " + iae.getMessage(), iae);
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The element type of {@code List<X>}, or null. */
  static Type listElement(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return p.getActualTypeArguments()[0];
    }
    return null;
  }
}
