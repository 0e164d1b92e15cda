package dev.jymnasium.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with left-aligned columns, or the same rows as a Markdown table. */
final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... header) {
    this.header = List.of(header);
  }

  TextTable row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(c == null ? "-" : c.toString());
    }
    rows.add(r);
    return this;
  }

  /** Columns padded to their widest cell, two spaces apart. */
  void print(PrintWriter out) {
    int[] width = new int[header.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = header.get(c).length();
      for (List<String> r : rows) {
        width[c] = Math.max(width[c], r.get(c).length());
      }
    }
    line(out, header, width);
    for (List<String> r : rows) {
      line(out, r, width);
    }
  }

  private static void line(PrintWriter out, List<String> cells, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      b.append(cell);
      if (c < cells.size() - 1) {
        b.append(" ".repeat(width[c] - cell.length() + 2));
      }
    }
    out.println(b);
  }

  /** A GitHub-flavoured Markdown table; {@code |} inside cells is escaped. */
  void printMarkdown(PrintWriter out) {
    out.println(mdRow(header));
    StringBuilder sep = new StringBuilder("|");
    for (int c = 0; c < header.size(); c++) {
      sep.append("---|");
    }
    out.println(sep);
    for (List<String> r : rows) {
      out.println(mdRow(r));
    }
  }

  private static String mdRow(List<String> cells) {
    StringBuilder b = new StringBuilder("|");
    for (String c : cells) {
      b.append(' ').append(c.replace("|", "\\|")).append(" |");
    }
    return b.toString();
  }
}
