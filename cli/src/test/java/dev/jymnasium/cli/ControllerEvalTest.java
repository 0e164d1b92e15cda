package dev.jymnasium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code jym eval --controller}: controlgym's classical baselines, run in-process. */
class ControllerEvalTest {
  private static JsonNode eval(String id, String controller) throws Exception {
    Cli.Result r = Cli.run("eval", id, "--controller", controller, "--episodes", "3", "--json");
    assertEquals(0, r.exitCode(), r.err());
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void lqrBeatsZeroControlOnLinearSystemsAndLinearPdes() throws Exception {
    for (String id :
        new String[] {"controlgym/he1-v0", "controlgym/convection_diffusion_reaction-v0"}) {
      double lqr = eval(id, "lqr").get("mean_return").asDouble();
      double zero = eval(id, "zero").get("mean_return").asDouble();
      assertTrue(lqr > zero, id + ": LQR " + lqr + " vs zero " + zero);
    }
  }

  @Test
  void lqgOnTheObservationsLiesBetweenZeroControlAndFullStateLqr() throws Exception {
    double lqr = eval("controlgym/he1-v0", "lqr").get("mean_return").asDouble();
    double lqg = eval("controlgym/he1-v0", "lqg").get("mean_return").asDouble();
    double zero = eval("controlgym/he1-v0", "zero").get("mean_return").asDouble();
    // he1 observes one of its four states: the estimate costs return, open loop diverges.
    assertTrue(zero < lqg && lqg < lqr, "zero " + zero + ", LQG " + lqg + ", LQR " + lqr);
  }

  @Test
  void badControllerUsesAreNamed() {
    Cli.Result r = Cli.run("eval", "controlgym/burgers-v0", "--controller", "lqr");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("burgers") && r.err().contains("accepted there: zero"), r.err());
    r = Cli.run("eval", "CartPole-v1", "--controller", "zero");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("controlgym"), r.err());
    r = Cli.run("eval", "controlgym/he1-v0", "--controller", "hinf");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("lqr, lqg, zero") && r.err().contains("hinf"), r.err());
    r = Cli.run("eval", "controlgym/he1-v0");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--policy") && r.err().contains("--controller"), r.err());
  }
}
