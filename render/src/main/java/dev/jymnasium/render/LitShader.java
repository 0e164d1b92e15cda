package dev.jymnasium.render;

import static org.lwjgl.opengl.GL20.glUniform1i;

import java.util.ArrayList;
import java.util.List;

/**
 * One build of the lit 3D program (for solids or for planes, with or without shadow lookups)
 * and its uniform locations (-1 where a build has no such uniform).
 */
final class LitShader {
  final GlProgram program;
  final boolean plane;
  final int model;
  final int normalMat;
  final int viewProj;
  final int lightViewProj;
  final int localScale;
  final int color;
  final int color2;
  final int checkerSize;
  final int diffuse;
  final int lightDir;
  final int lightColor;
  final int ambient;
  final int half;

  LitShader(boolean plane, boolean shadows) {
    List<String> defines = new ArrayList<>();
    if (plane) {
      defines.add("PLANE");
    }
    if (shadows) {
      defines.add("SHADOWS");
    }
    this.plane = plane;
    program = new GlProgram("lit3d.vert", "lit3d.frag", defines.toArray(new String[0]));
    model = program.uniform("uModel");
    normalMat = program.uniform("uNormalMat");
    viewProj = program.uniform("uViewProj");
    lightViewProj = program.uniform("uLightViewProj");
    localScale = program.uniform("uLocalScale");
    color = program.uniform("uColor");
    color2 = program.uniform("uColor2");
    checkerSize = program.uniform("uCheckerSize");
    diffuse = program.uniform("uDiffuse");
    lightDir = program.uniform("uLightDir");
    lightColor = program.uniform("uLightColor");
    ambient = program.uniform("uAmbient");
    half = program.uniform("uHalf");
    if (shadows) {
      program.use();
      glUniform1i(program.uniform("uShadowMap"), 0);
    }
  }
}
