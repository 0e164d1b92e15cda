package dev.jymnasium.robots.model;

import java.util.Set;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/**
 * Reads typed attribute values of one file, turning every problem into a {@link
 * ModelFormatException}.
 */
final class MjcfValues {
  final String source;

  /**
   * True when angles in the file are degrees ({@code <compiler angle="degree">}, MuJoCo's default).
   */
  boolean degrees = true;

  MjcfValues(String source) {
    this.source = source;
  }

  ModelFormatException error(XmlElement at, String message) {
    return new ModelFormatException(source, at == null ? 0 : at.line, message, null);
  }

  ModelFormatException error(XmlElement at, String message, Throwable cause) {
    return new ModelFormatException(source, at == null ? 0 : at.line, message, cause);
  }

  /** Fails on attributes outside {@code allowed}. */
  void allowOnly(XmlElement e, Set<String> allowed) {
    Set<String> unknown = e.unknownAttributes(allowed);
    if (!unknown.isEmpty()) {
      throw error(
          e,
          "<"
              + e.name
              + "> has unknown attribute"
              + (unknown.size() > 1 ? "s " : " ")
              + unknown
              + "; supported: "
              + new java.util.TreeSet<>(allowed));
    }
  }

  /** The attribute, or a fatal error naming it. */
  String required(XmlElement e, String key) {
    String value = e.attribute(key);
    if (value == null) {
      throw error(e, "<" + e.name + "> is missing required attribute '" + key + "'");
    }
    return value;
  }

  /** Between {@code min} and {@code max} finite numbers. */
  double[] numbers(XmlElement e, String key, String text, int min, int max) {
    String trimmed = text.trim();
    String[] parts = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    if (parts.length < min || parts.length > max) {
      String count = min == max ? String.valueOf(min) : min + " to " + max;
      throw error(
          e,
          "attribute '"
              + key
              + "' of <"
              + e.name
              + "> needs "
              + count
              + " numbers, got \""
              + text
              + "\"");
    }
    double[] out = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Double.parseDouble(parts[i]);
      } catch (NumberFormatException ex) {
        throw error(
            e, "attribute '" + key + "' of <" + e.name + ">: '" + parts[i] + "' is not a number");
      }
      if (!Double.isFinite(out[i])) {
        throw error(
            e, "attribute '" + key + "' of <" + e.name + ">: " + parts[i] + " is not finite");
      }
    }
    return out;
  }

  /** One number from {@code value}, or {@code fallback} when value is null. */
  double number(XmlElement e, String key, String value, double fallback) {
    return value == null ? fallback : numbers(e, key, value, 1, 1)[0];
  }

  double number(XmlElement e, String key, double fallback) {
    return number(e, key, e.attribute(key), fallback);
  }

  double nonNegative(XmlElement e, String key, String value, double fallback) {
    double v = number(e, key, value, fallback);
    if (v < 0) {
      throw error(e, "attribute '" + key + "' of <" + e.name + "> must be >= 0, got " + v);
    }
    return v;
  }

  Vector3d vector(XmlElement e, String key, Vector3d fallback) {
    String value = e.attribute(key);
    if (value == null) {
      return fallback;
    }
    double[] v = numbers(e, key, value, 3, 3);
    return new Vector3d(v[0], v[1], v[2]);
  }

  int bits(XmlElement e, String key, String value, int fallback) {
    double v = number(e, key, value, fallback);
    if (v != Math.rint(v) || v < 0 || v > 0xFFFF) {
      throw error(
          e,
          "attribute '"
              + key
              + "' of <"
              + e.name
              + "> must be an integer in [0, 65535], got "
              + value);
    }
    return (int) v;
  }

  /** "true", "false" or "auto" (null = auto). */
  Boolean tristate(XmlElement e, String key, String value) {
    if (value == null || value.equals("auto")) {
      return null;
    }
    if (value.equals("true")) {
      return true;
    }
    if (value.equals("false")) {
      return false;
    }
    throw error(
        e,
        "attribute '"
            + key
            + "' of <"
            + e.name
            + "> must be true, false or auto, got \""
            + value
            + "\"");
  }

  /** An angle in the file's unit, in radians. */
  double angle(double value) {
    return degrees ? Math.toRadians(value) : value;
  }

  /**
   * The orientation given by at most one of {@code quat} (w x y z), {@code axisangle}, {@code
   * euler} (intrinsic x, y, z) or {@code zaxis}; identity when none is given.
   */
  Quaterniond orientation(XmlElement e) {
    int given = 0;
    for (String key : new String[] {"quat", "axisangle", "euler", "zaxis"}) {
      given += e.attribute(key) == null ? 0 : 1;
    }
    if (given > 1) {
      throw error(e, "<" + e.name + "> gives more than one of quat, axisangle, euler, zaxis");
    }
    Quaterniond q = new Quaterniond();
    if (e.attribute("quat") != null) {
      double[] v = numbers(e, "quat", e.attribute("quat"), 4, 4);
      if (v[0] == 0 && v[1] == 0 && v[2] == 0 && v[3] == 0) {
        throw error(e, "quat of <" + e.name + "> must not be all zeros");
      }
      q.set(v[1], v[2], v[3], v[0]).normalize();
    } else if (e.attribute("axisangle") != null) {
      double[] v = numbers(e, "axisangle", e.attribute("axisangle"), 4, 4);
      Vector3d axis = new Vector3d(v[0], v[1], v[2]);
      if (axis.lengthSquared() == 0) {
        throw error(e, "axisangle of <" + e.name + "> has a zero axis");
      }
      q.fromAxisAngleRad(axis.normalize(), angle(v[3]));
    } else if (e.attribute("euler") != null) {
      double[] v = numbers(e, "euler", e.attribute("euler"), 3, 3);
      q.rotateX(angle(v[0])).rotateY(angle(v[1])).rotateZ(angle(v[2]));
    } else if (e.attribute("zaxis") != null) {
      double[] v = numbers(e, "zaxis", e.attribute("zaxis"), 3, 3);
      Vector3d z = new Vector3d(v[0], v[1], v[2]);
      if (z.lengthSquared() == 0) {
        throw error(e, "zaxis of <" + e.name + "> must not be zero");
      }
      q.rotationTo(new Vector3d(0, 0, 1), z.normalize());
    }
    return q;
  }
}
