#version 330 core
// Lit 3D pass: one directional light, ambient + diffuse (+ Blinn-Phong specular on solids, with
// the half vector of the camera's viewing direction, as for a distant viewer), a
// hardware-filtered shadow map lookup in SHADOWS builds, and a procedural checkerboard on
// planes (PLANE builds, where lighting apart from shadow is the same for every pixel).
// Kept short on purpose: with llvmpipe every instruction runs for every pixel.
#ifdef PLANE
in vec2 vLocal;
uniform vec3 uColor2;
uniform float uCheckerSize;   // <= 0: no checker
uniform float uDiffuse;       // max(dot(normal, towards light), 0) of the whole plane
#else
in vec3 vNormal;
uniform vec3 uLightDir;       // direction the light travels, unit length
uniform vec3 uHalf;           // Blinn-Phong half vector for the camera's view direction
#endif
#ifdef SHADOWS
in vec3 vLightPos;
uniform sampler2DShadow uShadowMap;
#endif
uniform vec3 uColor;
uniform vec3 uLightColor;
uniform float uAmbient;
out vec4 fragColor;

void main() {
  float light = 1.0;
#ifdef PLANE
  vec3 base = uColor;
  if (uCheckerSize > 0.0) {
    vec2 cell = floor(vLocal / uCheckerSize);
    base = fract((cell.x + cell.y) * 0.5) > 0.25 ? uColor2 : uColor;
  }
  float diffuse = uDiffuse;
  float specular = 0.0;
#else
  vec3 base = uColor;
  vec3 n = normalize(gl_FrontFacing ? vNormal : -vNormal);
  float diffuse = max(-dot(n, uLightDir), 0.0);
  float s = max(dot(n, uHalf), 0.0);
  s *= s;
  s *= s;
  s *= s;
  s *= s;
  s *= s; // s^32
  float specular = diffuse > 0.0 ? 0.2 * s : 0.0;
#endif
#ifdef SHADOWS
  // Linear filtering on a depth-compare texture gives a 2x2 percentage-closer filter.
  float bias = mix(0.004, 0.0008, diffuse);
  light = vLightPos.z >= 1.0 ? 1.0 : texture(uShadowMap, vec3(vLightPos.xy, vLightPos.z - bias));
#endif
  vec3 colour = (base * (uAmbient + (1.0 - uAmbient) * diffuse * light) + specular * light)
      * uLightColor;
  fragColor = vec4(min(colour, vec3(1.0)), 1.0);
}
