package dev.jymnasium.render;

import static org.lwjgl.opengl.GL11.GL_BACK;
import static org.lwjgl.opengl.GL11.GL_BLEND;
import static org.lwjgl.opengl.GL11.GL_COLOR_BUFFER_BIT;
import static org.lwjgl.opengl.GL11.GL_CULL_FACE;
import static org.lwjgl.opengl.GL11.GL_DEPTH_BUFFER_BIT;
import static org.lwjgl.opengl.GL11.GL_DEPTH_TEST;
import static org.lwjgl.opengl.GL11.GL_FRONT;
import static org.lwjgl.opengl.GL11.GL_LESS;
import static org.lwjgl.opengl.GL11.GL_ONE_MINUS_SRC_ALPHA;
import static org.lwjgl.opengl.GL11.GL_POLYGON_OFFSET_FILL;
import static org.lwjgl.opengl.GL11.GL_RENDERER;
import static org.lwjgl.opengl.GL11.GL_SRC_ALPHA;
import static org.lwjgl.opengl.GL11.GL_TEXTURE_2D;
import static org.lwjgl.opengl.GL11.glBindTexture;
import static org.lwjgl.opengl.GL11.glBlendFunc;
import static org.lwjgl.opengl.GL11.glClear;
import static org.lwjgl.opengl.GL11.glClearColor;
import static org.lwjgl.opengl.GL11.glCullFace;
import static org.lwjgl.opengl.GL11.glDepthFunc;
import static org.lwjgl.opengl.GL11.glDepthMask;
import static org.lwjgl.opengl.GL11.glDisable;
import static org.lwjgl.opengl.GL11.glEnable;
import static org.lwjgl.opengl.GL11.glFinish;
import static org.lwjgl.opengl.GL11.glGetString;
import static org.lwjgl.opengl.GL11.glPolygonOffset;
import static org.lwjgl.opengl.GL11.glViewport;
import static org.lwjgl.opengl.GL13.GL_TEXTURE0;
import static org.lwjgl.opengl.GL13.glActiveTexture;
import static org.lwjgl.opengl.GL20.glUniform1f;
import static org.lwjgl.opengl.GL20.glUniform2f;
import static org.lwjgl.opengl.GL20.glUniform3f;
import static org.lwjgl.opengl.GL20.glUniformMatrix3fv;
import static org.lwjgl.opengl.GL20.glUniformMatrix4fv;
import static org.lwjgl.opengl.GL30.GL_FRAMEBUFFER;
import static org.lwjgl.opengl.GL30.glBindFramebuffer;

import dev.jymnasium.env.render.Camera3D;
import dev.jymnasium.env.render.Light;
import dev.jymnasium.env.render.Scene3D;
import java.nio.FloatBuffer;
import org.joml.Matrix4f;
import org.joml.Vector3f;
import org.lwjgl.system.MemoryUtil;

/**
 * Draws {@link Scene3D}s in the current OpenGL context: a depth pass from the directional light
 * into a {@link ShadowMap} fitted around the shadow casters, then the lit pass: solids nearest
 * first with per-pixel diffuse and specular lighting, then planes (checkered, shadow-receiving) so
 * that early depth testing skips the ground hidden behind solids, and last the translucent shapes
 * farthest first, blended without depth writes and casting no shadows. Shadow map lookups, the most
 * expensive part of shading in software, are made only where a shadow may fall: on the {@link
 * ShadowReceivers} among the solids and on the {@link ShadowPatches} of each plane.
 *
 * <p>The shadow map is square, the smallest power of two at least as large as the frame's larger
 * side, but at most {@value #DEFAULT_SHADOW_SIZE} pixels unless the system property {@code
 * jymnasium.render.shadowSize} gives another maximum.
 */
final class Painter3D {
  static final int DEFAULT_SHADOW_SIZE = 512;

  /**
   * Shadow patches pay for their triangles only on frames this many times larger in pixels:
   * llvmpipe sets up a triangle for about the cost of shadow lookups on a few hundred pixels.
   */
  private static final int PIXELS_PER_PATCH_TRIANGLE = 500;

  /**
   * Largest distance in shadow map texels between a caster's curved silhouette and its polygon: the
   * map's linear filtering blurs shadow edges over about a texel anyway.
   */
  private static final double SHADOW_TOLERANCE_TEXELS = 1.5;

  /** Strength of the specular highlight on solids, relative to the light's colour. */
  private static final float SPECULAR = 0.2f;

  private final LitShader solid = new LitShader(false, false);
  private final LitShader solidShadowed = new LitShader(false, true);
  private final LitShader plane = new LitShader(true, false);
  private final LitShader planeShadowed = new LitShader(true, true);
  private final GlProgram depth = new GlProgram("depth.vert", "depth.frag");
  private final int uLightMvp = depth.uniform("uLightMvp");
  private final MeshLibrary meshes = new MeshLibrary();
  private final UserMeshes userMeshes = new UserMeshes();
  private final DrawList items = new DrawList(meshes, userMeshes);
  private final ShadowReceivers receivers = new ShadowReceivers();
  private final ShadowPatches patches = new ShadowPatches();
  private final StreamMesh patchMesh = new StreamMesh(2);
  private final int maxShadowSize =
      Integer.getInteger("jymnasium.render.shadowSize", DEFAULT_SHADOW_SIZE);
  private final boolean llvmpipe = String.valueOf(glGetString(GL_RENDERER)).contains("llvmpipe");
  private ShadowMap shadowMap;
  private long frame;

  private final FloatBuffer mat4 = MemoryUtil.memAllocFloat(16);
  private final FloatBuffer mat3 = MemoryUtil.memAllocFloat(9);
  private final Matrix4f view = new Matrix4f();
  private final Matrix4f viewProj = new Matrix4f();
  private final Matrix4f lightView = new Matrix4f();
  private final Matrix4f lightViewProj = new Matrix4f();

  /** Half the side of the light frustum, world units. */
  private float lightExtent;

  private final Matrix4f tmp = new Matrix4f();
  private final Vector3f lightDir = new Vector3f();
  private final Vector3f normal = new Vector3f();
  private final Vector3f halfVector = new Vector3f();
  private final int[] solidCount = new int[1];
  private float lightRed;
  private float lightGreen;
  private float lightBlue;
  private float ambient;

  /**
   * Draws the scene through {@code cam} into framebuffer {@code targetFbo} (0: the window's), over
   * a viewport of the given size.
   */
  void draw(Scene3D scene, Camera3D cam, int targetFbo, int viewportWidth, int viewportHeight) {
    frame++;
    items.build(scene, cam, viewportHeight, frame);
    Light light = scene.light();
    lightDir.set((float) light.dirX(), (float) light.dirY(), (float) light.dirZ()).normalize();
    // Per-channel light colour, scaled so that 0-255 colour components come out as 0-1.
    lightRed = ((light.rgb() >> 16) & 0xFF) / (255f * 255f);
    lightGreen = ((light.rgb() >> 8) & 0xFF) / (255f * 255f);
    lightBlue = (light.rgb() & 0xFF) / (255f * 255f);
    ambient = (float) light.ambient();
    boolean shadows = light.castShadows() && fitLight();

    glDisable(GL_BLEND);
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    if (shadows) {
      shadowPass(Math.max(viewportWidth, viewportHeight));
      if (llvmpipe) {
        // llvmpipe rasterizes a scene whole when it flushes it, and would flush the half-built
        // main pass on the first lookup into a shadow map that an unretired scene drew: an
        // extra, synchronous scene. Finishing here retires the shadow scene for free.
        glFinish();
      }
    }

    glBindFramebuffer(GL_FRAMEBUFFER, targetFbo);
    glViewport(0, 0, viewportWidth, viewportHeight);
    int bg = scene.background();
    glClearColor(((bg >> 16) & 0xFF) / 255f, ((bg >> 8) & 0xFF) / 255f, (bg & 0xFF) / 255f, 1f);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    tmp.setPerspective(
        (float) Math.toRadians(cam.fovYDegrees()),
        (float) viewportWidth / viewportHeight,
        (float) cam.near(),
        (float) cam.far());
    view.setLookAt(
        (float) cam.eyeX(),
        (float) cam.eyeY(),
        (float) cam.eyeZ(),
        (float) cam.targetX(),
        (float) cam.targetY(),
        (float) cam.targetZ(),
        (float) cam.upX(),
        (float) cam.upY(),
        (float) cam.upZ());
    tmp.mul(view, viewProj);
    halfVector
        .set(
            (float) (cam.eyeX() - cam.targetX()),
            (float) (cam.eyeY() - cam.targetY()),
            (float) (cam.eyeZ() - cam.targetZ()))
        .normalize()
        .sub(lightDir)
        .normalize();
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, shadows ? shadowMap.texture : 0);
    glCullFace(GL_BACK);

    // Two texels: linear filtering reads texels up to one texel from the sample point, and a
    // caster darkens the texels whose centres it covers.
    float margin = shadows ? 4 * lightExtent / shadowMap.size : 0;
    if (shadows) {
      receivers.mark(items.items(), lightView, margin);
      setFrameUniforms(solidShadowed);
      setFrameUniforms(planeShadowed);
    }
    setFrameUniforms(plane);
    setFrameUniforms(solid);
    // Solids without shadow lookups first, then those with, each nearest first: one program
    // switch (each costs the driver more than a draw), and early depth tests still skip the
    // expensive lookups hidden behind cheaper solids.
    long[] order = items.solidsFrontToBack(solidCount);
    drawSolids(solid, order, false, shadows);
    if (shadows) {
      drawSolids(solidShadowed, order, true, shadows);
    }
    glDisable(GL_CULL_FACE);
    for (int i = 0; i < items.size(); i++) {
      DrawItem it = items.get(i);
      if (it.plane && it.opacity == 1) {
        boolean whole =
            shadows && !drawShadowPatches(it, cam, margin, viewportWidth * viewportHeight);
        LitShader lit = whole ? planeShadowed : plane;
        lit.program.use();
        setPlaneUniforms(lit, it, cam);
        it.mesh.draw();
      }
    }
    long[] seeThrough = items.translucentBackToFront(solidCount);
    drawTranslucent(seeThrough, solidCount[0], cam);
    glDisable(GL_DEPTH_TEST);
    userMeshes.evictIdle(frame);
  }

  /**
   * Blends the first {@code n} items of {@code order} (farthest first) over the frame, without
   * shadow lookups and without writing depth, so translucent items never hide each other.
   */
  private void drawTranslucent(long[] order, int n, Camera3D cam) {
    if (n == 0) {
      return;
    }
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    glDepthMask(false);
    for (int k = 0; k < n; k++) {
      DrawItem it = items.get((int) order[k]);
      LitShader lit = it.plane ? plane : solid;
      lit.program.use();
      glUniform1f(lit.opacity, it.opacity);
      if (it.plane) {
        glDisable(GL_CULL_FACE);
        setPlaneUniforms(lit, it, cam);
        it.mesh.draw();
      } else {
        drawSolid(lit, it);
      }
      glUniform1f(lit.opacity, 1);
    }
    glDepthMask(true);
    glDisable(GL_BLEND);
  }

  private void setFrameUniforms(LitShader lit) {
    lit.program.use();
    glUniformMatrix4fv(lit.viewProj, false, viewProj.get(mat4));
    glUniformMatrix4fv(lit.lightViewProj, false, lightViewProj.get(mat4));
    glUniform3f(lit.lightDir, lightDir.x, lightDir.y, lightDir.z);
    glUniform3f(lit.half, halfVector.x, halfVector.y, halfVector.z);
    setLitColor(lit.specular, 0xFFFFFF, SPECULAR);
    glUniform1f(lit.opacity, 1);
  }

  /** Draws, in {@code order}, the solids whose need of shadow lookups is {@code lookups}. */
  private void drawSolids(LitShader lit, long[] order, boolean lookups, boolean shadows) {
    lit.program.use();
    for (int k = 0; k < solidCount[0]; k++) {
      DrawItem it = items.get((int) order[k]);
      if ((shadows && it.shadowed) == lookups) {
        drawSolid(lit, it);
      }
    }
  }

  private void drawSolid(LitShader lit, DrawItem it) {
    setCull(it.closed);
    glUniformMatrix4fv(lit.model, false, it.model.get(mat4));
    glUniformMatrix3fv(lit.normalMat, false, it.model.normal(it.normalMat).get(mat3));
    setLitColor(lit.dark, it.rgb, ambient);
    setLitColor(lit.diffuse, it.rgb, 1 - ambient);
    it.mesh.draw();
  }

  /**
   * Draws the parts of plane {@code it} that shadows may fall on with shadow lookups, slightly
   * nearer to the camera than the plane so that its later, unshadowed draw leaves them be; false,
   * drawing nothing, when the viewport is too small for that to pay (then the whole plane needs
   * lookups).
   */
  private boolean drawShadowPatches(DrawItem it, Camera3D cam, float margin, int pixels) {
    patches.build(it, items.items(), lightDir, margin);
    if (patches.vertices() / 3 * PIXELS_PER_PATCH_TRIANGLE > pixels) {
      return false;
    }
    if (patches.vertices() == 0) {
      return true;
    }
    planeShadowed.program.use();
    setPlaneUniforms(planeShadowed, it, cam);
    glEnable(GL_POLYGON_OFFSET_FILL);
    glPolygonOffset(-1f, -2f);
    patchMesh.draw(patches.xy(), 2 * patches.vertices());
    glDisable(GL_POLYGON_OFFSET_FILL);
    return true;
  }

  private void setPlaneUniforms(LitShader lit, DrawItem it, Camera3D cam) {
    glUniformMatrix4fv(lit.model, false, it.model.get(mat4));
    float cells = it.checkerSize > 0 ? (float) (1 / it.checkerSize) : 0;
    glUniform2f(lit.cellScale, it.scaleX * cells, it.scaleY * cells);
    // One normal for the whole plane, turned towards the camera (planes are two-sided).
    it.model.normal(it.normalMat).transform(normal.set(0, 0, 1)).normalize();
    float toEye =
        normal.x * ((float) cam.eyeX() - it.model.m30())
            + normal.y * ((float) cam.eyeY() - it.model.m31())
            + normal.z * ((float) cam.eyeZ() - it.model.m32());
    if (toEye < 0) {
      normal.negate();
    }
    float diffuse = Math.max(0f, -normal.dot(lightDir));
    glUniform1f(lit.planeBias, 0.004f + (0.0008f - 0.004f) * diffuse);
    int rgb2 = it.checkerSize > 0 ? it.rgb2 : it.rgb;
    setLitColor(lit.dark, it.rgb, ambient);
    setLitColor(lit.dark2, rgb2, ambient);
    setLitColor(lit.lit, it.rgb, ambient + (1 - ambient) * diffuse);
    setLitColor(lit.lit2, rgb2, ambient + (1 - ambient) * diffuse);
  }

  /** Sets a colour uniform to {@code rgb} times the light's colour times {@code factor}. */
  private void setLitColor(int location, int rgb, float factor) {
    glUniform3f(
        location,
        ((rgb >> 16) & 0xFF) * lightRed * factor,
        ((rgb >> 8) & 0xFF) * lightGreen * factor,
        (rgb & 0xFF) * lightBlue * factor);
  }

  private static void setCull(boolean cull) {
    if (cull) {
      glEnable(GL_CULL_FACE);
    } else {
      glDisable(GL_CULL_FACE);
    }
  }

  /**
   * Fits an orthographic light frustum around the casters' bounding sphere; false when there is
   * nothing to cast a shadow.
   */
  private boolean fitLight() {
    float[] b = items.casterBounds();
    if (b == null) {
      return false;
    }
    float r = Math.max(b[3], 1e-3f) * 1.05f;
    boolean vertical = Math.abs(lightDir.z) > 0.9f;
    lightView.setLookAt(
        b[0] - lightDir.x * 2 * r,
        b[1] - lightDir.y * 2 * r,
        b[2] - lightDir.z * 2 * r,
        b[0],
        b[1],
        b[2],
        0,
        vertical ? 1 : 0,
        vertical ? 0 : 1);
    lightViewProj.setOrtho(-r, r, -r, r, 0, 4 * r).mul(lightView);
    lightExtent = r;
    return true;
  }

  private void shadowPass(int frameSize) {
    int size = Math.min(maxShadowSize, Math.max(64, Integer.highestOneBit(frameSize - 1) << 1));
    if (shadowMap != null && shadowMap.size != size) {
      shadowMap.delete();
      shadowMap = null;
    }
    if (shadowMap == null) {
      shadowMap = new ShadowMap(size);
    }
    shadowMap.bind();
    glViewport(0, 0, shadowMap.size, shadowMap.size);
    glClear(GL_DEPTH_BUFFER_BIT);
    glEnable(GL_POLYGON_OFFSET_FILL);
    glPolygonOffset(1.5f, 2f);
    depth.use();
    glCullFace(GL_FRONT);
    float texelsPerUnit = shadowMap.size / (2 * lightExtent);
    for (int i = 0; i < items.size(); i++) {
      DrawItem it = items.get(i);
      if (it.plane || it.opacity < 1) {
        continue;
      }
      setCull(it.closed);
      glUniformMatrix4fv(uLightMvp, false, lightViewProj.mul(it.model, tmp).get(mat4));
      it.meshAt(texelsPerUnit, SHADOW_TOLERANCE_TEXELS).draw();
    }
    glDisable(GL_POLYGON_OFFSET_FILL);
  }

  /** Frees every GL object; the context must be current. */
  void delete() {
    userMeshes.delete();
    meshes.delete();
    if (shadowMap != null) {
      shadowMap.delete();
    }
    for (LitShader s : new LitShader[] {solid, solidShadowed, plane, planeShadowed}) {
      s.program.delete();
    }
    depth.delete();
    patchMesh.delete();
    MemoryUtil.memFree(mat4);
    MemoryUtil.memFree(mat3);
  }
}
