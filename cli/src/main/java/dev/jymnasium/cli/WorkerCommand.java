package dev.jymnasium.cli;

import dev.jymnasium.baselines.suite.cluster.ClusterSettings;
import dev.jymnasium.baselines.suite.cluster.ClusterWorker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jym worker --join HOST:PORT}: runs suite tasks for a coordinator. */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
      "Run suite tasks for a coordinator (jym suite run --cluster).",
      "Joins the coordinator's Hazelcast cluster (TCP-IP, no multicast), runs tasks from its queue"
          + " in a scratch directory and sends each finished task directory back; the coordinator"
          + " writes the results. Exits when the suite is done (see --stay)."
    })
final class WorkerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--join",
      required = true,
      paramLabel = "HOST:PORT",
      description = "The coordinator's address, e.g. 127.0.0.1:5701.")
  String join;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      description =
          "The address this worker listens on; other members must reach it (default:"
              + " ${DEFAULT-VALUE}).")
  String bind = ClusterSettings.DEFAULT_BIND;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description =
          "The first port to try; the next free one up to 100 above is taken (default:" + " 5702).")
  int port = ClusterSettings.DEFAULT_PORT + 1;

  @Option(
      names = "--secret",
      paramLabel = "SECRET",
      description =
          "The cluster's shared secret, as given to the coordinator (default: $"
              + ClusterSettings.SECRET_ENV
              + ").")
  String secret;

  @Option(
      names = "--slots",
      paramLabel = "K",
      description =
          "Tasks run at once (default: 1; network algorithms train one at a time per JVM, so start"
              + " one worker per core for them).")
  int slots = 1;

  @Option(
      names = "--work-dir",
      paramLabel = "DIR",
      description = "Scratch directory for running tasks (default: a new temporary directory).")
  Path workDir;

  @Option(names = "--stay", description = "Keep serving after a suite is done.")
  boolean stay;

  @Override
  public Integer call() throws IOException, InterruptedException {
    ClusterWorker w =
        new ClusterWorker(
            new ClusterSettings(bind, port, secret(secret)),
            join,
            slots,
            workDir,
            stay,
            spec.commandLine().getErr());
    w.run();
    return Jym.EXIT_OK;
  }

  /** {@code --secret}, else {@code $JYM_CLUSTER_SECRET}, else none. */
  static String secret(String option) {
    return option != null ? option : System.getenv(ClusterSettings.SECRET_ENV);
  }
}
