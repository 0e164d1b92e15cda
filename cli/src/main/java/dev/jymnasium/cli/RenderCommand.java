package dev.jymnasium.cli;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.render.RgbFrame;
import dev.jymnasium.render.FrameImages;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jym render ENV_ID --out frame.png}: one {@code rgb_array} frame right after reset. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Save an env's first frame as a PNG.",
      "The first frame after reset, rendered with render_mode rgb_array."
    })
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ENV_ID", description = "A registered id, e.g. CartPole-v1.")
  String id;

  @Option(
      names = "--seed",
      defaultValue = "0",
      paramLabel = "S",
      description = "Reset seed (default: 0).")
  long seed;

  @Option(
      names = "--kwargs",
      paramLabel = "JSON",
      description = "Constructor kwargs as a JSON object.")
  String kwargsJson;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "PNG file to write.")
  Path out;

  @Override
  public Integer call() {
    if (seed < 0) {
      throw CliException.usage("--seed must be >= 0, got " + seed);
    }
    Map<String, Object> kwargs = new LinkedHashMap<>(Json.parseKwargs(kwargsJson));
    kwargs.put("render_mode", "rgb_array");
    try (Env<Object, Object> env = Gym.make(id, kwargs)) {
      env.reset(seed);
      Object frame = env.render();
      if (!(frame instanceof RgbFrame rgb)) {
        throw CliException.usage(id + " does not render rgb_array frames");
      }
      FrameImages.savePng(rgb, out);
      spec.commandLine()
          .getErr()
          .println("jym: wrote " + out + " (" + rgb.width() + "x" + rgb.height() + ")");
    }
    return Jym.EXIT_OK;
  }
}
