package dev.jymnasium.env;

/** A wrapper that passes every step's reward through {@link #reward}. */
public abstract class RewardWrapper<O, A> extends Wrapper<O, A, O, A> {
  protected RewardWrapper(Env<O, A> env) {
    super(env);
  }

  /** Maps the inner reward to the one this wrapper returns. */
  protected abstract double reward(double reward);

  @Override
  protected Step<O> doStep(A action) {
    Step<O> s = env.step(action);
    s.setReward(reward(s.reward()));
    return s;
  }
}
