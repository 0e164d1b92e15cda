import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many {@code jym rollout} runs in one JVM, for fidelity.py: saves a JVM start per rollout.
 *
 * <p>Reads tab-separated jobs from standard input, {@code ID SEED KWARGS_JSON ACTIONS_FILE
 * OUT_FILE}, and for each makes the env as {@code jym rollout} does ({@code Gym.make(id, kwargs)}),
 * resets it with the seed and steps the actions (one JSON number array per line) until the last
 * action or the first terminated/truncated step, writing one JSON object per line (reset first):
 * {@code {"obs": [...], "reward": r}}, the reward null on the reset line. Run with the single-file source launcher:
 *
 * <pre>
 * java -cp 'cli/target/jym.jar:cli/target/lib/*' benchmarks/mujoco/RolloutBatch.java &lt; jobs.tsv
 * </pre>
 */
public final class RolloutBatch {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      String[] job = line.split("\t");
      run(job[0], Long.parseLong(job[1]), job[2], Path.of(job[3]), Path.of(job[4]));
      System.out.println("done " + job[4]);
      System.out.flush();
    }
  }

  @SuppressWarnings("unchecked")
  private static void run(String id, long seed, String kwargsJson, Path actions, Path out)
      throws Exception {
    Map<String, Object> kwargs = JSON.readValue(kwargsJson, Map.class);
    List<float[]> steps = new ArrayList<>();
    for (String a : Files.readAllLines(actions)) {
      if (!a.isBlank()) {
        double[] values = JSON.readValue(a, double[].class);
        float[] action = new float[values.length];
        for (int i = 0; i < values.length; i++) {
          action[i] = (float) values[i];
        }
        steps.add(action);
      }
    }
    try (Env<double[], float[]> env = Gym.make(id, kwargs);
        PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
      w.println(line(env.reset(seed).observation(), null));
      for (float[] action : steps) {
        Step<double[]> s = env.step(action);
        w.println(line(s.observation(), s.reward()));
        if (s.terminated() || s.truncated()) {
          break;
        }
      }
    }
  }

  private static String line(double[] obs, Double reward) throws Exception {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("obs", obs);
    line.put("reward", reward);
    return JSON.writeValueAsString(line);
  }
}
