#version 330 core
// Scene2D vertices: pixel coordinates (y up) and a colour per vertex.
layout(location = 0) in vec2 aPos;
layout(location = 1) in vec3 aColor;
uniform vec2 uPixelToNdc; // 2 / scene size
out vec3 vColor;
void main() {
  vColor = aColor;
  gl_Position = vec4(aPos * uPixelToNdc - 1.0, 0.0, 1.0);
}
