/**
 * The LWJGL render backend: headless EGL frames, a GLFW window, GIF and MP4 recording, 2D and 3D
 * scenes.
 */
package dev.jymnasium.render;
