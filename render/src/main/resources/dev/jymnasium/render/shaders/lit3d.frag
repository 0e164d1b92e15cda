#version 330 core
// Lit 3D pass: one directional light, ambient + diffuse (+ Blinn-Phong specular on solids, with
// the half vector of the camera's viewing direction, as for a distant viewer), a
// hardware-filtered shadow map lookup in SHADOWS builds, and a checkerboard on planes (PLANE
// builds). Colours arrive premultiplied by the light (see Painter3D) and as flat varyings (see
// lit3d.vert), so that little is left per pixel: with llvmpipe every instruction runs for every
// pixel, branches included.
#ifdef PLANE
in vec2 vCell;
flat in vec3 vDark2;
flat in vec3 vLit;
flat in vec3 vLit2;
#else
in vec3 vNormal;
flat in vec3 vLightDir;
flat in vec3 vHalf;
flat in vec3 vDiffuse;
flat in vec3 vSpecular;
#endif
flat in vec3 vDark;
#ifdef SHADOWS
in vec3 vLightPos;
uniform sampler2DShadow uShadowMap;
#endif
uniform float uOpacity;
out vec4 fragColor;

void main() {
  float light = 1.0;
#ifdef PLANE
#ifdef SHADOWS
  // Linear filtering on a depth-compare texture gives a 2x2 percentage-closer filter. Beyond
  // the light frustum's far side only the cleared depth (1) compares as lit.
  light = texture(uShadowMap, vec3(vLightPos.xy, min(vLightPos.z, 1.0)));
#endif
  // Checker parity by integer maths and a blend: much cheaper on llvmpipe than float fract()
  // or a select between colours.
  ivec2 cell = ivec2(floor(vCell));
  float second = float((cell.x + cell.y) & 1);
  fragColor = vec4(mix(mix(vDark, vDark2, second), mix(vLit, vLit2, second), light), uOpacity);
#else
  vec3 n = normalize(gl_FrontFacing ? vNormal : -vNormal);
  float diffuse = max(-dot(n, vLightDir), 0.0);
  float s = max(dot(n, vHalf), 0.0);
  s *= s;
  s *= s;
  s *= s;
  s *= s;
  s *= s; // s^32
  float specular = diffuse > 0.0 ? s : 0.0;
#ifdef SHADOWS
  // Solids cast the shadows, so they always lie inside the light frustum.
  light = texture(uShadowMap, vec3(vLightPos.xy, vLightPos.z - mix(0.004, 0.0008, diffuse)));
#endif
  fragColor = vec4(min(vDark + (vDiffuse * diffuse + vSpecular * specular) * light, 1.0), uOpacity);
#endif
}
