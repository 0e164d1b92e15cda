package dev.jymnasium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code jym rollout --actions -} as a closed loop: the command runs on its own thread, reading a
 * blocking stdin that hands out one line per read, and writing to a stdout whose lines become
 * visible only when flushed, as through a pipe to another process.
 */
@Timeout(60)
class RolloutStreamTest {
  static final ObjectMapper M = new ObjectMapper();

  /** Long enough for a loaded 2-core machine, short enough to fail a deadlock quickly. */
  static final long WAIT_S = 20;

  /** A stdin fed line by line by the test; each read blocks until a line (or EOF) is sent. */
  static final class BlockingStdin extends InputStream {
    private static final byte[] EOF = new byte[0];
    private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private final AtomicInteger linesRead = new AtomicInteger();
    private boolean ended;

    void send(String line) {
      chunks.add((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    void sendEof() {
      chunks.add(EOF);
    }

    /** Lines the command has taken so far. */
    int linesRead() {
      return linesRead.get();
    }

    @Override
    public int read() {
      throw new UnsupportedOperationException("the command reads through a Reader");
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (ended) {
        return -1;
      }
      byte[] chunk;
      try {
        chunk = chunks.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
      if (chunk == EOF) {
        ended = true;
        return -1;
      }
      // Test lines are short; one line per read is what makes linesRead exact.
      assertTrue(chunk.length <= len);
      System.arraycopy(chunk, 0, b, off, chunk.length);
      linesRead.incrementAndGet();
      return chunk.length;
    }

    @Override
    public int available() {
      return 0;
    }
  }

  /** A line of standard output as the other end sees it, with the stdin lines read by then. */
  record Flushed(String line, int linesReadBefore) {}

  /** Standard output whose text reaches the reader only on flush. */
  static final class FlushedLines extends Writer {
    private final StringBuilder pending = new StringBuilder();
    private final BlockingQueue<Flushed> lines = new LinkedBlockingQueue<>();
    private final BlockingStdin stdin;

    FlushedLines(BlockingStdin stdin) {
      this.stdin = stdin;
    }

    @Override
    public synchronized void write(char[] cbuf, int off, int len) {
      pending.append(cbuf, off, len);
    }

    @Override
    public synchronized void flush() {
      int nl;
      while ((nl = pending.indexOf("\n")) >= 0) {
        lines.add(new Flushed(pending.substring(0, nl), stdin.linesRead()));
        pending.delete(0, nl + 1);
      }
    }

    @Override
    public void close() {
      flush();
    }

    /** The next flushed line, or null when none comes within {@link #WAIT_S}. */
    Flushed next() throws InterruptedException {
      return lines.poll(WAIT_S, TimeUnit.SECONDS);
    }

    /** Lines flushed and not yet taken. */
    List<Flushed> drain() {
      List<Flushed> rest = new ArrayList<>();
      lines.drainTo(rest);
      return rest;
    }
  }

  /** The command running on its own thread. */
  static final class Running {
    final BlockingStdin stdin = new BlockingStdin();
    final FlushedLines out = new FlushedLines(stdin);
    final StringWriter err = new StringWriter();
    final CompletableFuture<Integer> exit;

    Running(String... args) {
      CommandLine cl = Jym.commandLine(stdin);
      // No autoflush: only the command's own flushes may make lines visible.
      cl.setOut(new PrintWriter(out, false));
      cl.setErr(new PrintWriter(err, true));
      exit = CompletableFuture.supplyAsync(() -> cl.execute(args));
    }

    Flushed next() throws InterruptedException {
      Flushed f = out.next();
      assertNotNull(f, "no line within " + WAIT_S + " s; stderr: " + err);
      return f;
    }

    int exitCode() throws Exception {
      return exit.get(WAIT_S, TimeUnit.SECONDS);
    }
  }

  @Test
  void aControllerChoosesEachActionFromTheObservationItJustRead(@TempDir Path dir)
      throws Exception {
    Running run = new Running("rollout", "CartPole-v1", "--seed", "3", "--actions", "-");
    List<String> lines = new ArrayList<>();
    StringBuilder sent = new StringBuilder();
    // Push the cart toward the side the pole falls to: keeps it up well past 30 steps.
    for (int k = 0; k <= 30; k++) {
      Flushed f = run.next();
      // Line k is visible after exactly k action lines were read: none read ahead, none owed.
      assertEquals(k, f.linesReadBefore(), f.line());
      JsonNode n = M.readTree(f.line());
      assertEquals(k, n.get("step").asInt());
      assertFalse(n.get("terminated").asBoolean() || n.get("truncated").asBoolean(), f.line());
      lines.add(f.line());
      if (k == 30) {
        break;
      }
      JsonNode obs = n.get("obs");
      int action = obs.get(2).asDouble() + 0.5 * obs.get(3).asDouble() > 0 ? 1 : 0;
      run.stdin.send(Integer.toString(action));
      sent.append(action).append('\n');
    }
    // EOF ends the rollout normally after the last step.
    run.stdin.sendEof();
    assertEquals(0, run.exitCode(), run.err.toString());
    assertEquals(List.of(), run.out.drain());
    assertEquals("", run.err.toString());
    // The same actions from a file give the same lines.
    Path file = dir.resolve("actions.txt");
    Files.writeString(file, sent, StandardCharsets.UTF_8);
    Cli.Result fromFile =
        Cli.run("rollout", "CartPole-v1", "--seed", "3", "--actions", file.toString());
    assertEquals(String.join("\n", lines) + "\n", fromFile.out());
  }

  @Test
  void inputSentAheadIsStillReadOneLinePerStep() throws Exception {
    Running run = new Running("rollout", "CartPole-v1", "--seed", "42", "--actions", "-");
    for (String a : new String[] {"1", "", "1", "0"}) {
      run.stdin.send(a);
    }
    run.stdin.sendEof();
    // The blank line is read too, and makes no line of its own.
    int[] readBefore = {0, 1, 3, 4};
    for (int k = 0; k < 4; k++) {
      Flushed f = run.next();
      assertEquals(k, M.readTree(f.line()).get("step").asInt());
      assertEquals(readBefore[k], f.linesReadBefore(), f.line());
    }
    assertEquals(0, run.exitCode(), run.err.toString());
    assertEquals(List.of(), run.out.drain());
  }

  @Test
  void theEpisodeEndEndsTheRolloutWithoutReadingFurther() throws Exception {
    Running run =
        new Running(
            "rollout",
            "CartPole-v1",
            "--seed",
            "1",
            "--actions",
            "-",
            "--kwargs",
            "{\"max_episode_steps\": 3}");
    for (int i = 0; i < 6; i++) {
      run.stdin.send("1");
    }
    // No EOF: the command must stop on its own after the truncated step.
    assertEquals(0, run.exitCode(), run.err.toString());
    List<Flushed> lines = run.out.drain();
    assertEquals(4, lines.size());
    JsonNode last = M.readTree(lines.get(3).line());
    assertTrue(last.get("truncated").asBoolean(), lines.get(3).line());
    assertEquals(3, run.stdin.linesRead());
  }

  @Test
  void aBadLineExitsTwoAfterTheLinesAlreadyWritten() throws Exception {
    Running run = new Running("rollout", "CartPole-v1", "--seed", "42", "--actions", "-");
    assertEquals(0, run.next().linesReadBefore());
    run.stdin.send("1");
    assertEquals(1, run.next().linesReadBefore());
    run.stdin.send("");
    run.stdin.send("[0]");
    assertEquals(2, run.exitCode());
    assertEquals(List.of(), run.out.drain());
    String[] err = run.err.toString().split("\n");
    assertEquals(1, err.length, run.err.toString());
    assertTrue(err[0].contains("bad action on line 3 of stdin: [0]"), err[0]);
    assertTrue(err[0].contains("Discrete(2)"), err[0]);
  }

  @Test
  void eofBeforeAnyActionLeavesOnlyTheResetLine() throws Exception {
    Running run = new Running("rollout", "CartPole-v1", "--seed", "42", "--actions", "-");
    assertEquals(0, M.readTree(run.next().line()).get("step").asInt());
    run.stdin.sendEof();
    assertEquals(0, run.exitCode(), run.err.toString());
    assertEquals(List.of(), run.out.drain());
  }
}
