package dev.jymnasium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.render.VideoFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HelpAndMessagesTest {
  /** A Java class name in a message: {@code SomethingException}, {@code VideoFormat.GIF}. */
  private static final Pattern JAVA_NAMES =
      Pattern.compile("\\w+(Exception|Error)\\b|VideoFormat|RecordVideo|videoFolder|java\\.");

  @Test
  void rootHelpListsEveryCommandWithItsPurposeAndPointsToCommandHelp() {
    Cli.Result r = Cli.run("--help");
    assertEquals(0, r.exitCode(), r.err());
    CommandLine root = Jym.commandLine(System.in);
    for (var e : root.getSubcommands().entrySet()) {
      String purpose = purpose(e.getValue());
      assertTrue(
          r.out().contains(String.format("  %-15s%s%n", e.getKey(), purpose)),
          e.getKey() + " should be listed with its one-line purpose:\n" + r.out());
    }
    assertTrue(r.out().contains("Run 'jym COMMAND --help'"), r.out());
  }

  /** What the command list shows: the header, or else the first line of the description. */
  private static String purpose(CommandLine command) {
    var usage = command.getCommandSpec().usageMessage();
    return usage.header().length > 0 ? usage.header()[0] : usage.description()[0];
  }

  @Test
  void helpParagraphsAreWholeSentencesWrappedByPicocli() {
    // Lines broken by hand in a description become short fragments once picocli wraps them at
    // another width: each element must be a whole paragraph, and each purpose one short line.
    for (var e : Jym.commandLine(System.in).getSubcommands().entrySet()) {
      String[] description = e.getValue().getCommandSpec().usageMessage().description();
      assertTrue(
          purpose(e.getValue()).length() <= 80 - 17,
          e.getKey() + ": the one-line purpose is too long for the command list");
      for (String paragraph : description) {
        assertTrue(
            paragraph.replaceAll("%n$", "").matches("(?s).*[.:)}]$"),
            e.getKey() + ": not a whole sentence: " + paragraph);
      }
    }
  }

  @Test
  void commandHelpFitsEightyColumnsWhenTheTerminalIsUnknown() {
    for (String name : Jym.commandLine(System.in).getSubcommands().keySet()) {
      Cli.Result r = Cli.run(name, "--help");
      assertEquals(0, r.exitCode(), name + ": " + r.err());
      for (String line : r.out().split("\n")) {
        assertTrue(line.length() <= 80, name + ": line longer than 80 columns: " + line);
      }
    }
  }

  @Test
  void rolloutSaysWhenTheEpisodeEndsBeforeTheStepsAsked() {
    Cli.Result r = Cli.run("rollout", "CartPole-v1", "--seed", "0", "--steps", "1000");
    assertEquals(0, r.exitCode(), r.err());
    int lines = r.lines().length;
    assertTrue(lines < 1001, "a random CartPole episode is short");
    assertTrue(
        r.err().contains("the episode ended after " + (lines - 1) + " of the 1000 steps"), r.err());
  }

  @Test
  void rolloutThatRunsItsStepsSaysNothing() {
    Cli.Result r = Cli.run("rollout", "CartPole-v1", "--seed", "0", "--steps", "3");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
  }

  @Test
  void mp4WithoutFfmpegSpeaksInOptions() {
    Assumptions.assumeTrue(VideoFormat.preferred() == VideoFormat.GIF, "ffmpeg is installed");
    Cli.Result r =
        Cli.run("rollout", "CartPole-v1", "--seed", "0", "--steps", "3", "--record", "out.mp4");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("--record out.gif"), r.err());
    assertFalse(JAVA_NAMES.matcher(r.err()).find(), r.err());
  }

  @Test
  void badInputsAreReportedWithoutJavaNames() {
    String[][] runs = {
      {"rollout", "CartPole-v1", "--seed", "0", "--actions", "no-such-file.jsonl"},
      {"rollout", "CartPole-v1", "--seed", "0", "--steps", "3", "--record", "out.avi"},
      {"rollout", "CartPole-v1", "--seed", "0", "--steps", "3", "--kwargs", "{bad"},
      {"info", "NoSuchEnv-v0"},
      {"eval", "CartPole-v1", "--policy", "no-such-dir"},
      {"train", "CartPole-v1", "--algo", "nope", "--out", "unused"},
    };
    for (String[] args : runs) {
      Cli.Result r = Cli.run(args);
      assertTrue(r.exitCode() != 0, String.join(" ", args));
      assertFalse(JAVA_NAMES.matcher(r.err()).find(), String.join(" ", args) + ": " + r.err());
    }
  }

  @Test
  void unexpectedFailuresAreDescribedInWords() {
    assertEquals(
        "runs/x/policy.bin: no such file or directory",
        Jym.describe(new NoSuchFileException("runs/x/policy.bin")));
    assertEquals(
        "could not write out.gif: disk full",
        Jym.describe(
            new UncheckedIOException("could not write out.gif", new IOException("disk full"))));
    assertEquals("disk full", Jym.describe(new RuntimeException(new IOException("disk full"))));
    assertEquals("internal error", Jym.describe(new NullPointerException()));
  }

  @Test
  void recordedVideosAreReadableByTheGroup(@TempDir Path dir) throws IOException {
    Path gif = dir.resolve("cp.gif");
    Cli.Result r =
        Cli.run(
            "rollout", "CartPole-v1", "--seed", "0", "--steps", "3", "--record", gif.toString());
    Assumptions.assumeTrue(r.exitCode() == 0, "headless rendering is not available: " + r.err());
    assertTrue(Files.isRegularFile(gif));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "the recording folder is removed");
    }
    if (Files.getFileStore(gif).supportsFileAttributeView("posix")) {
      assertTrue(
          Files.getPosixFilePermissions(gif)
              .contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ));
    }
  }
}
