package dev.jymnasium.baselines.suite.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jymnasium.baselines.policy.AtomicFiles;
import dev.jymnasium.baselines.suite.SuiteException;
import dev.jymnasium.baselines.suite.SuiteRunner;
import dev.jymnasium.baselines.suite.SuiteTask;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * What travels between members, signed with the cluster secret: a task as {@code HMAC:JSON} text,
 * and a finished task directory as the 32-byte HMAC followed by a zip of its files.
 */
final class Wire {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAC_BYTES = 32;

  /** Zip entry of a packed result with the worker's timing; never a file of the task. */
  static final String TIMING_ENTRY = ".jym-cluster-timing.json";

  private Wire() {}

  static String encodeTask(ClusterSettings s, SuiteTask t) throws IOException {
    byte[] json = JSON.writeValueAsBytes(t);
    return HexFormat.of().formatHex(s.mac(json)) + ":" + new String(json, StandardCharsets.UTF_8);
  }

  /**
   * The task in {@code text}.
   *
   * @throws SuiteException when the signature does not match (another secret, or forged)
   */
  static SuiteTask decodeTask(ClusterSettings s, String text) throws IOException {
    int colon = text.indexOf(':');
    byte[] json = text.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
    if (colon != 2 * MAC_BYTES
        || !s.verify(json, HexFormat.of().parseHex(text.substring(0, colon)))) {
      throw new SuiteException("a task with a bad signature was dropped (another secret?)");
    }
    return JSON.readValue(json, SuiteTask.class);
  }

  /**
   * The files of {@code dir} (a finished task) and the worker's timing of it, zipped and signed.
   *
   * @param timing called once the files are in, with the nanoseconds they took; {@code null} for no
   *     timing
   */
  static byte[] packResult(ClusterSettings s, Path dir, LongFunction<TaskTiming> timing)
      throws IOException {
    long t0 = System.nanoTime();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes);
        Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = dir.relativize(f).toString().replace('\\', '/');
        // weights and pictures hardly shrink (a PPO checkpoint by 7%): copied as they are; text
        // (metrics, TensorBoard events, JSON) at the fastest level
        zip.setLevel(incompressible(name) ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(f, zip);
        zip.closeEntry();
      }
      if (timing != null) {
        zip.putNextEntry(new ZipEntry(TIMING_ENTRY));
        zip.write(JSON.writeValueAsBytes(timing.apply(System.nanoTime() - t0)));
        zip.closeEntry();
      }
    }
    return sign(s, bytes.toByteArray());
  }

  /**
   * A failed task whose directory could not be packed: only {@code error.txt} with the stack trace
   * of {@code e}, signed, so that the coordinator records the failure instead of waiting for it.
   */
  static byte[] packError(ClusterSettings s, Throwable e) throws IOException {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(SuiteRunner.ERROR));
      zip.write(trace.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return sign(s, bytes.toByteArray());
  }

  private static byte[] sign(ClusterSettings s, byte[] body) {
    byte[] out = Arrays.copyOf(s.mac(body), MAC_BYTES + body.length);
    System.arraycopy(body, 0, out, MAC_BYTES, body.length);
    return out;
  }

  private static boolean incompressible(String name) {
    return name.endsWith(".bin") || name.endsWith(".png");
  }

  /**
   * What {@link #unpack} found besides the files it wrote.
   *
   * @param result the content of {@code result.json}, or {@code null} for a failed task
   * @param timing the worker's timing of the task, or {@code null} when it sent none
   */
  record Unpacked(byte[] result, TaskTiming timing) {}

  /**
   * Writes a packed task directory to {@code dir} (cleared first), {@code result.json} last and
   * atomically, so that a directory with a {@code result.json} is always complete.
   *
   * @throws SuiteException for a bad signature or a file name leaving {@code dir}
   */
  static Unpacked unpack(ClusterSettings s, byte[] packed, Path dir) throws IOException {
    byte[] body = Arrays.copyOfRange(packed, Math.min(MAC_BYTES, packed.length), packed.length);
    if (packed.length < MAC_BYTES || !s.verify(body, Arrays.copyOf(packed, MAC_BYTES))) {
      throw new SuiteException("a result with a bad signature was dropped (another secret?)");
    }
    SuiteRunner.clear(dir);
    byte[] result = null;
    TaskTiming timing = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        byte[] content = zip.readAllBytes();
        if (e.getName().equals(TIMING_ENTRY)) {
          timing = JSON.readValue(content, TaskTiming.class);
          continue;
        }
        Path to = dir.resolve(e.getName()).normalize();
        if (!to.startsWith(dir) || e.isDirectory()) {
          throw new SuiteException("a result holds a bad file name: " + e.getName());
        }
        if (to.equals(dir.resolve(SuiteRunner.RESULT))) {
          result = content;
        } else {
          // no temporary file and rename for these: until result.json is in place the directory
          // counts as unfinished, and a rerun clears it
          Files.createDirectories(to.getParent());
          Files.write(to, content);
        }
      }
    }
    if (result != null) {
      AtomicFiles.write(dir.resolve(SuiteRunner.RESULT), result);
    }
    return new Unpacked(result, timing);
  }
}
