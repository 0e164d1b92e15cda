package dev.jymnasium.cli;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code jym} command: list, inspect, check, roll out and benchmark the registered envs.
 *
 * <p>Standard output carries only results (tables, JSON, JSON lines); logs, warnings and errors go
 * to standard error. Exit codes: 0 success, 1 a check failed or an env crashed, 2 bad input
 * (unknown id, bad {@code --kwargs}, bad action, bad option).
 */
@Command(
    name = "jym",
    mixinStandardHelpOptions = true,
    versionProvider = Jym.Version.class,
    description = "Gymnasium-compatible RL environments on the JVM.",
    synopsisSubcommandLabel = "COMMAND",
    usageHelpAutoWidth = true,
    footer = {
      "",
      "Run 'jym COMMAND --help' for the options and details of a command.",
      "Set JYM_DEBUG=1 to see stack traces of errors."
    },
    subcommands = {
      ListCommand.class,
      InfoCommand.class,
      CheckCommand.class,
      RolloutCommand.class,
      DemoCommand.class,
      BenchCommand.class,
      TrainCommand.class,
      EvalCommand.class,
      BenchPhysicsCommand.class,
      RenderCommand.class,
      PlayCommand.class,
      SuiteCommand.class,
      WorkerCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Jym implements Callable<Integer> {
  /** Success. */
  public static final int EXIT_OK = 0;

  /** A check failed, or an env or the JVM failed while running. */
  public static final int EXIT_FAILURE = 1;

  /** Bad input: unknown id, bad kwargs, bad action, bad option. */
  public static final int EXIT_USAGE = 2;

  @Spec CommandSpec spec;

  private final InputStream stdin;

  /** A root command reading {@code -} inputs from {@link System#in}. */
  public Jym() {
    this(System.in);
  }

  /** A root command reading {@code -} inputs from {@code stdin}. */
  public Jym(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Where {@code -} inputs (e.g. {@code rollout --actions -}) are read from. */
  InputStream stdin() {
    return stdin;
  }

  /** {@code jym} alone: print usage to standard error, exit 2. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("jym: missing command");
    spec.commandLine().usage(spec.commandLine().getErr());
    return EXIT_USAGE;
  }

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    CommandLine cl = commandLine(System.in);
    cl.setOut(out);
    cl.setErr(err);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The configured command line reading {@code -} inputs from {@code stdin}. */
  public static CommandLine commandLine(InputStream stdin) {
    CommandLine cl = new CommandLine(new Jym(stdin));
    cl.setExecutionExceptionHandler(Jym::handleException);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // Help wraps at word boundaries to the terminal's width (80 columns when it is unknown).
    cl.setUsageHelpAutoWidth(true);
    return cl;
  }

  /** Whether {@code JYM_DEBUG} asks for stack traces. */
  static boolean debug() {
    String v = System.getenv("JYM_DEBUG");
    return v != null && !v.isEmpty() && !"0".equals(v) && !"false".equalsIgnoreCase(v);
  }

  private static int handleException(
      Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    cmd.getOut().flush();
    if (debug()) {
      ex.printStackTrace(err);
    }
    String name = cmd.getCommandSpec().qualifiedName(" ");
    int code;
    String message;
    if (ex instanceof CliException ce) {
      code = ce.exitCode();
      message = ce.getMessage();
    } else if (ex instanceof IllegalArgumentException) {
      code = EXIT_USAGE;
      message = ex.getMessage();
    } else {
      code = EXIT_FAILURE;
      message = describe(ex);
    }
    err.println(name + ": " + message);
    if (!debug() && code == EXIT_FAILURE) {
      err.println("(set JYM_DEBUG=1 for the stack trace)");
    }
    err.flush();
    return code;
  }

  /**
   * What went wrong, in words for the command line: the messages of {@code t} and its causes, with
   * file-system failures named by what happened instead of by their exception classes.
   */
  static String describe(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null && sb.length() < 2000; c = c.getCause()) {
      String part = plainMessage(c);
      if (part == null || sb.indexOf(part) >= 0) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(": ");
      }
      sb.append(part);
    }
    if (sb.length() == 0) {
      return t instanceof OutOfMemoryError
          ? "out of memory (raise the heap with JYM_JAVA_OPTS=-Xmx4g)"
          : "internal error";
    }
    return sb.toString();
  }

  private static String plainMessage(Throwable t) {
    String m = t.getMessage();
    if (t.getCause() != null && m != null && m.equals(t.getCause().toString())) {
      return null; // new SomeException(cause): the cause says it without the class name
    }
    if (t instanceof java.nio.file.FileSystemException fse) {
      String file = fse.getFile();
      String what =
          t instanceof java.nio.file.NoSuchFileException
              ? "no such file or directory"
              : t instanceof java.nio.file.AccessDeniedException
                  ? "permission denied"
                  : t instanceof java.nio.file.FileAlreadyExistsException
                      ? "already exists"
                      : t instanceof java.nio.file.NotDirectoryException
                          ? "not a directory"
                          : t instanceof java.nio.file.DirectoryNotEmptyException
                              ? "directory not empty"
                              : fse.getReason();
      return (file == null ? "" : file + ": ") + (what == null ? "cannot access" : what);
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory (raise the heap with JYM_JAVA_OPTS=-Xmx4g)";
    }
    return m == null || m.isBlank() ? null : m;
  }

  /** {@code --version}: the project version and the Java runtime. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "jym "
            + version()
            + " (Java "
            + System.getProperty("java.version")
            + ", "
            + System.getProperty("java.vm.name")
            + ")"
      };
    }
  }

  /** The project version from the build, or {@code unknown}. */
  static String version() {
    try (InputStream in = Jym.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.startsWith("${")) {
          return v;
        }
      }
    } catch (java.io.IOException e) {
      // fall through
    }
    String v = Jym.class.getPackage().getImplementationVersion();
    return v != null ? v : "unknown";
  }
}
