package dev.jymnasium.render;

import static org.lwjgl.opengl.GL20.glUniform1i;

import java.util.ArrayList;
import java.util.List;

/**
 * One build of the lit 3D program (for solids or for planes, with or without shadow lookups) and
 * its uniform locations (-1 where a build has no such uniform).
 */
final class LitShader {
  final GlProgram program;
  final int model;
  final int normalMat;
  final int viewProj;
  final int lightViewProj;
  final int cellScale;
  final int planeBias;
  final int lit;
  final int lit2;
  final int dark;
  final int dark2;
  final int diffuse;
  final int specular;
  final int lightDir;
  final int half;
  final int opacity;

  LitShader(boolean plane, boolean shadows) {
    List<String> defines = new ArrayList<>();
    if (plane) {
      defines.add("PLANE");
    }
    if (shadows) {
      defines.add("SHADOWS");
    }
    program = new GlProgram("lit3d.vert", "lit3d.frag", defines.toArray(new String[0]));
    model = program.uniform("uModel");
    normalMat = program.uniform("uNormalMat");
    viewProj = program.uniform("uViewProj");
    lightViewProj = program.uniform("uLightViewProj");
    cellScale = program.uniform("uCellScale");
    planeBias = program.uniform("uPlaneBias");
    lit = program.uniform("uLit");
    lit2 = program.uniform("uLit2");
    dark = program.uniform("uDark");
    dark2 = program.uniform("uDark2");
    diffuse = program.uniform("uDiffuse");
    specular = program.uniform("uSpecular");
    lightDir = program.uniform("uLightDir");
    half = program.uniform("uHalf");
    opacity = program.uniform("uOpacity");
    if (shadows) {
      program.use();
      glUniform1i(program.uniform("uShadowMap"), 0);
    }
  }
}
