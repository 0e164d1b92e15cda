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
  void hinfAndH2RunControlgymsAdversarialEpisodes() throws Exception {
    // controlgym's H2Hinf(he1, gamma = 1).run(seed) for seeds 0 and 1, all rewards summed (the
    // values of H2HinfReferenceTest).
    Cli.Result r =
        Cli.run(
            "eval",
            "controlgym/he1-v0",
            "--controller",
            "hinf",
            "--gamma",
            "1",
            "--episodes",
            "2",
            "--json");
    assertEquals(0, r.exitCode(), r.err());
    double mean = new ObjectMapper().readTree(r.out()).get("mean_return").asDouble();
    double expected = (-0.033598690597045 - 0.4288614424838498) / 2;
    assertEquals(expected, mean, 1e-6 * Math.abs(expected));
    double h2 = eval("controlgym/he1-v0", "h2").get("mean_return").asDouble();
    double zero = eval("controlgym/he1-v0", "zero").get("mean_return").asDouble();
    assertTrue(h2 > zero, "H2 " + h2 + " vs zero " + zero);
  }

  @Test
  void lqgRunsOnTheConvectionDiffusionReactionPde() throws Exception {
    double lqg =
        eval("controlgym/convection_diffusion_reaction-v0", "lqg").get("mean_return").asDouble();
    double zero =
        eval("controlgym/convection_diffusion_reaction-v0", "zero").get("mean_return").asDouble();
    assertTrue(lqg > zero, "LQG " + lqg + " vs zero " + zero);
  }

  @Test
  void badControllerUsesAreNamed() {
    Cli.Result r = Cli.run("eval", "controlgym/burgers-v0", "--controller", "lqr");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("burgers") && r.err().contains("accepted there: zero"), r.err());
    r = Cli.run("eval", "CartPole-v1", "--controller", "zero");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("controlgym"), r.err());
    r =
        Cli.run(
            "eval",
            "controlgym/he1-v0",
            "--controller",
            "lqg",
            "--kwargs",
            "{\"observe_state\": true}");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("observe_state") && r.err().contains("use lqr"), r.err());
    r = Cli.run("eval", "controlgym/he1-v0", "--controller", "mpc");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("lqr, lqg, h2, hinf, zero") && r.err().contains("mpc"), r.err());
    r = Cli.run("eval", "controlgym/he1-v0", "--controller", "lqr", "--gamma", "2");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--gamma goes with --controller hinf"), r.err());
    r = Cli.run("eval", "controlgym/he1-v0", "--controller", "hinf", "--gamma", "-1");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--gamma must be finite and > 0, got -1"), r.err());
    r = Cli.run("eval", "controlgym/he1-v0");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--policy") && r.err().contains("--controller"), r.err());
  }
}
