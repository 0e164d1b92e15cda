package dev.jymnasium.env.checker;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Warnings;
import dev.jymnasium.env.render.RgbFrame;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Space;

/**
 * The checks of Gymnasium's passive env checker: space sanity, and observation, reward and render
 * results of the first calls. Soft problems are warnings; broken contracts throw.
 */
public final class PassiveChecks {
  private PassiveChecks() {}

  /** Warns about degenerate Box bounds; fails on a null space. */
  public static void checkSpace(Space<?> space, String role) {
    if (space == null) {
      throw new IllegalStateException("the " + role + " space is null");
    }
    if (space instanceof Box<?> box) {
      for (int i = 0; i < box.size(); i++) {
        if (box.low(i) == box.high(i)) {
          Warnings.warn("A Box " + role + " space has low == high at index " + i + ": " + box);
          break;
        }
      }
    }
  }

  /** Warns when an observation is not in the observation space. */
  public static void checkObservation(Space<?> space, Object obs, String method) {
    String why = space.mismatch(obs);
    if (why != null) {
      Warnings.warn(
          "The obs returned by the `"
              + method
              + "()` method is not within the "
              + "observation space "
              + space
              + ": "
              + why);
    }
  }

  /** Checks a step result: observation in space, finite reward, info present. */
  public static void checkStep(Space<?> space, Step<?> step) {
    checkObservation(space, step.observation(), "step");
    if (!Double.isFinite(step.reward())) {
      Warnings.warn("The reward returned by `step()` is not finite: " + step.reward());
    }
    if (step.info() == null) {
      throw new IllegalStateException("step() returned a null info");
    }
  }

  /** Checks a render result against the render mode. */
  public static void checkRender(EnvMetadata metadata, String mode, Object frame) {
    if (mode != null && !metadata.renderModes().contains(mode)) {
      throw new IllegalStateException(
          "render_mode " + mode + " is not in the env's render modes " + metadata.renderModes());
    }
    if (mode == null) {
      return;
    }
    String base = mode.endsWith("_list") ? mode.substring(0, mode.length() - 5) : mode;
    if (mode.endsWith("_list")) {
      if (!(frame instanceof java.util.List<?> list)) {
        throw new IllegalStateException(
            mode + " render must return a List, got " + describe(frame));
      }
      for (Object f : list) {
        checkFrame(base, f);
      }
    } else {
      checkFrame(base, frame);
    }
  }

  private static void checkFrame(String mode, Object frame) {
    boolean ok =
        switch (mode) {
          case "human" -> frame == null;
          case "rgb_array" -> frame instanceof RgbFrame;
          case "ansi" -> frame instanceof String;
          default -> true;
        };
    if (!ok) {
      throw new IllegalStateException(mode + " render returned " + describe(frame));
    }
  }

  private static String describe(Object o) {
    return o == null ? "null" : o.getClass().getSimpleName();
  }
}
