#version 330 core
// Lit 3D pass. Solids get a normal; PLANE builds get only local plane coordinates (their
// normal is a uniform). SHADOWS builds also pass the position in the shadow map.
layout(location = 0) in vec3 aPos;
layout(location = 1) in vec3 aNormal;
uniform mat4 uModel;
uniform mat4 uViewProj;
uniform mat4 uLightViewProj;
#ifdef PLANE
uniform vec2 uLocalScale; // unit-mesh xy to world units along the plane's local axes
out vec2 vLocal;
#else
uniform mat3 uNormalMat;
out vec3 vNormal;
#endif
#ifdef SHADOWS
out vec3 vLightPos;
#endif
void main() {
  vec4 world = uModel * vec4(aPos, 1.0);
#ifdef PLANE
  vLocal = aPos.xy * uLocalScale;
#else
  vNormal = uNormalMat * aNormal;
#endif
#ifdef SHADOWS
  // Orthographic light projection: no divide needed; map to [0, 1] texture space.
  vLightPos = (uLightViewProj * world).xyz * 0.5 + 0.5;
#endif
  gl_Position = uViewProj * world;
}
