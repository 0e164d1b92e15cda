package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Wrapper;
import dev.jymnasium.env.spaces.Space;
import java.util.Map;

/**
 * Returns the last {@code stackSize} observations stacked along a new first axis, oldest first. The
 * space is the inner space batched {@code stackSize} times ({@link Space#batch}): a Box of shape
 * {@code (k, ...)} stays a Box of the same dtype (its value a flat array of {@code k * size}
 * elements), a Discrete becomes a MultiDiscrete, and so on.
 *
 * <p>On reset the stack is filled with {@code k - 1} copies of the padding and then the reset
 * observation. Padding {@code "reset"} (default) repeats the reset observation, {@code "zero"} uses
 * the space's zero element (zeros clipped into the bounds), and {@link #withPaddingValue} takes any
 * element of the space. The returned stack is a buffer owned by the wrapper, rewritten on every
 * reset and step; the wrapper keeps its own copy of the history, so changing the returned array
 * does not corrupt the stack.
 *
 * @param <BO> the batched observation type, e.g. {@code float[]} for a float32 Box
 */
public final class FrameStackObservation<BO, A> extends Wrapper<BO, A, Object, A> {
  /** Padding with the reset observation. */
  public static final String PADDING_RESET = "reset";

  /** Padding with the space's zero element. */
  public static final String PADDING_ZERO = "zero";

  private final Space<Object> inner;
  private final int stackSize;
  private final Object padding;
  private final Object ring;
  private final Object out;
  private final Step<BO> step = new Step<>();
  private Object element;
  private int next;

  /** With {@code "reset"} padding. */
  public FrameStackObservation(Env<?, A> env, int stackSize) {
    this(env, stackSize, PADDING_RESET);
  }

  /**
   * @param stackSize number of stacked observations, {@code >= 1}
   * @param paddingType {@code "reset"} or {@code "zero"}
   * @throws IllegalArgumentException on a bad size or padding type
   */
  public FrameStackObservation(Env<?, A> env, int stackSize, String paddingType) {
    this(env, stackSize, paddingFor(env, paddingType), true);
  }

  /**
   * Pads with a given element of the observation space.
   *
   * @throws IllegalArgumentException if {@code value} is not in the observation space
   */
  public static <BO, A> FrameStackObservation<BO, A> withPaddingValue(
      Env<?, A> env, int stackSize, Object value) {
    env.observationSpace().requireContains(value, "padding value");
    return new FrameStackObservation<>(env, stackSize, Space.deepCopy(value), true);
  }

  @SuppressWarnings("unchecked")
  private FrameStackObservation(Env<?, A> env, int stackSize, Object padding, boolean unused) {
    super((Env<Object, A>) env);
    if (stackSize < 1) {
      throw new IllegalArgumentException("stackSize must be >= 1, got " + stackSize);
    }
    this.inner = (Space<Object>) env.observationSpace();
    this.stackSize = stackSize;
    this.padding = padding;
    this.ring = inner.createBatch(stackSize);
    this.out = inner.createBatch(stackSize);
    setObservationSpace((Space<BO>) inner.batch(stackSize));
  }

  private static Object paddingFor(Env<?, ?> env, String paddingType) {
    if (PADDING_RESET.equals(paddingType)) {
      return null;
    }
    if (PADDING_ZERO.equals(paddingType)) {
      return WrapperSupport.zeroElement(env.observationSpace());
    }
    throw new IllegalArgumentException(
        "paddingType must be \"reset\" or \"zero\" (or use withPaddingValue), got " + paddingType);
  }

  /** Number of stacked observations. */
  public int stackSize() {
    return stackSize;
  }

  @Override
  protected Reset<BO> doReset(Long seed, Map<String, Object> options) {
    Reset<Object> r = env.reset(seed, options);
    Object pad = padding != null ? padding : r.observation();
    for (int i = 0; i < stackSize - 1; i++) {
      inner.writeBatch(pad, ring, i);
    }
    inner.writeBatch(r.observation(), ring, stackSize - 1);
    next = 0;
    return new Reset<>(assemble(), r.info());
  }

  @Override
  protected Step<BO> doStep(A action) {
    Step<Object> s = env.step(action);
    inner.writeBatch(s.observation(), ring, next);
    next = (next + 1) % stackSize;
    return step.set(assemble(), s.reward(), s.terminated(), s.truncated(), s.info());
  }

  /** Copies the ring into {@code out}, oldest (slot {@code next}) first. */
  @SuppressWarnings("unchecked")
  private BO assemble() {
    for (int j = 0; j < stackSize; j++) {
      element = inner.readBatch(ring, (next + j) % stackSize, element);
      inner.writeBatch(element, out, j);
    }
    return (BO) out;
  }
}
