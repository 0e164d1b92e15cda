package dev.jymnasium.render;

import static org.lwjgl.opengl.GL20.GL_COMPILE_STATUS;
import static org.lwjgl.opengl.GL20.GL_FRAGMENT_SHADER;
import static org.lwjgl.opengl.GL20.GL_LINK_STATUS;
import static org.lwjgl.opengl.GL20.GL_VERTEX_SHADER;
import static org.lwjgl.opengl.GL20.glAttachShader;
import static org.lwjgl.opengl.GL20.glCompileShader;
import static org.lwjgl.opengl.GL20.glCreateProgram;
import static org.lwjgl.opengl.GL20.glCreateShader;
import static org.lwjgl.opengl.GL20.glDeleteProgram;
import static org.lwjgl.opengl.GL20.glDeleteShader;
import static org.lwjgl.opengl.GL20.glGetProgramInfoLog;
import static org.lwjgl.opengl.GL20.glGetProgrami;
import static org.lwjgl.opengl.GL20.glGetShaderInfoLog;
import static org.lwjgl.opengl.GL20.glGetShaderi;
import static org.lwjgl.opengl.GL20.glGetUniformLocation;
import static org.lwjgl.opengl.GL20.glLinkProgram;
import static org.lwjgl.opengl.GL20.glShaderSource;
import static org.lwjgl.opengl.GL20.glUseProgram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A linked GLSL program built from two shader files among this package's resources. */
final class GlProgram {
  final int id;

  /**
   * @param vertexResource file name under {@code dev/jymnasium/render/shaders/}
   * @param fragmentResource file name under {@code dev/jymnasium/render/shaders/}
   */
  GlProgram(String vertexResource, String fragmentResource) {
    this(vertexResource, fragmentResource, new String[0]);
  }

  /**
   * @param defines preprocessor symbols defined (without value) in both shaders, e.g. {@code
   *     SHADOWS}
   */
  GlProgram(String vertexResource, String fragmentResource, String... defines) {
    StringBuilder prelude = new StringBuilder();
    for (String d : defines) {
      prelude.append("#define ").append(d).append('\n');
    }
    int vs = compile(GL_VERTEX_SHADER, vertexResource, prelude.toString());
    int fs = compile(GL_FRAGMENT_SHADER, fragmentResource, prelude.toString());
    id = glCreateProgram();
    glAttachShader(id, vs);
    glAttachShader(id, fs);
    glLinkProgram(id);
    glDeleteShader(vs);
    glDeleteShader(fs);
    if (glGetProgrami(id, GL_LINK_STATUS) == 0) {
      String log = glGetProgramInfoLog(id);
      glDeleteProgram(id);
      throw new IllegalStateException(
          "shader link failed (" + vertexResource + ", " + fragmentResource + "): " + log);
    }
  }

  void use() {
    glUseProgram(id);
  }

  /** Location of a uniform; -1 when the compiler removed it. */
  int uniform(String name) {
    return glGetUniformLocation(id, name);
  }

  void delete() {
    glDeleteProgram(id);
  }

  private static int compile(int type, String resource, String prelude) {
    String source = read(resource);
    int eol = source.indexOf('\n') + 1; // after the #version line
    int shader = glCreateShader(type);
    glShaderSource(shader, source.substring(0, eol) + prelude + source.substring(eol));
    glCompileShader(shader);
    if (glGetShaderi(shader, GL_COMPILE_STATUS) == 0) {
      String log = glGetShaderInfoLog(shader);
      glDeleteShader(shader);
      throw new IllegalStateException("shader " + resource + " failed to compile: " + log);
    }
    return shader;
  }

  private static String read(String resource) {
    try (InputStream in = GlProgram.class.getResourceAsStream("shaders/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing shader resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
