#version 330 core
// Coverage from the text bitmap, tinted with the text colour.
in vec2 vUv;
flat in vec3 vColor;
uniform sampler2D uCoverage;
out vec4 fragColor;
void main() {
  fragColor = vec4(vColor, texture(uCoverage, vUv).r);
}
