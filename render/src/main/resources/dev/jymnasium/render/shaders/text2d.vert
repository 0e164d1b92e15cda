#version 330 core
// A text quad: pixel coordinates (y up) and texture coordinates. The colour goes on as a flat
// varying, which llvmpipe reads per pixel far faster than a fragment shader uniform.
layout(location = 0) in vec2 aPos;
layout(location = 1) in vec2 aUv;
uniform vec2 uPixelToNdc;
uniform vec3 uColor;
out vec2 vUv;
flat out vec3 vColor;
void main() {
  vUv = aUv;
  vColor = uColor;
  gl_Position = vec4(aPos * uPixelToNdc - 1.0, 0.0, 1.0);
}
