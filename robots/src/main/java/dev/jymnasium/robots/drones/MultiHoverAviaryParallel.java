package dev.jymnasium.robots.drones;

import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.multiagent.ParallelEnv;
import dev.jymnasium.env.multiagent.ParallelReset;
import dev.jymnasium.env.multiagent.ParallelStep;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.DType;
import dev.jymnasium.env.spaces.Space;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link MultiHoverAviaryEnv} as a PettingZoo-style parallel env: one agent per drone ({@code
 * drone_0}, {@code drone_1}, …), each with its row of the observation, its own action and its own
 * share of the reward, {@code max(0, 2 − ‖target_i − p_i‖⁴)}. The episode ends for all drones at
 * once, as in the single-agent env (any drone out of bounds truncates every one).
 */
public final class MultiHoverAviaryParallel extends ParallelEnv<float[], float[]> {
  /**
   * Registry id, for {@code Gym.makeParallel}: the single-agent env's name with PettingZoo's
   * parallel form named after it, and the same version, kwargs and dynamics as {@link
   * MultiHoverAviaryEnv#ID}.
   */
  public static final String ID = "MultiHoverAviaryParallel-v0";

  private final MultiHoverAviaryEnv env;
  private final List<String> possibleAgents;
  private final Map<String, Box<float[]>> observationSpaces = new LinkedHashMap<>();
  private final Map<String, Box<float[]>> actionSpaces = new LinkedHashMap<>();
  private final int obsSize;
  private final int actSize;
  private final float[] joint;

  /** The default MultiHoverAviary-v0 (two drones). */
  public MultiHoverAviaryParallel() {
    this(ConfigBinder.defaults(MultiHoverAviaryEnv.Config.class));
  }

  /** The parallel form of a MultiHoverAviary-v0 with these settings. */
  public MultiHoverAviaryParallel(MultiHoverAviaryEnv.Config config) {
    this.env = new MultiHoverAviaryEnv(config);
    int n = config.numDrones();
    Box<float[]> obs = env.observationSpace();
    int[] agentShape = Arrays.copyOfRange(obs.shape(), 1, obs.shape().length);
    this.obsSize = Arrays.stream(agentShape).reduce(1, (a, b) -> a * b);
    this.actSize = env.actionSpace().shape()[1];
    this.joint = new float[n * actSize];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = "drone_" + i;
      names.add(name);
      double[] low = Arrays.copyOfRange(obs.low(), i * obsSize, (i + 1) * obsSize);
      double[] high = Arrays.copyOfRange(obs.high(), i * obsSize, (i + 1) * obsSize);
      observationSpaces.put(name, new Box<>(low, high, agentShape, DType.FLOAT32));
      actionSpaces.put(name, Box.float32(-1, 1, actSize));
    }
    this.possibleAgents = List.copyOf(names);
  }

  @Override
  public List<String> possibleAgents() {
    return possibleAgents;
  }

  @Override
  public Space<float[]> observationSpace(String agent) {
    return observationSpaces.get(agent);
  }

  @Override
  public Space<float[]> actionSpace(String agent) {
    return actionSpaces.get(agent);
  }

  @Override
  protected ParallelReset<float[]> doReset(Map<String, Object> options) {
    Reset<float[]> r = env.reset(null, options);
    agents.addAll(possibleAgents);
    Map<String, Map<String, Object>> infos = new LinkedHashMap<>();
    for (String a : possibleAgents) {
      infos.put(a, Map.of());
    }
    return new ParallelReset<>(split(r.observation()), infos);
  }

  @Override
  protected ParallelStep<float[]> doStep(Map<String, float[]> actions) {
    for (int i = 0; i < possibleAgents.size(); i++) {
      System.arraycopy(actions.get(possibleAgents.get(i)), 0, joint, i * actSize, actSize);
    }
    Step<float[]> s = env.step(joint);
    Map<String, Double> rewards = new LinkedHashMap<>();
    Map<String, Boolean> terminations = new LinkedHashMap<>();
    Map<String, Boolean> truncations = new LinkedHashMap<>();
    Map<String, Map<String, Object>> infos = new LinkedHashMap<>();
    for (int i = 0; i < possibleAgents.size(); i++) {
      String a = possibleAgents.get(i);
      rewards.put(a, env.droneReward(i));
      terminations.put(a, s.terminated());
      truncations.put(a, s.truncated());
      infos.put(a, Map.of());
    }
    return new ParallelStep<>(split(s.observation()), rewards, terminations, truncations, infos);
  }

  private Map<String, float[]> split(float[] flat) {
    Map<String, float[]> out = new LinkedHashMap<>();
    for (int i = 0; i < possibleAgents.size(); i++) {
      out.put(possibleAgents.get(i), Arrays.copyOfRange(flat, i * obsSize, (i + 1) * obsSize));
    }
    return out;
  }

  @Override
  public void close() {
    env.close();
  }
}
