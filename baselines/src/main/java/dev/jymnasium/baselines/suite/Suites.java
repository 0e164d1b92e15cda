package dev.jymnasium.baselines.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds suites on the classpath. Every jar may ship {@code dev/jymnasium/suites/index} (one suite
 * name a line, {@code #} comments) and, for each name, {@code dev/jymnasium/suites/NAME.json}; the
 * names of all indexes together are the known suites.
 */
public final class Suites {
  /** Folder of the suite resources. */
  public static final String FOLDER = "dev/jymnasium/suites/";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Suites() {}

  /** The names of the suites on the classpath of this class's loader, sorted. */
  public static List<String> names() {
    return names(Suites.class.getClassLoader());
  }

  /** The names of the suites that {@code loader} sees, sorted. */
  public static List<String> names(ClassLoader loader) {
    TreeSet<String> names = new TreeSet<>();
    try {
      Enumeration<URL> indexes = loader.getResources(FOLDER + "index");
      while (indexes.hasMoreElements()) {
        try (InputStream in = indexes.nextElement().openStream()) {
          for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String n = line.strip();
            if (!n.isEmpty() && !n.startsWith("#")) {
              names.add(n);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the suite indexes", e);
    }
    return new ArrayList<>(names);
  }

  /**
   * Loads the suite {@code name}.
   *
   * @throws SuiteException for an unknown name (the message lists the known ones) or a malformed
   *     file (the message names the field)
   */
  public static Suite load(String name) {
    return load(name, Suites.class.getClassLoader());
  }

  /** As {@link #load(String)}, with the resources {@code loader} sees. */
  public static Suite load(String name, ClassLoader loader) {
    List<String> known = names(loader);
    if (!known.contains(name)) {
      throw new SuiteException(
          "unknown suite '" + name + "'; known suites: " + String.join(", ", known));
    }
    try (InputStream in = loader.getResourceAsStream(FOLDER + name + ".json")) {
      if (in == null) {
        throw new SuiteException(
            "suite '" + name + "' is listed but " + FOLDER + name + ".json is missing");
      }
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read suite " + name, e);
    }
  }

  /**
   * Parses the text of a suite file.
   *
   * @param name the suite's name (must match the file's {@code name})
   * @throws SuiteException naming the first bad field, e.g. {@code envs[2].budget.ppo}
   */
  public static Suite parse(String name, String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SuiteException("suite " + name + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    Parser p = new Parser(name);
    p.requireObject(root, "(top level)");
    String fileName = p.text(root, "name", null);
    if (!fileName.equals(name)) {
      throw p.error("name", "is '" + fileName + "', expected '" + name + "'");
    }
    String description = p.optionalText(root, "description");
    JsonNode seedsNode = p.required(root, "seeds");
    if (!seedsNode.isArray() || seedsNode.isEmpty()) {
      throw p.error("seeds", "must be a non-empty array of integers");
    }
    List<Long> seeds = new ArrayList<>();
    for (int i = 0; i < seedsNode.size(); i++) {
      JsonNode s = seedsNode.get(i);
      if (!s.canConvertToLong() || !s.isIntegralNumber() || s.asLong() < 0) {
        throw p.error("seeds[" + i + "]", "must be an integer >= 0");
      }
      seeds.add(s.asLong());
    }
    EvalProtocol eval = EvalProtocol.DEFAULT;
    JsonNode evalNode = root.get("eval");
    if (evalNode != null) {
      p.requireObject(evalNode, "eval");
      int episodes = (int) p.integer(evalNode, "eval", "episodes", EvalProtocol.DEFAULT.episodes());
      if (episodes < 1) {
        throw p.error("eval.episodes", "must be >= 1");
      }
      JsonNode det = evalNode.get("deterministic");
      if (det != null && !det.isBoolean()) {
        throw p.error("eval.deterministic", "must be true or false");
      }
      if (det != null && !det.asBoolean()) {
        throw p.error(
            "eval.deterministic", "only true is supported (saved policies act deterministically)");
      }
      long seed = p.integer(evalNode, "eval", "seed", EvalProtocol.DEFAULT.seed());
      eval = new EvalProtocol(episodes, true, seed);
    }
    Map<String, Map<String, Object>> algorithms = new LinkedHashMap<>();
    JsonNode algos = p.required(root, "algorithms");
    p.requireObject(algos, "algorithms");
    for (Iterator<Map.Entry<String, JsonNode>> it = algos.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> a = it.next();
      String path = "algorithms." + a.getKey();
      p.requireObject(a.getValue(), path);
      JsonNode hp = a.getValue().get("hyperparams");
      algorithms.put(a.getKey(), hp == null ? Map.of() : p.map(hp, path + ".hyperparams"));
    }
    JsonNode envsNode = p.required(root, "envs");
    if (!envsNode.isArray() || envsNode.isEmpty()) {
      throw p.error("envs", "must be a non-empty array");
    }
    List<SuiteEnv> envs = new ArrayList<>();
    for (int i = 0; i < envsNode.size(); i++) {
      envs.add(parseEnv(p, envsNode.get(i), "envs[" + i + "]", algorithms));
    }
    return new Suite(
        name,
        description == null ? "" : description,
        List.copyOf(seeds),
        eval,
        algorithms,
        List.copyOf(envs));
  }

  private static SuiteEnv parseEnv(
      Parser p, JsonNode e, String path, Map<String, Map<String, Object>> algorithms) {
    p.requireObject(e, path);
    String id = p.text(e, "id", path);
    JsonNode kw = e.get("kwargs");
    Map<String, Object> kwargs = kw == null ? Map.of() : p.map(kw, path + ".kwargs");
    JsonNode budget = e.get("budget");
    if (budget == null || !budget.isObject() || budget.isEmpty()) {
      throw p.error(path + ".budget", "must be an object of algorithm to total steps");
    }
    Map<String, Long> budgets = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = budget.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> b = it.next();
      String bp = path + ".budget." + b.getKey();
      if (!algorithms.containsKey(b.getKey())) {
        throw p.error(bp, "names an algorithm missing from 'algorithms'");
      }
      if (!b.getValue().isIntegralNumber() || b.getValue().asLong() < 1) {
        throw p.error(bp, "must be an integer >= 1");
      }
      budgets.put(b.getKey(), b.getValue().asLong());
    }
    Map<String, Map<String, Object>> hyperparams = new LinkedHashMap<>();
    JsonNode hp = e.get("hyperparams");
    if (hp != null) {
      p.requireObject(hp, path + ".hyperparams");
      for (Iterator<Map.Entry<String, JsonNode>> it = hp.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> h = it.next();
        String hpPath = path + ".hyperparams." + h.getKey();
        if (!budgets.containsKey(h.getKey())) {
          throw p.error(hpPath, "names an algorithm without a budget for this env");
        }
        hyperparams.put(h.getKey(), p.map(h.getValue(), hpPath));
      }
    }
    ReferenceScores ref = ReferenceScores.NONE;
    JsonNode r = e.get("reference");
    if (r != null) {
      String rp = path + ".reference";
      p.requireObject(r, rp);
      Double random = null;
      String randomSource = null;
      JsonNode rnd = r.get("random");
      if (rnd != null && !rnd.isNull()) {
        p.requireObject(rnd, rp + ".random");
        JsonNode score = rnd.get("score");
        if (score == null || !score.isNumber()) {
          throw p.error(rp + ".random.score", "must be a number");
        }
        random = score.asDouble();
        randomSource = p.text(rnd, "source", rp + ".random");
      }
      List<PublishedScore> published = new ArrayList<>();
      JsonNode pub = r.get("published");
      if (pub != null) {
        if (!pub.isArray()) {
          throw p.error(rp + ".published", "must be an array");
        }
        for (int j = 0; j < pub.size(); j++) {
          String pp = rp + ".published[" + j + "]";
          JsonNode s = pub.get(j);
          p.requireObject(s, pp);
          JsonNode score = s.get("score");
          if (score == null || !score.isNumber()) {
            throw p.error(pp + ".score", "must be a number");
          }
          published.add(
              new PublishedScore(p.text(s, "algo", pp), score.asDouble(), p.text(s, "source", pp)));
        }
      }
      ref = new ReferenceScores(random, randomSource, published);
    }
    return new SuiteEnv(id, kwargs, budgets, hyperparams, ref);
  }

  /** Field access with errors that name the suite and the field's path. */
  private static final class Parser {
    private final String suite;

    Parser(String suite) {
      this.suite = suite;
    }

    SuiteException error(String path, String what) {
      return new SuiteException("suite " + suite + ": field " + path + " " + what);
    }

    void requireObject(JsonNode n, String path) {
      if (n == null || !n.isObject()) {
        throw error(path, "must be a JSON object");
      }
    }

    JsonNode required(JsonNode n, String key) {
      JsonNode v = n.get(key);
      if (v == null) {
        throw error(key, "is missing");
      }
      return v;
    }

    /**
     * The non-empty string at {@code key}, which must be there; {@code parent} is null at the top.
     */
    String text(JsonNode n, String key, String parent) {
      String path = parent == null ? key : parent + "." + key;
      JsonNode v = n.get(key);
      if (v == null) {
        throw error(path, "is missing");
      }
      return nonEmpty(v, path);
    }

    /** The non-empty string at {@code key} of the top level, or null when it is not there. */
    String optionalText(JsonNode n, String key) {
      JsonNode v = n.get(key);
      return v == null ? null : nonEmpty(v, key);
    }

    private String nonEmpty(JsonNode v, String path) {
      if (!v.isTextual() || v.asText().isBlank()) {
        throw error(path, "must be a non-empty string");
      }
      return v.asText();
    }

    long integer(JsonNode n, String parent, String key, long dflt) {
      JsonNode v = n.get(key);
      if (v == null) {
        return dflt;
      }
      if (!v.isIntegralNumber()) {
        throw error(parent + "." + key, "must be an integer");
      }
      return v.asLong();
    }

    Map<String, Object> map(JsonNode n, String path) {
      requireObject(n, path);
      return JSON.convertValue(n, new TypeReference<LinkedHashMap<String, Object>>() {});
    }
  }
}
