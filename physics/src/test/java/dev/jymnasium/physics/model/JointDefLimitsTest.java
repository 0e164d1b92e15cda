package dev.jymnasium.physics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * MuJoCo's ball-joint range ("0 max") is checked when the joint is defined, before any engine is
 * involved.
 */
class JointDefLimitsTest {
  private static final double MAX_ANGLE_RAD = 0.4;

  @Test
  void ballRangesMustStartAtZeroAndStayWithinPi() {
    JointDef ball = JointDef.ball("shoulder");
    assertEquals(MAX_ANGLE_RAD, ball.limits(0, MAX_ANGLE_RAD).upperLimit(), 0);
    IllegalArgumentException lower =
        assertThrows(IllegalArgumentException.class, () -> ball.limits(-0.2, 0.4));
    assertTrue(
        lower.getMessage().contains("'shoulder'") && lower.getMessage().contains("must be 0"),
        lower.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ball.limits(0, 4));
    assertThrows(IllegalArgumentException.class, () -> ball.limits(0, 0));
    assertThrows(IllegalArgumentException.class, () -> JointDef.free("root").limits(0, 1));
  }
}
