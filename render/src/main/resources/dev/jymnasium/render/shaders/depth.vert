#version 330 core
// Shadow pass: positions in the light's clip space only.
layout(location = 0) in vec3 aPos;
uniform mat4 uLightMvp;
void main() {
  gl_Position = uLightMvp * vec4(aPos, 1.0);
}
