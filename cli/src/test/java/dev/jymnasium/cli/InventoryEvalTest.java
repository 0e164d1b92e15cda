package dev.jymnasium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jymnasium.control.inventory.CappedBaseStockPolicy;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code jym eval --controller} with the structured inventory policies, run in-process. */
class InventoryEvalTest {
  private static double meanReturn(String... args) throws Exception {
    Cli.Result r = Cli.run(args);
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    return json.get("mean_return").asDouble();
  }

  @Test
  void cappedBaseStockReturnsWhatThePolicyGetsInTheEnv() throws Exception {
    double cli =
        meanReturn(
            "eval",
            "inventory/OneStoreLost-v0",
            "--controller",
            "capped-base-stock",
            "--params",
            "{\"level\": 29, \"cap\": 5}",
            "--episodes",
            "3",
            "--seed",
            "4",
            "--json");
    CappedBaseStockPolicy policy = new CappedBaseStockPolicy(29, 5);
    double sum = 0;
    try (Env<Map<String, Object>, double[]> env = Gym.make("inventory/OneStoreLost-v0")) {
      for (int k = 0; k < 3; k++) {
        Map<String, Object> obs = env.reset(4L + k, null).observation();
        while (true) {
          Step<Map<String, Object>> s =
              env.step(new double[] {policy.order((double[]) obs.get("store_inventories"))});
          sum += s.reward();
          if (s.done()) {
            break;
          }
          obs = s.observation();
        }
      }
    }
    assertEquals(sum / 3, cli, 1e-6 * Math.abs(cli));
  }

  @Test
  void everyPolicyRunsAndSearchImprovesOnAPoorStart() throws Exception {
    String id = "inventory/OneStoreBacklogged-v0";
    double poor =
        meanReturn(
            "eval",
            id,
            "--controller",
            "base-stock",
            "--params",
            "{\"level\": 10}",
            "--episodes",
            "5",
            "--json");
    Cli.Result searched =
        Cli.run(
            "eval",
            id,
            "--controller",
            "base-stock",
            "--params",
            "{\"level\": 10}",
            "--search",
            "--episodes",
            "5",
            "--json");
    assertEquals(0, searched.exitCode(), searched.err());
    assertTrue(searched.err().contains("--search found --params '{\"level\":"), searched.err());
    double better = new ObjectMapper().readTree(searched.out()).get("mean_return").asDouble();
    assertTrue(better > poor, "searched " + better + " vs level 10: " + poor);
    for (String c : new String[] {"newsvendor", "constant-order", "capped-base-stock"}) {
      meanReturn("eval", id, "--controller", c, "--episodes", "2", "--json");
    }
    meanReturn(
        "eval",
        "inventory/Serial-v0",
        "--controller",
        "echelon-base-stock",
        "--params",
        "{\"increments\": [25, 15, 20, 10]}",
        "--episodes",
        "2",
        "--json");
  }

  @Test
  void badInventoryUsesAreNamed() {
    Cli.Result r = Cli.run("eval", "inventory/Serial-v0", "--controller", "base-stock");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("accepted there: echelon-base-stock"), r.err());
    r = Cli.run("eval", "CartPole-v1", "--controller", "base-stock");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("inventory/OneStoreLost-v0"), r.err());
    r =
        Cli.run(
            "eval",
            "inventory/OneStoreLost-v0",
            "--controller",
            "base-stock",
            "--params",
            "{\"levl\": 3}");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("'levl'") && r.err().contains("accepted: level"), r.err());
    r =
        Cli.run(
            "eval",
            "inventory/Serial-v0",
            "--controller",
            "echelon-base-stock",
            "--params",
            "{\"increments\": [1, 2]}");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("list of 4 numbers"), r.err());
    r = Cli.run("eval", "controlgym/he1-v0", "--controller", "lqr", "--search");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--params and --search"), r.err());
  }
}
