package dev.jymnasium.baselines.suite.report;

import java.util.ArrayList;
import java.util.List;

/** A report as a list of blocks, written once as Markdown and once as a standalone HTML page. */
final class ReportDoc {
  private sealed interface Block permits Heading, Paragraph, Table, Image {}

  private record Heading(int level, String text) implements Block {}

  private record Paragraph(String text) implements Block {}

  private record Table(List<String> header, List<List<String>> rows) implements Block {}

  private record Image(String file, String alt) implements Block {}

  private final List<Block> blocks = new ArrayList<>();

  void heading(int level, String text) {
    blocks.add(new Heading(level, text));
  }

  void paragraph(String text) {
    blocks.add(new Paragraph(text));
  }

  void table(List<String> header, List<List<String>> rows) {
    blocks.add(new Table(List.copyOf(header), List.copyOf(rows)));
  }

  void image(String file, String alt) {
    blocks.add(new Image(file, alt));
  }

  String toMarkdown() {
    StringBuilder s = new StringBuilder();
    for (Block b : blocks) {
      if (b instanceof Heading h) {
        s.append("#".repeat(h.level())).append(' ').append(h.text()).append('\n');
      } else if (b instanceof Paragraph p) {
        s.append(p.text()).append('\n');
      } else if (b instanceof Table t) {
        s.append(row(t.header())).append('\n');
        s.append("|---".repeat(t.header().size())).append("|\n");
        for (List<String> r : t.rows()) {
          s.append(row(r)).append('\n');
        }
      } else if (b instanceof Image i) {
        s.append("![").append(i.alt()).append("](").append(i.file()).append(")\n");
      }
      s.append('\n');
    }
    return s.toString();
  }

  String toHtml(String title) {
    StringBuilder s = new StringBuilder();
    s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;max-width:1000px;margin:2em auto;padding:0 1em}\n")
        .append("table{border-collapse:collapse;margin:1em 0}\n")
        .append("th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}\n")
        .append("th:first-child,td:first-child{text-align:left}\n")
        .append("img{max-width:100%}\n</style>\n</head>\n<body>\n");
    for (Block b : blocks) {
      if (b instanceof Heading h) {
        String tag = "h" + h.level();
        s.append('<').append(tag).append('>').append(esc(h.text())).append("</").append(tag);
        s.append(">\n");
      } else if (b instanceof Paragraph p) {
        s.append("<p>").append(esc(p.text())).append("</p>\n");
      } else if (b instanceof Table t) {
        s.append("<table>\n<tr>");
        t.header().forEach(c -> s.append("<th>").append(esc(c)).append("</th>"));
        s.append("</tr>\n");
        for (List<String> r : t.rows()) {
          s.append("<tr>");
          r.forEach(c -> s.append("<td>").append(esc(c)).append("</td>"));
          s.append("</tr>\n");
        }
        s.append("</table>\n");
      } else if (b instanceof Image i) {
        s.append("<p><img src=\"").append(esc(i.file())).append("\" alt=\"");
        s.append(esc(i.alt())).append("\"></p>\n");
      }
    }
    return s.append("</body>\n</html>\n").toString();
  }

  private static String row(List<String> cells) {
    StringBuilder s = new StringBuilder("|");
    for (String c : cells) {
      s.append(' ').append(c.replace("|", "\\|")).append(" |");
    }
    return s.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
