package dev.jymnasium.baselines.policy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Jymnasium's file of named float tensors plus JSON metadata, used for policies and training
 * checkpoints. Layout (big-endian): the 8 magic bytes {@code JYMTNSR1}, an int header length, a
 * UTF-8 JSON header {@code {"meta": {...}, "tensors": [[name, length], ...]}}, the float32 values
 * of each tensor in order, and a CRC32C of everything before it. Writes are atomic (a temporary
 * file moved into place), so a crash never leaves a half-written file.
 */
public record TensorFile(Map<String, Object> meta, Map<String, float[]> tensors) {
  private static final byte[] MAGIC = "JYMTNSR1".getBytes(StandardCharsets.US_ASCII);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Writes the file atomically, creating parent directories. */
  public void write(Path path) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    List<List<Object>> index = new ArrayList<>();
    tensors.forEach((k, v) -> index.add(List.of(k, v.length)));
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("meta", meta);
    header.put("tensors", index);
    byte[] h = JSON.writeValueAsBytes(header);
    out.write(MAGIC);
    out.writeInt(h.length);
    out.write(h);
    for (float[] v : tensors.values()) {
      for (float x : v) {
        out.writeFloat(x);
      }
    }
    out.flush();
    CRC32C crc = new CRC32C();
    crc.update(bytes.toByteArray());
    out.writeInt((int) crc.getValue());
    out.flush();
    AtomicFiles.write(path, bytes.toByteArray());
  }

  /**
   * Reads and verifies a file.
   *
   * @param what what the file should be, for messages (e.g. {@code "policy"})
   * @throws IOException naming the file when it is missing, not a Jymnasium file, truncated or
   *     corrupted
   */
  public static TensorFile read(Path path, String what) throws IOException {
    byte[] all;
    try {
      all = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new IOException(what + " file " + path + " does not exist", e);
    }
    String bad = what + " file " + path;
    if (all.length < MAGIC.length + 8
        || !java.util.Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new IOException(bad + " is not a Jymnasium " + what + " file (bad magic bytes)");
    }
    ByteBuffer buf = ByteBuffer.wrap(all);
    CRC32C crc = new CRC32C();
    crc.update(all, 0, all.length - 4);
    if ((int) crc.getValue() != buf.getInt(all.length - 4)) {
      throw new IOException(bad + " is corrupted or truncated (CRC32C checksum mismatch)");
    }
    buf.position(MAGIC.length);
    int headerLength = buf.getInt();
    Map<String, Object> header =
        JSON.readValue(
            all, MAGIC.length + 4, headerLength, new TypeReference<Map<String, Object>>() {});
    buf.position(MAGIC.length + 4 + headerLength);
    Map<String, float[]> tensors = new LinkedHashMap<>();
    @SuppressWarnings("unchecked")
    List<List<Object>> index = (List<List<Object>>) header.get("tensors");
    for (List<Object> entry : index) {
      float[] v = new float[((Number) entry.get(1)).intValue()];
      buf.asFloatBuffer().get(v);
      buf.position(buf.position() + 4 * v.length);
      tensors.put((String) entry.get(0), v);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> meta = (Map<String, Object>) header.get("meta");
    return new TensorFile(meta, tensors);
  }

  /** A required metadata entry. */
  public Object require(String key) {
    Object v = meta.get(key);
    if (v == null) {
      throw new IllegalArgumentException("file metadata lacks '" + key + "'");
    }
    return v;
  }
}
