package dev.jymnasium.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_F1;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_KP_7;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_LEFT;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_Q;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_SPACE;

import org.junit.jupiter.api.Test;

/** Key names for human play, and the queue of captured key presses. */
class KeyNamesTest {
  @Test
  void namesArrowsLettersDigitsAndNothingElse() {
    assertEquals("LEFT", KeyNames.of(GLFW_KEY_LEFT));
    assertEquals("SPACE", KeyNames.of(GLFW_KEY_SPACE));
    assertEquals("Q", KeyNames.of(GLFW_KEY_Q));
    assertEquals("7", KeyNames.of(GLFW_KEY_KP_7));
    assertNull(KeyNames.of(GLFW_KEY_F1));
  }

  @Test
  void keysAreQueuedOnlyWhileCaptured() {
    HumanControls c = new HumanControls();
    c.keyPressed("LEFT");
    assertNull(c.pollKey());
    c.captureKeys();
    c.keyPressed("LEFT");
    c.keyPressed("SPACE");
    assertEquals("LEFT", c.pollKey());
    assertEquals("SPACE", c.pollKey());
    assertNull(c.pollKey());
  }
}
