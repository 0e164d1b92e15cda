package dev.jymnasium.render;

import static org.lwjgl.glfw.GLFW.GLFW_KEY_0;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_9;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_A;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_BACKSPACE;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_DOWN;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_ENTER;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_ESCAPE;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_KP_0;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_KP_9;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_KP_ENTER;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_LEFT;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_LEFT_SHIFT;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_PAGE_DOWN;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_PAGE_UP;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_RIGHT;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_RIGHT_SHIFT;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_SPACE;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_TAB;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_UP;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_Z;

/**
 * Names of the keys a {@code human} window reports to a player (see {@link
 * HumanControls#captureKeys()}): {@code LEFT}, {@code RIGHT}, {@code UP}, {@code DOWN}, {@code
 * SPACE}, {@code ENTER}, {@code TAB}, {@code BACKSPACE}, {@code ESCAPE}, {@code PAGE_UP}, {@code
 * PAGE_DOWN}, {@code SHIFT}, the letters {@code A} to {@code Z} (by position on a US layout) and
 * the digits {@code 0} to {@code 9} (keypad digits too).
 */
public final class KeyNames {
  private KeyNames() {}

  /** The name of GLFW key {@code key}, or {@code null} for a key without one. */
  static String of(int key) {
    if (key >= GLFW_KEY_A && key <= GLFW_KEY_Z) {
      return String.valueOf((char) ('A' + key - GLFW_KEY_A));
    }
    if (key >= GLFW_KEY_0 && key <= GLFW_KEY_9) {
      return String.valueOf((char) ('0' + key - GLFW_KEY_0));
    }
    if (key >= GLFW_KEY_KP_0 && key <= GLFW_KEY_KP_9) {
      return String.valueOf((char) ('0' + key - GLFW_KEY_KP_0));
    }
    return switch (key) {
      case GLFW_KEY_LEFT -> "LEFT";
      case GLFW_KEY_RIGHT -> "RIGHT";
      case GLFW_KEY_UP -> "UP";
      case GLFW_KEY_DOWN -> "DOWN";
      case GLFW_KEY_SPACE -> "SPACE";
      case GLFW_KEY_ENTER, GLFW_KEY_KP_ENTER -> "ENTER";
      case GLFW_KEY_TAB -> "TAB";
      case GLFW_KEY_BACKSPACE -> "BACKSPACE";
      case GLFW_KEY_ESCAPE -> "ESCAPE";
      case GLFW_KEY_PAGE_UP -> "PAGE_UP";
      case GLFW_KEY_PAGE_DOWN -> "PAGE_DOWN";
      case GLFW_KEY_LEFT_SHIFT, GLFW_KEY_RIGHT_SHIFT -> "SHIFT";
      default -> null;
    };
  }
}
