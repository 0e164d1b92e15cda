#version 330 core
// Coverage from the text bitmap, tinted with the text colour.
in vec2 vUv;
uniform sampler2D uCoverage;
uniform vec3 uColor;
out vec4 fragColor;
void main() {
  fragColor = vec4(uColor, texture(uCoverage, vUv).r);
}
