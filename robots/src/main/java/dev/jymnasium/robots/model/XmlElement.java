package dev.jymnasium.robots.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One XML element of a model file with its attributes, children and source line. */
final class XmlElement {
  final String name;
  final int line;
  final Map<String, String> attributes = new LinkedHashMap<>();
  final List<XmlElement> children = new ArrayList<>();

  XmlElement(String name, int line) {
    this.name = name;
    this.line = line;
  }

  /** The attribute value, or null when absent. */
  String attribute(String key) {
    return attributes.get(key);
  }

  /** The children in document order (unmodifiable). */
  List<XmlElement> children() {
    return Collections.unmodifiableList(children);
  }

  /** Attribute names not in {@code allowed}, or an empty set. */
  Set<String> unknownAttributes(Set<String> allowed) {
    Set<String> unknown = new java.util.TreeSet<>(attributes.keySet());
    unknown.removeAll(allowed);
    return unknown;
  }
}
