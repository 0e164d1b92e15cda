package dev.jymnasium.baselines.run;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * Writes scalars to a TensorBoard event file ({@code events.out.tfevents.<secs>.<host>}) without
 * TensorFlow: TFRecord framing (length, masked CRC32C of the length, data, masked CRC32C of the
 * data) around hand-encoded {@code Event{wall_time, step, summary{value{tag, simple_value}}}}
 * protobufs, preceded by the {@code brain.Event:2} file-version event.
 */
public final class TensorBoardWriter implements AutoCloseable {
  private final OutputStream out;

  /** Creates a new event file in {@code dir}. */
  public TensorBoardWriter(Path dir) throws IOException {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "localhost";
    }
    double now = System.currentTimeMillis() / 1000.0;
    Path file = dir.resolve("events.out.tfevents." + (long) now + "." + host);
    this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    writeDouble(e, 1, now);
    writeBytes(e, 3, "brain.Event:2".getBytes(StandardCharsets.UTF_8));
    record(e.toByteArray());
    out.flush();
  }

  /** Appends one scalar (buffered: see {@link #flush()}). */
  public void scalar(String tag, double value, long step) throws IOException {
    ByteArrayOutputStream v = new ByteArrayOutputStream();
    writeBytes(v, 1, tag.getBytes(StandardCharsets.UTF_8));
    key(v, 2, 5);
    v.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat((float) value).array());
    ByteArrayOutputStream summary = new ByteArrayOutputStream();
    writeBytes(summary, 1, v.toByteArray());
    ByteArrayOutputStream event = new ByteArrayOutputStream();
    writeDouble(event, 1, System.currentTimeMillis() / 1000.0);
    key(event, 2, 0);
    varint(event, step);
    writeBytes(event, 5, summary.toByteArray());
    record(event.toByteArray());
  }

  private void record(byte[] data) throws IOException {
    byte[] len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(data.length).array();
    out.write(len);
    out.write(le32(maskedCrc(len)));
    out.write(data);
    out.write(le32(maskedCrc(data)));
  }

  /** Writes the buffered records to the file. */
  public void flush() throws IOException {
    out.flush();
  }

  /** TFRecord's masked CRC32C: {@code ((crc >>> 15) | (crc << 17)) + 0xa282ead8}. */
  static int maskedCrc(byte[] data) {
    CRC32C c = new CRC32C();
    c.update(data);
    int crc = (int) c.getValue();
    return ((crc >>> 15) | (crc << 17)) + 0xa282ead8;
  }

  private static byte[] le32(int v) {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
  }

  private static void key(ByteArrayOutputStream o, int field, int wireType) {
    varint(o, ((long) field << 3) | wireType);
  }

  private static void varint(ByteArrayOutputStream o, long v) {
    while ((v & ~0x7FL) != 0) {
      o.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    o.write((int) v);
  }

  private static void writeDouble(ByteArrayOutputStream o, int field, double v) {
    key(o, field, 1);
    o.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(v).array());
  }

  private static void writeBytes(ByteArrayOutputStream o, int field, byte[] b) {
    key(o, field, 2);
    varint(o, b.length);
    o.writeBytes(b);
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
