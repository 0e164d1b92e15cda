package dev.jymnasium.render;

import dev.jymnasium.env.render.RgbFrame;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written with the JDK's GIF encoder (each frame reduced to 256 colours), looping
 * forever. GIF delays are in hundredths of a second, so each frame's delay is rounded such that the
 * total duration tracks the requested frame rate.
 */
final class GifWriter implements VideoWriter {
  private final Path path;
  private final double fps;
  private final ImageWriter writer;
  private final ImageOutputStream out;
  private int frames;
  private int width;
  private int height;
  private boolean closed;

  GifWriter(Path path, double fps) {
    if (!(fps > 0)) {
      throw new IllegalArgumentException("fps must be > 0, got " + fps);
    }
    this.path = path;
    this.fps = fps;
    writer = ImageIO.getImageWritersByFormatName("gif").next();
    try {
      Files.deleteIfExists(path);
      out = ImageIO.createImageOutputStream(path.toFile());
      if (out == null) {
        throw new IOException("cannot open " + path);
      }
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write GIF " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void write(RgbFrame frame) {
    if (frames == 0) {
      width = frame.width();
      height = frame.height();
    } else if (frame.width() != width || frame.height() != height) {
      throw new IllegalArgumentException(
          "video frames must all be "
              + width
              + "x"
              + height
              + ", got "
              + frame.width()
              + "x"
              + frame.height());
    }
    BufferedImage image = FrameImages.toImage(frame);
    int delay = (int) (Math.round(100.0 * (frames + 1) / fps) - Math.round(100.0 * frames / fps));
    try {
      IIOMetadata metadata = metadata(image, Math.max(delay, 1), frames == 0);
      writer.writeToSequence(new IIOImage(image, null, metadata), null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write GIF " + path + ": " + e.getMessage(), e);
    }
    frames++;
  }

  private IIOMetadata metadata(BufferedImage image, int delayCentis, boolean first)
      throws IIOInvalidTreeException {
    ImageWriteParam param = writer.getDefaultWriteParam();
    IIOMetadata metadata =
        writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
    String format = metadata.getNativeMetadataFormatName();
    IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
    IIOMetadataNode control = child(root, "GraphicControlExtension");
    control.setAttribute("disposalMethod", "none");
    control.setAttribute("userInputFlag", "FALSE");
    control.setAttribute("transparentColorFlag", "FALSE");
    control.setAttribute("delayTime", Integer.toString(delayCentis));
    control.setAttribute("transparentColorIndex", "0");
    if (first) {
      IIOMetadataNode apps = child(root, "ApplicationExtensions");
      IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
      loop.setAttribute("applicationID", "NETSCAPE");
      loop.setAttribute("authenticationCode", "2.0");
      loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
      apps.appendChild(loop);
    }
    metadata.setFromTree(format, root);
    return metadata;
  }

  private static IIOMetadataNode child(IIOMetadataNode root, String name) {
    for (int i = 0; i < root.getLength(); i++) {
      if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
        return (IIOMetadataNode) root.item(i);
      }
    }
    IIOMetadataNode node = new IIOMetadataNode(name);
    root.appendChild(node);
    return node;
  }

  /** Number of frames written so far. */
  int frames() {
    return frames;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      writer.endWriteSequence();
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish GIF " + path + ": " + e.getMessage(), e);
    } finally {
      writer.dispose();
    }
  }
}
