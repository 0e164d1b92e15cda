package dev.jymnasium.env.multiagent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AecEnvTest {
  /** Two players add 1 or 2 to a counter in turns; whoever reaches 5 wins (+1, the other -1). */
  static final class RaceToFive extends AecEnv<Integer, Integer> {
    private int counter;

    @Override
    public List<String> possibleAgents() {
      return List.of("p0", "p1");
    }

    @Override
    public Space<Integer> observationSpace(String agent) {
      return new Discrete(7);
    }

    @Override
    public Space<Integer> actionSpace(String agent) {
      return new Discrete(2);
    }

    @Override
    public Integer observe(String agent) {
      return counter;
    }

    @Override
    protected void doReset(Map<String, Object> options) {
      counter = 0;
      addAgent("p0");
      addAgent("p1");
      agentSelection = "p0";
    }

    @Override
    protected void doStep(Integer action) {
      String me = agentSelection;
      String other = me.equals("p0") ? "p1" : "p0";
      cumulativeRewards.put(me, 0.0);
      counter += action + 1;
      clearRewards();
      if (counter >= 5) {
        rewards.put(me, 1.0);
        rewards.put(other, -1.0);
        terminations.replaceAll((k, v) -> true);
      }
      accumulateRewards();
      agentSelection = other;
    }
  }

  @Test
  void canonicalLoopVisitsEveryAgentOnceMoreAfterTheEnd() {
    RaceToFive env = new RaceToFive();
    env.reset(0L, null);
    List<String> turns = new ArrayList<>();
    List<Double> finalRewards = new ArrayList<>();
    for (String agent : env.agentIter()) {
      AgentStep<Integer> s = env.last();
      turns.add(agent);
      if (s.done()) {
        finalRewards.add(s.reward());
        env.step(null);
      } else {
        env.step(1);
      }
    }
    // p0: 2, p1: 4, p0: 6 wins; then p1 and p0 each step once with null.
    assertEquals(List.of("p0", "p1", "p0", "p1", "p0"), turns);
    assertEquals(List.of(-1.0, 1.0), finalRewards);
    assertTrue(env.agents().isEmpty());
  }

  @Test
  void doneAgentsAcceptOnlyNullAndLiveOnesOnlyValidActions() {
    RaceToFive env = new RaceToFive();
    assertThrows(IllegalStateException.class, () -> env.step(0));
    env.reset(0L, null);
    assertThrows(IllegalArgumentException.class, () -> env.step(5));
    env.step(1);
    env.step(1);
    env.step(1);
    assertThrows(IllegalArgumentException.class, () -> env.step(0));
    env.step(null);
    env.step(null);
    assertThrows(IllegalStateException.class, () -> env.step(null));
  }
}
