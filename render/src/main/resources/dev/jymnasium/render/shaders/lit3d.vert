#version 330 core
// Lit 3D pass. Solids get a normal; PLANE builds get only checker cell coordinates (their
// lighting is uniform). SHADOWS builds also pass the position in the shadow map. Everything the
// fragment shader needs from uniforms is passed on as flat varyings: llvmpipe (Mesa 22) loads
// fragment shader uniforms with a bounds-checked per-pixel gather, which costs more than all
// the lighting maths, while a flat varying is as cheap as a constant.
layout(location = 0) in vec3 aPos;
layout(location = 1) in vec3 aNormal;
uniform mat4 uModel;
uniform mat4 uViewProj;
uniform mat4 uLightViewProj;
uniform vec3 uDark;       // (first checker) colour in shadow
#ifdef PLANE
uniform vec2 uCellScale;  // unit-mesh xy to checker cells (0 without a checker)
uniform float uPlaneBias; // shadow depth bias: a plane's slope to the light is uniform
uniform vec3 uDark2;      // second checker colour in shadow
uniform vec3 uLit;        // first checker colour in full light
uniform vec3 uLit2;       // second checker colour in full light
out vec2 vCell;
flat out vec3 vDark2;
flat out vec3 vLit;
flat out vec3 vLit2;
#else
uniform mat3 uNormalMat;
uniform vec3 uLightDir;   // direction the light travels, unit length
uniform vec3 uHalf;       // Blinn-Phong half vector for the camera's view direction
uniform vec3 uDiffuse;    // colour * (1 - ambient) * light colour
uniform vec3 uSpecular;   // specular strength * light colour
out vec3 vNormal;
flat out vec3 vLightDir;
flat out vec3 vHalf;
flat out vec3 vDiffuse;
flat out vec3 vSpecular;
#endif
flat out vec3 vDark;
#ifdef SHADOWS
out vec3 vLightPos;
#endif
void main() {
  vec4 world = uModel * vec4(aPos, 1.0);
  vDark = uDark;
#ifdef PLANE
  vCell = aPos.xy * uCellScale;
  vDark2 = uDark2;
  vLit = uLit;
  vLit2 = uLit2;
#else
  vNormal = uNormalMat * aNormal;
  vLightDir = uLightDir;
  vHalf = uHalf;
  vDiffuse = uDiffuse;
  vSpecular = uSpecular;
#endif
#ifdef SHADOWS
  // Orthographic light projection: no divide needed; map to [0, 1] texture space.
  vLightPos = (uLightViewProj * world).xyz * 0.5 + 0.5;
#ifdef PLANE
  vLightPos.z -= uPlaneBias;
#endif
#endif
  gl_Position = uViewProj * world;
}
