package dev.jymnasium.env.checker;

import java.util.List;

/**
 * What {@link EnvChecker#check} found: broken contracts ({@code failures}, what Gymnasium's {@code
 * check_env} asserts or raises) and soft problems ({@code warnings}, what it logs).
 *
 * @param failures one readable message per broken contract, in check order (unmodifiable)
 * @param warnings one readable message per soft problem, in check order (unmodifiable)
 */
public record CheckReport(List<String> failures, List<String> warnings) {
  public CheckReport {
    failures = List.copyOf(failures);
    warnings = List.copyOf(warnings);
  }

  /** Whether no check failed (warnings allowed). */
  public boolean passed() {
    return failures.isEmpty();
  }

  /** A multi-line summary: {@code FAIL: ...} lines, then {@code WARN: ...} lines. */
  public String format() {
    StringBuilder b = new StringBuilder();
    for (String f : failures) {
      b.append("FAIL: ").append(f).append('\n');
    }
    for (String w : warnings) {
      b.append("WARN: ").append(w).append('\n');
    }
    if (b.length() == 0) {
      b.append("OK\n");
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "CheckReport["
        + (passed() ? "passed" : failures.size() + " failure(s)")
        + ", "
        + warnings.size()
        + " warning(s)]";
  }
}
