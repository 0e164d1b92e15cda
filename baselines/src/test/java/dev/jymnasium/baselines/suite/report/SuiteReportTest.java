package dev.jymnasium.baselines.suite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.baselines.suite.SuiteException;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report over a hand-made results directory: 2 envs x 2 algorithms x 3 seeds. */
class SuiteReportTest {
  @TempDir Path tmp;

  @Test
  void reportHasEveryTableCsvAndPlot() throws Exception {
    Path results = tmp.resolve("results");
    // classic-control's CartPole-v1 has random 21.77 and a published PPO score of 500
    for (String algo : List.of("ppo", "dqn")) {
      for (int seed = 0; seed < 3; seed++) {
        double cart = algo.equals("ppo") ? 400 + 50 * seed : 100 + 10 * seed;
        writeRun(results, "CartPole-v1", algo, seed, cart, 1000);
        double acro = algo.equals("ppo") ? -100 - seed : -90 - seed;
        writeRun(results, "Acrobot-v1", algo, seed, acro, 2000);
      }
    }
    Path out = tmp.resolve("report");
    List<String> files = SuiteReport.write(results, new ReportOptions(out, 200, 0, 10));

    String md = Files.readString(out.resolve(SuiteReport.MARKDOWN));
    for (String section :
        List.of(
            "## Scores per env",
            "### CartPole-v1",
            "## Normalisation",
            "## Aggregate normalised scores",
            "## Performance profiles",
            "## Probability of improvement",
            "## Sample efficiency")) {
      assertTrue(md.contains(section), section + " missing:\n" + md);
    }
    assertTrue(md.contains("published ppo"), md);
    // every image the report shows exists and decodes
    Matcher m = Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)").matcher(md);
    int images = 0;
    while (m.find()) {
      BufferedImage img = ImageIO.read(out.resolve(m.group(1)).toFile());
      assertNotNull(img, m.group(1));
      assertTrue(img.getWidth() > 100, m.group(1));
      images++;
    }
    // aggregates, profile, improvement, efficiency and one curve per env
    assertEquals(6, images, md);
    assertTrue(files.containsAll(List.of(SuiteReport.HTML, SuiteReport.CURVES_CSV)), "" + files);
    String html = Files.readString(out.resolve(SuiteReport.HTML));
    assertTrue(html.contains("<img src=\"" + SuiteReport.PROFILE_PNG + "\""), html);

    List<String> scores = Files.readAllLines(out.resolve(SuiteReport.SCORES_CSV));
    assertEquals(13, scores.size());
    assertTrue(scores.get(0).startsWith("suite,env_id,algo,seed,"), scores.get(0));
    // CartPole PPO seed 0: (400 - 21.77) / (500 - 21.77)
    String row =
        scores.stream().filter(l -> l.contains("CartPole-v1__ppo__seed0")).findFirst().get();
    double expected = (400 - 21.77) / (500 - 21.77);
    assertTrue(
        row.contains(",400.0,") && row.contains(Double.toString(expected)),
        row + " lacks " + String.format(Locale.ROOT, "%s", expected));
    // Acrobot has no published score: dqn's mean (-91) is the reference, result.json's random
    String acro =
        scores.stream().filter(l -> l.contains("Acrobot-v1__dqn__seed1")).findFirst().get();
    assertTrue(acro.endsWith(",-499.2,-91.0,1.5"), acro);
  }

  @Test
  void emptyDirectoryIsAClearError() throws Exception {
    Files.createDirectories(tmp.resolve("tasks"));
    SuiteException e =
        assertThrows(
            SuiteException.class,
            () -> SuiteReport.write(tmp, new ReportOptions(tmp.resolve("r"), 10, 0, 5)));
    assertTrue(e.getMessage().contains("no finished run"), e.getMessage());
    SuiteException notResults =
        assertThrows(
            SuiteException.class,
            () ->
                SuiteReport.write(
                    tmp.resolve("nope"), new ReportOptions(tmp.resolve("r"), 10, 0, 5)));
    assertTrue(notResults.getMessage().contains("no tasks/ folder"), notResults.getMessage());
  }

  private static void writeRun(
      Path results, String env, String algo, int seed, double mean, long budget) throws Exception {
    String id = env + "__" + algo + "__seed" + seed;
    Path dir = results.resolve("tasks").resolve(id);
    Files.createDirectories(dir);
    double random = env.equals("CartPole-v1") ? 21.77 : -499.2;
    Files.writeString(
        dir.resolve("result.json"),
        String.format(
            Locale.ROOT,
            "{\"task_id\":\"%s\",\"suite\":\"classic-control\",\"env_id\":\"%s\",\"algo\":\"%s\","
                + "\"seed\":%d,\"eval\":{\"episodes\":10,\"mean_return\":%s,\"std_return\":1.0,"
                + "\"random_return\":%s},\"config\":{\"total_steps\":%d},\"wall_seconds\":1.5}",
            id,
            env,
            algo,
            seed,
            mean,
            random,
            budget));
    StringBuilder metrics = new StringBuilder();
    for (int k = 1; k <= 20; k++) {
      long step = k * budget / 20;
      double ret = random + (mean - random) * k / 20.0;
      metrics.append(
          String.format(
              Locale.ROOT,
              "{\"step\":%d,\"tag\":\"charts/episodic_return\",\"value\":%s,\"wall_time\":0}%n"
                  + "{\"step\":%d,\"tag\":\"losses/value_loss\",\"value\":0.5,\"wall_time\":0}%n",
              step,
              ret,
              step));
    }
    Files.writeString(dir.resolve("metrics.jsonl"), metrics.toString());
  }
}
