#version 330 core
// A text quad: pixel coordinates (y up) and texture coordinates.
layout(location = 0) in vec2 aPos;
layout(location = 1) in vec2 aUv;
uniform vec2 uPixelToNdc;
out vec2 vUv;
void main() {
  vUv = aUv;
  gl_Position = vec4(aPos * uPixelToNdc - 1.0, 0.0, 1.0);
}
