package dev.jymnasium.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jymnasium.env.registry.EnvSpec;
import dev.jymnasium.env.registry.Gym;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's env catalogue lists exactly the registered ids (regenerate it with `jym list
 * --format markdown`).
 */
class ReadmeCatalogueTest {
  private static final Pattern ROW = Pattern.compile("^\\| *([^ |]+) *\\|", Pattern.MULTILINE);

  @Test
  void catalogueMatchesTheRegistry() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("<!-- catalogue:start -->");
    int end = readme.indexOf("<!-- catalogue:end -->");
    String table = readme.substring(start, end);
    Set<String> listed = new TreeSet<>();
    Matcher m = ROW.matcher(table);
    while (m.find()) {
      String id = m.group(1);
      if (!id.equals("id") && !id.startsWith("---")) {
        listed.add(id);
      }
    }
    Set<String> registered = new TreeSet<>();
    for (EnvSpec s : Gym.registry().all()) {
      registered.add(s.id());
    }
    assertEquals(
        registered, listed, "README catalogue out of step: run ./jym list --format markdown");
  }
}
