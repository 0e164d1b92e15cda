package dev.jymnasium.render;

import java.util.ArrayDeque;

/**
 * What the user asked for in a {@code human} window: pause (space), single steps while paused
 * (right arrow), playback speed (+ and -, factors of two from 1/16 to 16), a reset (r, a flag the
 * caller polls), and the 3D camera orbit (mouse drag rotates, wheel zooms, c restores). After
 * {@link #captureKeys()} (human play) every key press is queued by name for {@link #pollKey()}
 * instead, and the shortcuts above are off. Thread-safe: input arrives on the window's thread,
 * callers may poll from any thread.
 */
public final class HumanControls {
  /** Slowest playback factor. */
  public static final double MIN_SPEED = 1.0 / 16;

  /** Fastest playback factor. */
  public static final double MAX_SPEED = 16;

  private boolean paused;
  private boolean stepRequested;
  private boolean resetRequested;
  private double speed = 1;
  private double yawDegrees;
  private double pitchDegrees;
  private double zoom = 1;
  private long version;
  private boolean capturing;
  private final ArrayDeque<String> keys = new ArrayDeque<>();

  /** Whether playback is paused. */
  public synchronized boolean paused() {
    return paused;
  }

  /** Pauses or resumes playback. */
  public synchronized void setPaused(boolean value) {
    paused = value;
    version++;
  }

  synchronized void togglePause() {
    paused = !paused;
    stepRequested = false;
    version++;
  }

  synchronized void requestStep() {
    if (paused) {
      stepRequested = true;
    }
  }

  /** True once after each single-step request made while paused. */
  synchronized boolean consumeStep() {
    boolean s = stepRequested;
    stepRequested = false;
    return s;
  }

  /** Playback speed factor: 1 plays at the env's fps, 2 twice as fast. */
  public synchronized double speed() {
    return speed;
  }

  synchronized void faster() {
    speed = Math.min(MAX_SPEED, speed * 2);
    version++;
  }

  synchronized void slower() {
    speed = Math.max(MIN_SPEED, speed / 2);
    version++;
  }

  synchronized void requestReset() {
    resetRequested = true;
  }

  /** Whether the user pressed r since the last call; clears the request. */
  public synchronized boolean consumeResetRequest() {
    boolean r = resetRequested;
    resetRequested = false;
    return r;
  }

  synchronized boolean resetPending() {
    return resetRequested;
  }

  synchronized void orbit(double dYawDegrees, double dPitchDegrees) {
    yawDegrees += dYawDegrees;
    pitchDegrees = Math.max(-170, Math.min(170, pitchDegrees + dPitchDegrees));
  }

  synchronized void zoom(double wheelSteps) {
    zoom = Math.max(0.05, Math.min(20, zoom * Math.pow(0.9, wheelSteps)));
  }

  synchronized void resetView() {
    yawDegrees = 0;
    pitchDegrees = 0;
    zoom = 1;
  }

  /** Orbit around the target added to the env's camera, degrees (positive: counter-clockwise). */
  public synchronized double yawDegrees() {
    return yawDegrees;
  }

  /** Elevation added to the env's camera, degrees (positive: from higher up). */
  public synchronized double pitchDegrees() {
    return pitchDegrees;
  }

  /** Factor applied to the camera's distance from its target (below 1: closer). */
  public synchronized double zoom() {
    return zoom;
  }

  /**
   * Queues every key press from now on for {@link #pollKey()} (names as {@link KeyNames} gives
   * them) and turns the window's own shortcuts off, so that a player can use every key.
   */
  public synchronized void captureKeys() {
    capturing = true;
  }

  synchronized boolean capturingKeys() {
    return capturing;
  }

  synchronized void keyPressed(String name) {
    if (capturing && name != null) {
      keys.addLast(name);
    }
  }

  /** The oldest key press not yet polled (see {@link #captureKeys()}), or {@code null}. */
  public synchronized String pollKey() {
    return keys.pollFirst();
  }

  /** Changes whenever pause or speed change (for refreshing the window title). */
  synchronized long version() {
    return version;
  }
}
