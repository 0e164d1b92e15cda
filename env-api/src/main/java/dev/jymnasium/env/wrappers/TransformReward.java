package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.RewardWrapper;
import java.util.function.DoubleUnaryOperator;

/** Passes every step's reward through a function, e.g. {@code r -> 0.01 * r}. */
public final class TransformReward<O, A> extends RewardWrapper<O, A> {
  private final DoubleUnaryOperator func;

  /**
   * @param func maps the inner reward to the returned one (called once per step)
   */
  public TransformReward(Env<O, A> env, DoubleUnaryOperator func) {
    super(env);
    if (func == null) {
      throw new IllegalArgumentException("TransformReward needs a function");
    }
    this.func = func;
  }

  @Override
  protected double reward(double reward) {
    return func.applyAsDouble(reward);
  }
}
