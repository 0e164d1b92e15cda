package dev.jymnasium.env.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.multiagent.ParallelEnv;
import dev.jymnasium.env.multiagent.ParallelReset;
import dev.jymnasium.env.multiagent.ParallelStep;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.env.vector.CountingEnv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parallel multi-agent specs: makeParallel binds kwargs as make does, and make points to it. */
class ParallelRegistryTest {
  /** The echo env's kwargs. */
  record Echo(@Kwarg(defaultValue = "2", min = 1, doc = "number of agents") int numAgents) {}

  /** Each agent observes the action it last took; the episode ends after three steps. */
  static final class EchoEnv extends ParallelEnv<Integer, Integer> {
    private final List<String> possible = new ArrayList<>();
    private int t;
    boolean closed;

    EchoEnv(Echo config) {
      for (int i = 0; i < config.numAgents(); i++) {
        possible.add("agent_" + i);
      }
    }

    @Override
    public List<String> possibleAgents() {
      return List.copyOf(possible);
    }

    @Override
    public Space<Integer> observationSpace(String agent) {
      return new Discrete(3);
    }

    @Override
    public Space<Integer> actionSpace(String agent) {
      return new Discrete(3);
    }

    @Override
    protected ParallelReset<Integer> doReset(Map<String, Object> options) {
      t = 0;
      agents.addAll(possible);
      Map<String, Integer> obs = new LinkedHashMap<>();
      Map<String, Map<String, Object>> infos = new LinkedHashMap<>();
      for (String a : possible) {
        obs.put(a, 0);
        infos.put(a, Map.of());
      }
      return new ParallelReset<>(obs, infos);
    }

    @Override
    protected ParallelStep<Integer> doStep(Map<String, Integer> actions) {
      t++;
      Map<String, Double> rewards = new LinkedHashMap<>();
      Map<String, Boolean> done = new LinkedHashMap<>();
      Map<String, Boolean> trunc = new LinkedHashMap<>();
      Map<String, Map<String, Object>> infos = new LinkedHashMap<>();
      for (String a : actions.keySet()) {
        rewards.put(a, actions.get(a).doubleValue());
        done.put(a, t >= 3);
        trunc.put(a, false);
        infos.put(a, Map.of());
      }
      return new ParallelStep<>(new LinkedHashMap<>(actions), rewards, done, trunc, infos);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static Registry registry() {
    Registry r = new Registry();
    r.register(EnvSpec.builder("Echo-v0").parallelConfig(Echo.class, EchoEnv::new).build());
    r.register(
        EnvSpec.builder("Echo-v1")
            .parallelConfig(Echo.class, EchoEnv::new)
            .kwarg("num_agents", 3)
            .build());
    r.register(EnvSpec.builder("Count-v1").entryPoint(kw -> new CountingEnv(3)).build());
    return r;
  }

  @Test
  void makeParallelBindsKwargsOverTheSpecs() {
    ParallelEnv<Integer, Integer> env = registry().makeParallel("Echo-v1", Map.of());
    assertEquals(List.of("agent_0", "agent_1", "agent_2"), env.possibleAgents());
    env = registry().makeParallel("Echo-v1", Map.of("num_agents", 1));
    assertEquals(List.of("agent_0"), env.possibleAgents());
    ParallelReset<Integer> r = env.reset(0L, null);
    assertEquals(Map.of("agent_0", 0), r.observations());
    ParallelStep<Integer> s = env.step(Map.of("agent_0", 2));
    assertEquals(Map.of("agent_0", 2.0), s.rewards());
  }

  @Test
  void unversionedIdResolvesToTheLatest() {
    ParallelEnv<Integer, Integer> env = registry().makeParallel("Echo", Map.of());
    assertEquals(3, env.possibleAgents().size());
  }

  @Test
  void unknownKwargsListTheAcceptedOnesAndCloseTheEnv() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> registry().makeParallel("Echo-v0", Map.of("num_agent", 3)));
    assertTrue(
        e.getMessage().contains("num_agent") && e.getMessage().contains("num_agents"),
        e.getMessage());
    Registry r = new Registry();
    List<EchoEnv> made = new ArrayList<>();
    r.register(
        EnvSpec.builder("Loose-v0")
            .parallelEntryPoint(
                kw -> {
                  EchoEnv env = new EchoEnv(new Echo(2));
                  made.add(env);
                  return env;
                })
            .build());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> r.makeParallel("Loose-v0", Map.of("max_episode_steps", 5)));
    assertTrue(e.getMessage().contains("max_episode_steps"), e.getMessage());
    assertTrue(made.get(0).closed);
  }

  @Test
  void badKwargTypesAreNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> registry().makeParallel("Echo-v0", Map.of("num_agents", "two")));
    assertTrue(e.getMessage().contains("'num_agents'"), e.getMessage());
  }

  @Test
  void unknownIdSuggestsCloseMatches() {
    UnknownEnvException e =
        assertThrows(UnknownEnvException.class, () -> registry().makeParallel("Ecko-v0", Map.of()));
    assertTrue(e.getMessage().contains("Echo-v0"), e.getMessage());
  }

  @Test
  void makeOfAParallelOnlySpecPointsToMakeParallel() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> registry().make("Echo-v0", Map.of()));
    assertTrue(e.getMessage().contains("makeParallel"), e.getMessage());
    assertTrue(e.getMessage().contains("Echo-v0"), e.getMessage());
  }

  @Test
  void makeParallelOfASingleEnvSpecPointsToMake() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> registry().makeParallel("Count-v1", Map.of()));
    assertTrue(e.getMessage().contains("no parallel"), e.getMessage());
  }

  @Test
  void parallelSpecsDescribeTheirKwargs() {
    EnvSpec spec = registry().spec("Echo-v0");
    assertNull(spec.entryPoint());
    assertEquals(Echo.class, spec.config());
    assertEquals("num_agents", spec.kwargInfos().get(0).name());
  }

  @Test
  void parallelOnlySpecsTakeNoTimeLimit() {
    EnvSpec.Builder b =
        EnvSpec.builder("Echo-v0").parallelConfig(Echo.class, EchoEnv::new).maxEpisodeSteps(5);
    assertThrows(IllegalArgumentException.class, b::build);
  }
}
