package specula.tla.check;

import specula.tla.check.cfg.ConfigParser;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.semantic.ModuleSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code java -cp tla/target/classes specula.tla.check.CheckMain Spec.tla [Spec.cfg] [--workers N]
 * [--max-states N] [--timeout SECONDS] [--simulate --depth D --traces T --seed S] [--json FILE] [--itf FILE]}: TLC's output on stdout, TLC's
 * exit code.
 */
public final class CheckMain {
  private CheckMain() {
  }

  public static void main(String[] args) throws IOException {
    Path tla = null;
    Path cfg = null;
    CheckOptions opts = CheckOptions.defaults().withOutput(System.out::println)
        .withProgress(p -> System.out.println(TlcReport.progress(p)));
    boolean simulate = false;
    int depth = 100;
    long traces = 1000;
    long seed = 0;
    Path json = null;
    Path itf = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--workers" -> opts = opts.withWorkers(Integer.parseInt(args[++i]));
        case "--max-states" -> opts = opts.withMaxStates(Long.parseLong(args[++i]));
        case "--timeout" -> opts = opts.withTimeout(Duration.ofSeconds(Long.parseLong(args[++i])));
        case "--simulate" -> simulate = true;
        case "--depth" -> depth = Integer.parseInt(args[++i]);
        case "--traces" -> traces = Long.parseLong(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--json" -> json = Path.of(args[++i]);
        case "--itf" -> itf = Path.of(args[++i]);
        default -> {
          if (args[i].endsWith(".cfg")) {
            cfg = Path.of(args[i]);
          } else {
            tla = Path.of(args[i]);
          }
        }
      }
    }
    if (tla == null) {
      System.err.println("usage: CheckMain Spec.tla [Spec.cfg] [options]");
      System.exit(2);
    }
    if (simulate) {
      opts = opts.withSimulation(depth, traces, seed);
    }
    String name = tla.getFileName().toString().replaceFirst("\\.tla$", "");
    Path dir = tla.toAbsolutePath().getParent();
    if (cfg == null) {
      cfg = dir.resolve(name + ".cfg");
    }
    ModelConfig model = ConfigParser.parse(cfg);
    opts = opts.withEnvironment(System.getenv());
    CheckResult r = new ModelChecker(name, ModuleSource.folder(dir), model, opts).run();
    System.out.println("Finished in " + r.elapsed().toMillis() + "ms; outcome " + r.outcome());
    if (json != null) {
      Files.writeString(json, CheckResultJson.toJson(r));
    }
    if (itf != null) {
      java.util.Optional<String> t = CheckResultJson.toItf(r, name);
      if (t.isPresent()) {
        Files.writeString(itf, t.get());
      }
    }
    System.exit(r.exitCode());
  }
}
