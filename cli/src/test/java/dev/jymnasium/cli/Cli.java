package dev.jymnasium.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs {@code jym} in-process with captured standard output and error. */
final class Cli {
  record Result(int exitCode, String out, String err) {
    String[] lines() {
      return out.isEmpty() ? new String[0] : out.split("\n");
    }
  }

  private Cli() {}

  static Result run(String... args) {
    return runWithStdin("", args);
  }

  static Result runWithStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl =
        Jym.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
