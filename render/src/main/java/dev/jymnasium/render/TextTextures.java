package dev.jymnasium.render;

import static org.lwjgl.opengl.GL11.GL_NEAREST;
import static org.lwjgl.opengl.GL11.GL_RED;
import static org.lwjgl.opengl.GL11.GL_TEXTURE_2D;
import static org.lwjgl.opengl.GL11.GL_TEXTURE_MAG_FILTER;
import static org.lwjgl.opengl.GL11.GL_TEXTURE_MIN_FILTER;
import static org.lwjgl.opengl.GL11.GL_TEXTURE_WRAP_S;
import static org.lwjgl.opengl.GL11.GL_TEXTURE_WRAP_T;
import static org.lwjgl.opengl.GL11.GL_UNPACK_ALIGNMENT;
import static org.lwjgl.opengl.GL11.GL_UNSIGNED_BYTE;
import static org.lwjgl.opengl.GL11.glBindTexture;
import static org.lwjgl.opengl.GL11.glDeleteTextures;
import static org.lwjgl.opengl.GL11.glGenTextures;
import static org.lwjgl.opengl.GL11.glPixelStorei;
import static org.lwjgl.opengl.GL11.glTexImage2D;
import static org.lwjgl.opengl.GL11.glTexParameteri;
import static org.lwjgl.opengl.GL12.GL_CLAMP_TO_EDGE;
import static org.lwjgl.opengl.GL30.GL_R8;

import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lwjgl.system.MemoryUtil;

/**
 * Text bitmaps uploaded as one-channel textures, kept for reuse (scores and labels repeat from
 * frame to frame); the least recently used are deleted past {@link #CAPACITY}.
 */
final class TextTextures {
  static final int CAPACITY = 256;

  /** An uploaded text bitmap. */
  record Entry(int texture, int width, int height, int descent) {}

  private record Key(String text, double sizePx) {}

  private final Map<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

  /** The texture of {@code text} at {@code sizePx}, rasterised and uploaded on first use. */
  Entry get(String text, double sizePx) {
    Key key = new Key(text, sizePx);
    Entry e = entries.get(key);
    if (e == null) {
      e = upload(TextRaster.rasterize(text, sizePx));
      entries.put(key, e);
      if (entries.size() > CAPACITY) {
        Iterator<Entry> oldest = entries.values().iterator();
        glDeleteTextures(oldest.next().texture());
        oldest.remove();
      }
    }
    return e;
  }

  private static Entry upload(TextRaster.Bitmap b) {
    int tex = glGenTextures();
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    ByteBuffer pixels = MemoryUtil.memAlloc(b.coverage().length);
    try {
      pixels.put(b.coverage()).flip();
      glTexImage2D(
          GL_TEXTURE_2D, 0, GL_R8, b.width(), b.height(), 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    } finally {
      MemoryUtil.memFree(pixels);
    }
    return new Entry(tex, b.width(), b.height(), b.descent());
  }

  /** Deletes every texture. */
  void clear() {
    for (Entry e : entries.values()) {
      glDeleteTextures(e.texture());
    }
    entries.clear();
  }
}
