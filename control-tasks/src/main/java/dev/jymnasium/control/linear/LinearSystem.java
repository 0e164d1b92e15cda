package dev.jymnasium.control.linear;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ejml.data.DMatrixRMaj;

/**
 * One of controlgym's 37 continuous-time linear systems, as shipped in controlgym's {@code
 * linear_control_src} (controlgym, MIT licence; the systems come from COMPleib, F. Leibfritz,
 * "COMPleib: COnstrained Matrix-optimization Problem library", 2004):
 *
 * <pre>
 * dx/dt = A x + B1 w + B2 u      (w: disturbance, u: control)
 * z     = C1 x + D11 w + D12 u   (performance output)
 * y     = C x + D21 w            (measurement)
 * </pre>
 *
 * <p>The matrices are read from the JSON resources {@code systems/NAME.json} beside this class
 * (converted without change from controlgym's {@code .mat} files). Instances are immutable: the
 * accessors return copies.
 */
public final class LinearSystem {
  /** The ids controlgym's {@code make} accepts for linear systems, in its catalogue order. */
  public static final List<String> NAMES =
      List.of(
          "toy", "ac1", "ac2", "ac3", "ac4", "ac5", "ac6", "ac7", "ac8", "ac9", "ac10", "bdt1",
          "bdt2", "cbm", "cdp", "cm1", "cm2", "cm3", "cm4", "cm5", "dis1", "dis2", "dlr", "he1",
          "he2", "he3", "he4", "he5", "he6", "iss", "je1", "je2", "lah", "pas", "psm", "rea",
          "umv");

  /** Systems whose {@code D12ᵀD12} is singular, so controlgym uses {@code λ_max · I} as R. */
  private static final List<String> PATCHED_R = List.of("ac1", "ac6", "ac8");

  private static final Map<String, LinearSystem> LOADED = new ConcurrentHashMap<>();
  private static final Map<String, DiscreteLinearSystem> DISCRETISED = new ConcurrentHashMap<>();

  private final String name;
  final DMatrixRMaj a;
  final DMatrixRMaj b1;
  final DMatrixRMaj b2;
  final DMatrixRMaj c;
  final DMatrixRMaj c1;
  final DMatrixRMaj d11;
  final DMatrixRMaj d12;
  final DMatrixRMaj d21;

  private LinearSystem(String name, Map<String, DMatrixRMaj> m) {
    this.name = name;
    this.a = m.get("A");
    this.b1 = m.get("B1");
    this.b2 = m.get("B2");
    this.c = m.get("C");
    this.c1 = m.get("C1");
    this.d11 = m.get("D11");
    this.d12 = m.get("D12");
    this.d21 = m.get("D21");
  }

  /**
   * The system called {@code name} (one of {@link #NAMES}); loaded once and shared.
   *
   * @throws IllegalArgumentException if {@code name} is not one of {@link #NAMES}
   */
  public static LinearSystem of(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "unknown controlgym linear system '" + name + "', expected one of " + NAMES);
    }
    return LOADED.computeIfAbsent(name, LinearSystem::load);
  }

  private static LinearSystem load(String name) {
    String resource = "systems/" + name + ".json";
    try (InputStream in = LinearSystem.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, DMatrixRMaj> m = new java.util.HashMap<>();
      for (String key : List.of("A", "B1", "B2", "C", "C1", "D11", "D12", "D21")) {
        m.put(key, matrix(json, key, resource));
      }
      return new LinearSystem(name, m);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  /** Reads {@code "KEY":{"rows":r,"cols":c,"data":[...]}} of the fixed format of the resources. */
  private static DMatrixRMaj matrix(String json, String key, String resource) {
    int at = json.indexOf("\"" + key + "\":");
    if (at < 0) {
      throw new IllegalStateException(resource + " has no matrix " + key);
    }
    int rows = intField(json, "\"rows\":", at);
    int cols = intField(json, "\"cols\":", at);
    int open = json.indexOf('[', json.indexOf("\"data\":", at));
    int close = json.indexOf(']', open);
    DMatrixRMaj out = new DMatrixRMaj(rows, cols);
    String body = json.substring(open + 1, close).trim();
    String[] items = body.isEmpty() ? new String[0] : body.split(",");
    if (items.length != rows * cols) {
      throw new IllegalStateException(
          resource + ": " + key + " has " + items.length + " values, expected " + rows * cols);
    }
    for (int i = 0; i < items.length; i++) {
      // Double.parseDouble reads the shortest round-trip text Python writes back to the same bits.
      out.data[i] = Double.parseDouble(items[i].trim());
    }
    return out;
  }

  private static int intField(String json, String field, int from) {
    int start = json.indexOf(field, from) + field.length();
    int end = start;
    while (Character.isDigit(json.charAt(end))) {
      end++;
    }
    return Integer.parseInt(json.substring(start, end));
  }

  /**
   * The system discretised with a zero-order hold at {@code sampleTimeS} and controlgym's default
   * cost weights; computed once per (system, sample time) and shared.
   *
   * @throws IllegalArgumentException if {@code sampleTimeS} is not finite and positive
   */
  public DiscreteLinearSystem discretise(double sampleTimeS) {
    if (!(sampleTimeS > 0) || !Double.isFinite(sampleTimeS)) {
      throw new IllegalArgumentException(
          "sample time must be finite and > 0 seconds, got " + sampleTimeS);
    }
    return DISCRETISED.computeIfAbsent(
        name + "@" + sampleTimeS,
        k -> new DiscreteLinearSystem(this, sampleTimeS, PATCHED_R.contains(name)));
  }

  /** The system's id, e.g. {@code he1}. */
  public String name() {
    return name;
  }

  /** State dimension n. */
  public int stateSize() {
    return a.numRows;
  }

  /** Control dimension m. */
  public int actionSize() {
    return b2.numCols;
  }

  /** Disturbance dimension n_w. */
  public int disturbanceSize() {
    return b1.numCols;
  }

  /** Measurement dimension p. */
  public int observationSize() {
    return c.numRows;
  }

  /** Performance output dimension n_z. */
  public int outputSize() {
    return c1.numRows;
  }

  /** Continuous-time A (a copy). */
  public DMatrixRMaj a() {
    return a.copy();
  }

  /** Continuous-time B1, the disturbance input (a copy). */
  public DMatrixRMaj b1() {
    return b1.copy();
  }

  /** Continuous-time B2, the control input (a copy). */
  public DMatrixRMaj b2() {
    return b2.copy();
  }
}
