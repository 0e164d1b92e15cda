package dev.jymnasium.games.minigrid.wrappers;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.ObservationWrapper;
import java.util.Map;

/**
 * Minigrid's {@code ImgObsWrapper}: only the {@code image} entry of the observation.
 *
 * @param <A> the action type
 */
public final class ImgObsWrapper<A> extends ObservationWrapper<byte[], A, Map<String, Object>> {
  /** Wraps a Minigrid env (or a wrapper whose observation is Minigrid's dict). */
  public ImgObsWrapper(Env<Map<String, Object>, A> env) {
    super(env);
    setObservationSpace(MiniGridWrappers.image(env));
  }

  @Override
  protected byte[] observation(Map<String, Object> observation) {
    return (byte[]) observation.get("image");
  }
}
