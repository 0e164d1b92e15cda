package dev.jymnasium.cli;

import dev.jymnasium.control.inventory.BaseStockPolicy;
import dev.jymnasium.control.inventory.BatchPolicy;
import dev.jymnasium.control.inventory.CappedBaseStockPolicy;
import dev.jymnasium.control.inventory.ChainSetting;
import dev.jymnasium.control.inventory.ConstantOrderPolicy;
import dev.jymnasium.control.inventory.EchelonStockPolicy;
import dev.jymnasium.control.inventory.NewsvendorQuantile;
import dev.jymnasium.control.inventory.PolicySearch;
import dev.jymnasium.control.inventory.ScenarioBatch;
import dev.jymnasium.control.inventory.SerialEnv;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.rng.NpRandom;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The structured inventory policies of {@code jym eval --controller NAME [--params JSON]
 * [--search]}, on the one-store envs and {@code inventory/Serial-v0}:
 *
 * <ul>
 *   <li>{@code base-stock} ({@code level}): {@code q = (S − IP)⁺};
 *   <li>{@code capped-base-stock} ({@code level}, {@code cap}): {@code q = min((S − IP)⁺, r)};
 *   <li>{@code constant-order} ({@code quantity}): {@code q = r};
 *   <li>{@code newsvendor} ({@code quantile}, default {@code p/(p+h)}): base-stock at that quantile
 *       of the demand over {@code L + 1} periods;
 *   <li>{@code echelon-base-stock} ({@code increments}, store first; serial env only): echelon
 *       base-stock with levels {@code S_k = x_0 + … + x_k}.
 * </ul>
 *
 * {@code --search} first fits the parameters ({@code --params} is the starting point, else a
 * newsvendor-based guess) by {@link PolicySearch} on {@value #SEARCH_SCENARIOS} pre-sampled
 * scenarios of the env's horizon, minimising the published metric (average cost per period after
 * the warm-up).
 */
final class InventoryPolicy extends ComputedPolicy {
  /** The names {@code --controller} accepts for inventory envs. */
  static final List<String> NAMES =
      List.of(
          "base-stock", "capped-base-stock", "constant-order", "newsvendor", "echelon-base-stock");

  static final int SEARCH_SCENARIOS = 2048;
  private static final long SEARCH_SEED = 12345;

  private final Function<Map<String, Object>, double[]> law;
  private final Map<String, Object> parameters;

  private InventoryPolicy(
      String name,
      String envId,
      Env<Object, Object> env,
      Function<Map<String, Object>, double[]> law,
      Map<String, Object> parameters) {
    super(name, envId, env);
    this.law = law;
    this.parameters = parameters;
  }

  /**
   * The policy {@code name} for {@code env} with {@code params}, fitted first when {@code search}.
   *
   * @throws CliException naming what is wrong and what is accepted
   */
  static InventoryPolicy of(
      String name,
      Env<Object, Object> env,
      String envId,
      Map<String, Object> params,
      SearchMode search,
      PrintWriter log) {
    Object inner = env.unwrapped();
    if (!(inner instanceof ChainSetting setting)) {
      throw CliException.usage(
          "--controller "
              + name
              + " works on inventory/OneStoreLost-v0, inventory/OneStoreBacklogged-v0 and"
              + " inventory/Serial-v0, not on "
              + envId);
    }
    boolean serial = inner instanceof SerialEnv;
    if (serial != name.equals("echelon-base-stock")) {
      throw CliException.usage(
          "--controller "
              + name
              + " is not available for "
              + envId
              + " (accepted there: "
              + (serial ? "echelon-base-stock" : String.join(", ", NAMES.subList(0, 4)))
              + ")");
    }
    Family family = family(name, setting);
    double[] start = family.parameters(params, setting);
    double[] chosen = start;
    if (search == SearchMode.SEARCH) {
      chosen = search(setting, family, start, log);
    }
    BatchPolicy policy = family.build(chosen);
    Map<String, Object> shown = family.describe(chosen);
    if (inner instanceof SerialEnv s) {
      EchelonStockPolicy echelon = (EchelonStockPolicy) policy;
      return new InventoryPolicy(
          name, envId, env, obs -> s.actionOf(echelon.orders(s.stageInventories())), shown);
    }
    double[] action = new double[1];
    Function<double[], Double> rule;
    if (policy instanceof BaseStockPolicy b) {
      rule = b::order;
    } else if (policy instanceof CappedBaseStockPolicy c) {
      rule = c::order;
    } else {
      rule = ((ConstantOrderPolicy) policy)::order;
    }
    Function<Map<String, Object>, double[]> law =
        obs -> {
          action[0] = rule.apply((double[]) obs.get("store_inventories"));
          return action;
        };
    return new InventoryPolicy(name, envId, env, law, shown);
  }

  /** Whether {@code --search} fits the parameters before the evaluation. */
  enum SearchMode {
    SEARCH,
    GIVEN
  }

  /** How {@code --params} gives the parameters: named numbers, or one list. */
  private enum Shape {
    NUMBERS,
    LIST
  }

  /** A parameterised policy: its parameter names, defaults, and construction. */
  private record Family(
      List<String> names,
      Function<double[], BatchPolicy> build,
      Function<ChainSetting, double[]> guess,
      Shape shape) {
    BatchPolicy build(double[] p) {
      return build.apply(p);
    }

    double[] parameters(Map<String, Object> params, ChainSetting setting) {
      for (String key : params.keySet()) {
        if (!names.contains(key)) {
          throw CliException.usage(
              "--params: unknown key '" + key + "'; accepted: " + String.join(", ", names));
        }
      }
      double[] guessed = guess.apply(setting);
      if (shape == Shape.LIST) {
        Object v = params.get(names.get(0));
        if (v == null) {
          return guessed;
        }
        if (!(v instanceof List<?> list) || list.size() != guessed.length) {
          throw CliException.usage(
              "--params: '"
                  + names.get(0)
                  + "' must be a list of "
                  + guessed.length
                  + " numbers (store first), got "
                  + v);
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = number(names.get(0), list.get(i));
        }
        return out;
      }
      double[] out = guessed.clone();
      for (int i = 0; i < names.size(); i++) {
        Object v = params.get(names.get(i));
        if (v != null) {
          out[i] = number(names.get(i), v);
        }
      }
      return out;
    }

    Map<String, Object> describe(double[] p) {
      Map<String, Object> out = new LinkedHashMap<>();
      if (shape == Shape.LIST) {
        List<Double> values = new ArrayList<>();
        for (double x : p) {
          values.add(x);
        }
        out.put(names.get(0), values);
      } else {
        for (int i = 0; i < names.size(); i++) {
          out.put(names.get(i), p[i]);
        }
      }
      return out;
    }
  }

  private static double number(String key, Object v) {
    if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
      return n.doubleValue();
    }
    throw CliException.usage("--params: '" + key + "' must be a finite number, got " + v);
  }

  private static Family family(String name, ChainSetting s) {
    double mu = s.meanDemand();
    int lead = s.chain().leadTimes()[0];
    double p = s.chain().underageCost();
    double h = s.chain().holdingCosts()[0];
    Function<ChainSetting, double[]> level =
        c -> new double[] {c.demandQuantile(lead + 1, NewsvendorQuantile.criticalRatio(p, h))};
    return switch (name) {
      case "base-stock" ->
          new Family(List.of("level"), x -> new BaseStockPolicy(x[0]), level, Shape.NUMBERS);
      case "capped-base-stock" ->
          new Family(
              List.of("level", "cap"),
              x -> new CappedBaseStockPolicy(x[0], Math.max(x[1], 0)),
              c -> new double[] {level.apply(c)[0], 2 * mu},
              Shape.NUMBERS);
      case "constant-order" ->
          new Family(
              List.of("quantity"),
              x -> new ConstantOrderPolicy(Math.max(x[0], 0)),
              c -> new double[] {mu},
              Shape.NUMBERS);
      case "newsvendor" ->
          new Family(
              List.of("quantile"),
              x -> new BaseStockPolicy(s.demandQuantile(lead + 1, x[0])),
              c -> new double[] {NewsvendorQuantile.criticalRatio(p, h)},
              Shape.NUMBERS);
      case "echelon-base-stock" -> {
        int[] leads = s.chain().leadTimes();
        yield new Family(
            List.of("increments"),
            x -> new EchelonStockPolicy(nonNegative(x)),
            c -> {
              double[] x = new double[leads.length];
              x[0] = level.apply(c)[0];
              for (int k = 1; k < x.length; k++) {
                x[k] = mu * leads[k];
              }
              return x;
            },
            Shape.LIST);
      }
      default ->
          throw CliException.usage(
              "--controller must be one of " + String.join(", ", NAMES) + ", got '" + name + "'");
    };
  }

  private static double[] nonNegative(double[] x) {
    double[] out = x.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.max(out[i], 0);
    }
    return out;
  }

  /** Pattern search (steps from μ down to μ/64) on common random numbers. */
  private static double[] search(
      ChainSetting setting, Family family, double[] start, PrintWriter log) {
    if (family.names().equals(List.of("quantile"))) {
      throw CliException.usage(
          "--search fits levels, not the newsvendor quantile: use --controller base-stock --search");
    }
    ScenarioBatch batch = new ScenarioBatch(setting.chain(), SEARCH_SCENARIOS);
    int slots = setting.chain().slots()[0];
    double[] initial = new double[slots * SEARCH_SCENARIOS];
    double a = setting.initialRangeMult()[0];
    double b = setting.initialRangeMult()[1];
    NpRandom rng = NpRandom.of(SEARCH_SEED);
    for (int i = 0; i < initial.length; i++) {
      initial[i] = (a + (b - a) * rng.random()) * setting.meanDemand();
    }
    PolicySearch ps =
        new PolicySearch(
            batch,
            bb -> bb.setInventories(0, initial),
            setting.demandTrace(SEARCH_SEED + 1, setting.periods(), SEARCH_SCENARIOS),
            setting.ignorePeriods());
    double step = Math.max(setting.meanDemand(), 1);
    PolicySearch.Result r =
        ps.search(x -> family.build(nonNegative(x)), nonNegative(start), step, step / 64);
    log.printf(
        Locale.ROOT,
        "jym eval: --search found --params '%s': %.4f per period after the warm-up on %d"
            + " scenarios (%d rollouts)%n",
        Json.toJson(family.describe(r.parameters())),
        r.averageCost(),
        SEARCH_SCENARIOS,
        r.evaluations());
    log.flush();
    return r.parameters();
  }

  /** The parameters the policy runs with (after any search). */
  Map<String, Object> parameters() {
    return parameters;
  }

  @Override
  public Object act(Object observation) {
    @SuppressWarnings("unchecked")
    Map<String, Object> obs = (Map<String, Object>) observation;
    return law.apply(obs);
  }

  /** A structured policy is given by its parameters, not saved. */
  @Override
  public void save(Path path) {
    throw new UnsupportedOperationException(
        "the " + algorithm() + " policy is given by its parameters " + parameters + ", not saved");
  }
}
