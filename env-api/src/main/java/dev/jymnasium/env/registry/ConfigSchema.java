package dev.jymnasium.env.registry;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kwargs of one config record: a leaf per {@link Kwarg} component, a nested schema per record
 * component. Built once per record class by {@link ConfigBinder}; checks the declared defaults
 * then.
 */
final class ConfigSchema {
  /** How a kwarg's value is held. */
  enum Kind {
    DOUBLE("float"),
    INT("int"),
    BOOL("bool"),
    STRING("str"),
    DOUBLE_ARRAY("list[float]"),
    INT_ARRAY("list[int]"),
    STRING_LIST("list[str]");

    final String pythonName;

    Kind(String pythonName) {
      this.pythonName = pythonName;
    }
  }

  private final Constructor<?> constructor;
  private final RecordComponent[] components;

  /** Per component: a {@link Leaf} or a nested {@link ConfigSchema}. */
  private final Object[] parts;

  private final Set<String> names = new LinkedHashSet<>();
  private final List<Leaf> leaves = new ArrayList<>();

  private ConfigSchema(Class<? extends Record> type) {
    this.constructor = ConfigBinder.canonicalConstructor(type);
    this.components = type.getRecordComponents();
    this.parts = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      if (c.getType().isRecord()) {
        ConfigSchema group = new ConfigSchema(c.getType().asSubclass(Record.class));
        parts[i] = group;
        group.leaves.forEach(this::addLeaf);
      } else {
        Leaf leaf = Leaf.of(type, c);
        parts[i] = leaf;
        addLeaf(leaf);
      }
    }
  }

  static ConfigSchema of(Class<? extends Record> type) {
    return new ConfigSchema(type);
  }

  private void addLeaf(Leaf leaf) {
    if (!names.add(leaf.name)) {
      throw new IllegalStateException("kwarg '" + leaf.name + "' is declared twice");
    }
    leaves.add(leaf);
  }

  /** Every kwarg name, in declaration order. */
  Set<String> names() {
    return names;
  }

  List<Leaf> leaves() {
    return leaves;
  }

  /** The record of {@code values} (keys already checked), defaults for the absent ones. */
  Object instantiate(String owner, Map<String, ?> values) {
    Object[] args = new Object[parts.length];
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] instanceof ConfigSchema group) {
        args[i] = group.instantiate(owner, values);
      } else {
        Leaf leaf = (Leaf) parts[i];
        args[i] =
            values.containsKey(leaf.name)
                ? leaf.convert(owner, values.get(leaf.name))
                : copy(leaf.defaultValue);
      }
    }
    return ConfigBinder.construct(constructor, owner, args);
  }

  /** Puts the record's kwargs into {@code out}, arrays as lists. */
  void write(Object record, Map<String, Object> out) {
    for (int i = 0; i < parts.length; i++) {
      Object value = ConfigBinder.read(components[i], record);
      if (parts[i] instanceof ConfigSchema group) {
        group.write(value, out);
      } else {
        out.put(((Leaf) parts[i]).name, asList(value));
      }
    }
  }

  private static Object copy(Object value) {
    if (value instanceof double[] a) {
      return a.clone();
    }
    if (value instanceof int[] a) {
      return a.clone();
    }
    return value;
  }

  private static Object asList(Object value) {
    if (value instanceof double[] a) {
      return Arrays.stream(a).boxed().toList();
    }
    if (value instanceof int[] a) {
      return Arrays.stream(a).boxed().toList();
    }
    return value;
  }

  /** A value as JSON-like text ({@code None} for null, {@code inf} for infinity). */
  static String text(Object value) {
    Object v = asList(value);
    if (v == null) {
      return "None";
    }
    if (v instanceof String s) {
      return "\"" + s + "\"";
    }
    if (v instanceof Double d) {
      return number(d);
    }
    if (v instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      list.forEach(item -> items.add(text(item)));
      return "[" + String.join(", ", items) + "]";
    }
    return v.toString();
  }

  private static String number(double d) {
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    return Double.toString(d);
  }

  /** One kwarg: its name, kind, default and accepted values. */
  static final class Leaf {
    private final String name;
    private final Kind kind;
    private final boolean nullable;
    private final Kwarg decl;
    private Object defaultValue;

    private Leaf(String name, Kind kind, boolean nullable, Kwarg decl) {
      this.name = name;
      this.kind = kind;
      this.nullable = nullable;
      this.decl = decl;
    }

    static Leaf of(Class<?> owner, RecordComponent c) {
      Kwarg decl = c.getAnnotation(Kwarg.class);
      String where = owner.getName() + "." + c.getName();
      if (decl == null) {
        throw new IllegalStateException(where + " needs a @Kwarg declaration");
      }
      Class<?> t = c.getType();
      Kind kind;
      // None is accepted by boxed numbers and by kwargs whose default is None.
      boolean noDefault = decl.defaultValue().equals(Kwarg.NONE);
      if (noDefault && t.isPrimitive()) {
        throw new IllegalStateException(where + " is a primitive and needs a defaultValue");
      }
      boolean nullable =
          t == Double.class
              || t == Integer.class
              || t == Boolean.class
              || noDefault
              || decl.acceptsNone();
      if (t == double.class || t == Double.class) {
        kind = Kind.DOUBLE;
      } else if (t == int.class || t == Integer.class) {
        kind = Kind.INT;
      } else if (t == boolean.class || t == Boolean.class) {
        kind = Kind.BOOL;
      } else if (t == String.class) {
        kind = Kind.STRING;
      } else if (t == double[].class) {
        kind = Kind.DOUBLE_ARRAY;
      } else if (t == int[].class) {
        kind = Kind.INT_ARRAY;
      } else if (t == List.class && ConfigBinder.listElement(c.getGenericType()) == String.class) {
        kind = Kind.STRING_LIST;
      } else {
        throw new IllegalStateException(
            where
                + " has type "
                + c.getGenericType().getTypeName()
                + "; accepted: double, int, boolean, String (or boxed), double[], int[], List<String>");
      }
      Leaf leaf = new Leaf(ConfigBinder.snakeCase(c.getName()), kind, nullable, decl);
      try {
        leaf.defaultValue = leaf.parseDefault(decl.defaultValue());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("bad default of " + where + ": " + e.getMessage(), e);
      }
      return leaf;
    }

    String name() {
      return name;
    }

    String doc() {
      return decl.doc();
    }

    Object defaultValue() {
      return defaultValue;
    }

    String typeName() {
      return kind.pythonName + (nullable ? " | None" : "");
    }

    /** The accepted values as text: a range, a list of strings, or empty. */
    String accepted() {
      if (decl.oneOf().length > 0) {
        return String.join(" | ", decl.oneOf());
      }
      boolean bounded =
          decl.min() != Double.NEGATIVE_INFINITY || decl.max() != Double.POSITIVE_INFINITY;
      return bounded ? "[" + bound(decl.min()) + ", " + bound(decl.max()) + "]" : "";
    }

    /** A range bound as people write it: {@code 0}, {@code 0.5}, {@code inf}. */
    private static String bound(double value) {
      return value == Math.rint(value) && Math.abs(value) < 1e15
          ? Long.toString((long) value)
          : number(value);
    }

    private Object parseDefault(String text) {
      if (text.equals(Kwarg.NONE)) {
        return null;
      }
      return convert(
          "the declaration",
          switch (kind) {
            case DOUBLE -> parseNumber(text);
            case INT -> Integer.parseInt(text.trim());
            case BOOL -> parseBoolean(text);
            case STRING -> text;
            case DOUBLE_ARRAY, INT_ARRAY ->
                items(text).stream().map(ConfigSchema.Leaf::parseNumber).toList();
            case STRING_LIST -> items(text);
          });
    }

    private static List<String> items(String text) {
      String t = text.trim();
      if (t.startsWith("[") && t.endsWith("]")) {
        t = t.substring(1, t.length() - 1).trim();
      }
      return t.isEmpty() ? List.of() : Arrays.stream(t.split(",")).map(String::trim).toList();
    }

    private static double parseNumber(String text) {
      return switch (text.trim()) {
        case "inf", "Infinity" -> Double.POSITIVE_INFINITY;
        case "-inf", "-Infinity" -> Double.NEGATIVE_INFINITY;
        default -> Double.parseDouble(text.trim());
      };
    }

    private static boolean parseBoolean(String text) {
      return switch (text.trim()) {
        case "true" -> true;
        case "false" -> false;
        default -> throw new IllegalArgumentException("expected true or false, got " + text);
      };
    }

    /** {@code given} as this kwarg's Java value, checked against its type and range. */
    Object convert(String owner, Object given) {
      if (given == null) {
        if (nullable) {
          return null;
        }
        throw typeError(owner, given);
      }
      return switch (kind) {
        case DOUBLE -> checkRange(owner, toDouble(owner, given));
        case INT -> (int) checkRange(owner, toInt(owner, given));
        case BOOL -> {
          if (given instanceof Boolean b) {
            yield b;
          }
          throw typeError(owner, given);
        }
        case STRING -> checkOneOf(owner, given);
        case DOUBLE_ARRAY -> {
          List<?> list = toList(owner, given);
          double[] out = new double[list.size()];
          for (int i = 0; i < out.length; i++) {
            out[i] = checkRange(owner, toDouble(owner, list.get(i)));
          }
          yield out;
        }
        case INT_ARRAY -> {
          List<?> list = toList(owner, given);
          int[] out = new int[list.size()];
          for (int i = 0; i < out.length; i++) {
            out[i] = (int) checkRange(owner, toInt(owner, list.get(i)));
          }
          yield out;
        }
        case STRING_LIST -> {
          List<?> list = toList(owner, given);
          for (Object item : list) {
            if (!(item instanceof String)) {
              throw typeError(owner, given);
            }
          }
          yield List.copyOf(list);
        }
      };
    }

    private List<?> toList(String owner, Object given) {
      if (given instanceof List<?> list) {
        return list;
      }
      if (given instanceof double[] a) {
        return Arrays.stream(a).boxed().toList();
      }
      if (given instanceof int[] a) {
        return Arrays.stream(a).boxed().toList();
      }
      if (given instanceof Object[] a) {
        return Arrays.asList(a);
      }
      throw typeError(owner, given);
    }

    private double toDouble(String owner, Object given) {
      if (given instanceof Number n && !Double.isNaN(n.doubleValue())) {
        return n.doubleValue();
      }
      throw typeError(owner, given);
    }

    private int toInt(String owner, Object given) {
      if (given instanceof Number n) {
        double d = n.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
          return n.intValue();
        }
      }
      throw typeError(owner, given);
    }

    private double checkRange(String owner, double value) {
      if (value < decl.min() || value > decl.max()) {
        throw new IllegalArgumentException(
            "kwarg '"
                + name
                + "' of "
                + owner
                + " must be in "
                + accepted()
                + ", got "
                + bound(value));
      }
      return value;
    }

    private String checkOneOf(String owner, Object given) {
      if (!(given instanceof String s)) {
        throw typeError(owner, given);
      }
      if (decl.oneOf().length > 0 && !Arrays.asList(decl.oneOf()).contains(s)) {
        throw new IllegalArgumentException(
            "kwarg '"
                + name
                + "' of "
                + owner
                + " must be one of "
                + String.join(", ", decl.oneOf())
                + (nullable ? " or None" : "")
                + ", got \""
                + s
                + "\"");
      }
      return s;
    }

    private IllegalArgumentException typeError(String owner, Object given) {
      String shown = given instanceof String s ? "\"" + s + "\"" : text(given);
      String what = given == null ? "None" : shown + " (" + describeType(given) + ")";
      return new IllegalArgumentException(
          "kwarg '" + name + "' of " + owner + " expects " + typeName() + ", got " + what);
    }

    private static String describeType(Object given) {
      if (given instanceof String) {
        return "str";
      }
      if (given instanceof Boolean) {
        return "bool";
      }
      if (given instanceof Integer || given instanceof Long) {
        return "int";
      }
      if (given instanceof Number) {
        return "float";
      }
      if (given instanceof List<?> || given instanceof Object[] || given.getClass().isArray()) {
        return "list";
      }
      if (given instanceof Map<?, ?>) {
        return "dict";
      }
      return given.getClass().getSimpleName();
    }
  }
}
