package dev.jymnasium.env.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Wrapper;
import dev.jymnasium.env.checker.PassiveChecks;
import java.util.Map;

/**
 * Checks the spaces at construction and the first reset, step and render results against
 * Gymnasium's rules, warning (or failing, for hard violations) once; afterwards it only passes
 * calls through.
 */
public final class PassiveEnvChecker<O, A> extends Wrapper<O, A, O, A> {
  private boolean checkedReset;
  private boolean checkedStep;
  private boolean checkedRender;

  public PassiveEnvChecker(Env<O, A> env) {
    super(env);
    PassiveChecks.checkSpace(env.actionSpace(), "action");
    PassiveChecks.checkSpace(env.observationSpace(), "observation");
  }

  @Override
  protected Reset<O> doReset(Long seed, Map<String, Object> options) {
    Reset<O> r = env.reset(seed, options);
    if (!checkedReset) {
      checkedReset = true;
      PassiveChecks.checkObservation(observationSpace(), r.observation(), "reset");
    }
    return r;
  }

  @Override
  protected Step<O> doStep(A action) {
    Step<O> s = env.step(action);
    if (!checkedStep) {
      checkedStep = true;
      PassiveChecks.checkStep(observationSpace(), s);
    }
    return s;
  }

  @Override
  public Object render() {
    Object frame = env.render();
    if (!checkedRender) {
      checkedRender = true;
      PassiveChecks.checkRender(env.metadata(), env.renderMode(), frame);
    }
    return frame;
  }
}
