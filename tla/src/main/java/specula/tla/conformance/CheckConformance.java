package specula.tla.conformance;

import specula.tla.check.CheckOptions;
import specula.tla.check.CheckResult;
import specula.tla.check.ModelChecker;
import specula.tla.check.cfg.ConfigParser;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.semantic.ModuleSource;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The {@code check:} phase: model-checks every exhaustive-search model of the corpus (skipping those TLC needed more
 * than a minute for, unless {@code all}) with a per-model time budget, and compares the result and, for successes,
 * the number of distinct states with TLC's. One line per disagreement (per model when verbose, with its wall time),
 * then the summary line. With {@code jobs > 1} that many models are checked at once, each with its own budget
 * counted from its own start; lines still come out in corpus order.
 */
public final class CheckConformance {
  private final Duration budget;
  private final boolean all;
  private final int workers;
  private final int jobs;
  private final boolean verbose;

  public CheckConformance(Duration budget, boolean all, int workers) {
    this(budget, all, workers, 1, false);
  }

  public CheckConformance(Duration budget, boolean all, int workers, int jobs, boolean verbose) {
    if (jobs < 1 || workers < 1) {
      throw new IllegalArgumentException("jobs and workers must be at least 1");
    }
    this.budget = budget;
    this.all = all;
    this.workers = workers;
    this.jobs = jobs;
    this.verbose = verbose;
  }

  /** One model of expected.json. */
  public record Case(String cfg, String module, String result, Long distinct, String runtime) {
  }

  /** Verdict for one model. */
  public enum Verdict { AGREE, DISAGREE, TIMEOUT, UNSUPPORTED }

  /** One model's verdict and the wall time its check took (zero when it was not run). */
  public record Line(Case c, Verdict verdict, String detail, Duration wall) {
    public Line(Case c, Verdict verdict, String detail) {
      this(c, verdict, detail, Duration.ZERO);
    }

    Line timed(Duration d) {
      return new Line(c, verdict, detail, d);
    }

    /** The line printed for this model: verdict and detail, and with {@code withTime} the wall time. */
    public String describe(boolean withTime) {
      return c.cfg() + ": " + verdict.name().toLowerCase() + (detail.isEmpty() ? "" : " - " + detail)
          + (withTime ? String.format(java.util.Locale.ROOT, " [%.1f s]", wall.toMillis() / 1000.0) : "");
    }
  }

  public record Report(List<Line> lines) {
    public long count(Verdict v) {
      return lines.stream().filter(l -> l.verdict() == v).count();
    }

    public String summary() {
      return "check: " + count(Verdict.AGREE) + "/" + lines.size() + " agree with TLC (" + count(Verdict.TIMEOUT)
          + " timeouts, " + count(Verdict.UNSUPPORTED) + " unsupported)";
    }
  }

  @SuppressWarnings("unchecked")
  public static List<Case> cases(Path corpusDir) {
    Map<String, Object> expected = (Map<String, Object>) Json.parse(Corpus.read(corpusDir.resolve("expected.json")));
    Map<String, Object> models = new TreeMap<>((Map<String, Object>) expected.get("models"));
    List<Case> out = new ArrayList<>();
    for (Map.Entry<String, Object> e : models.entrySet()) {
      Map<String, Object> m = (Map<String, Object>) e.getValue();
      if (!"exhaustive search".equals(m.get("mode"))) {
        continue;
      }
      Object d = m.get("distinctStates");
      out.add(new Case(e.getKey(), String.valueOf(m.get("module")), String.valueOf(m.get("result")),
          d instanceof Number n ? n.longValue() : null, String.valueOf(m.get("runtime"))));
    }
    return out;
  }

  /** TLC's runtime in seconds from hh:mm:ss; -1 when unknown. */
  static long seconds(String runtime) {
    String[] p = runtime.split(":");
    if (p.length != 3) {
      return -1;
    }
    try {
      return Long.parseLong(p[0]) * 3600 + Long.parseLong(p[1]) * 60 + Long.parseLong(p[2]);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  public boolean selected(Case c) {
    long s = seconds(c.runtime());
    return all || (s >= 0 && s <= 60);
  }

  public Report run(Path corpusDir, List<Case> cases, PrintStream out) {
    long t0 = System.nanoTime();
    List<Case> chosen = cases.stream().filter(this::selected).toList();
    List<Line> lines = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
      Thread t = new Thread(r, "conformance-job");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Line>> pending = new ArrayList<>();
      for (Case c : chosen) {
        pending.add(pool.submit(() -> timedCheck(corpusDir, c)));
      }
      for (Future<Line> f : pending) {
        Line l = await(f);
        lines.add(l);
        if (verbose || l.verdict() != Verdict.AGREE) {
          out.println(l.describe(verbose));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    Report r = new Report(lines);
    if (verbose) {
      out.printf(java.util.Locale.ROOT, "wall time: %.1f s, %d model(s), %d job(s)%n",
          (System.nanoTime() - t0) / 1e9, lines.size(), jobs);
    }
    out.println(r.summary());
    return r;
  }

  private Line timedCheck(Path corpusDir, Case c) {
    long t0 = System.nanoTime();
    Line l;
    try {
      l = checkOne(corpusDir, c);
    } catch (RuntimeException e) {
      // One broken model must not end the whole run (nor the other jobs).
      l = new Line(c, Verdict.DISAGREE, "the check crashed: " + e);
    }
    return l.timed(Duration.ofNanos(System.nanoTime() - t0));
  }

  private static Line await(Future<Line> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a model check", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a model check failed: " + e.getCause(), e.getCause());
    }
  }

  public Line checkOne(Path corpusDir, Case c) {
    Path examples = corpusDir.resolve("examples");
    Path cfgPath = examples.resolve(c.cfg());
    Path tla = examples.resolve(c.module());
    if ("liveness failure".equals(c.result())) {
      return new Line(c, Verdict.UNSUPPORTED, "TLC finds a liveness violation; liveness is not yet supported");
    }
    ModelConfig cfg;
    try {
      cfg = ConfigParser.parse(cfgPath);
    } catch (Exception e) {
      return new Line(c, Verdict.DISAGREE, "config: " + e.getMessage());
    }
    String root = tla.getFileName().toString().replaceFirst("\\.tla$", "");
    Path top = examples.resolve(c.cfg().split("/")[0]);
    ModuleSource src = chain(tla.getParent(), cfgPath.getParent(), top);
    CheckOptions opts = CheckOptions.defaults().withWorkers(workers).withTimeout(budget)
        .withEnvironment(Map.of("JSON", tla.getParent().resolve("EWD998ChanTrace.ndjson").toString()));
    CheckResult r = runBounded(new ModelChecker(root, src, cfg, opts), opts);
    if (r == null || r.outcome() == CheckResult.Outcome.TIMEOUT) {
      return new Line(c, Verdict.TIMEOUT, "no verdict within " + budget.toSeconds() + " s"
          + (r == null ? "" : " (" + r.distinct() + " distinct states so far)"));
    }
    String ours = r.outcome().result();
    boolean same = ours.equals(c.result())
        && (!"success".equals(ours) || c.distinct() == null || c.distinct() == r.distinct());
    if (same) {
      return new Line(c, Verdict.AGREE, "");
    }
    String detail = "TLC " + c.result() + (c.distinct() != null ? " " + c.distinct() + " distinct" : "") + ", we "
        + r.outcome() + " " + r.distinct() + " distinct"
        + (r.errorMessage() != null ? ": " + firstLine(r.errorMessage()) : "")
        + (r.errorLocation() != null ? " @ " + r.errorLocation() : "");
    return new Line(c, Verdict.DISAGREE, detail);
  }

  private static String firstLine(String s) {
    int i = s.indexOf('\n');
    return i < 0 ? s : s.substring(0, i) + " ...";
  }

  /** Runs the check on its own thread; a check stuck inside one evaluation is abandoned after the budget. */
  private CheckResult runBounded(ModelChecker mc, CheckOptions opts) {
    CheckResult[] out = {null};
    Thread t = new Thread(null, () -> out[0] = mc.run(), "conformance-check", 512L << 20);
    t.setDaemon(true);
    t.start();
    try {
      t.join(budget.toMillis() + 5000);
      if (t.isAlive()) {
        opts.cancel().cancel();
        t.join(5000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out[0];
  }

  static ModuleSource chain(Path... dirs) {
    return ModuleSource.chain(java.util.Arrays.stream(dirs).map(ModuleSource::folder).toList());
  }

  /**
   * {@code CheckConformance --corpus DIR [--budget 120s] [--all] [--workers N] [--jobs N] [--verbose]
   * [--only SUBSTRING]}.
   */
  public static void main(String[] args) {
    Path corpus = ProjectRoot.corpus().orElse(null);
    Duration budget = Duration.ofSeconds(60);
    boolean all = false;
    int workers = 1;
    int jobs = 1;
    boolean verbose = false;
    String only = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--budget" -> budget = Duration.ofSeconds(Long.parseLong(args[++i].replaceAll("s$", "")));
        case "--all" -> all = true;
        case "--workers" -> workers = Integer.parseInt(args[++i]);
        case "--jobs" -> jobs = Integer.parseInt(args[++i]);
        case "--verbose" -> verbose = true;
        case "--only" -> only = args[++i];
        case "--check" -> { }
        default -> {
          System.err.println("usage: CheckConformance --corpus DIR [--budget 120s] [--all] [--workers N] [--jobs N]"
              + " [--verbose] [--only SUBSTRING]");
          System.exit(2);
        }
      }
    }
    if (corpus == null || !Files.exists(corpus.resolve("expected.json"))) {
      System.err.println("no corpus: pass --corpus DIR (a folder with expected.json)");
      System.exit(2);
    }
    String filter = only;
    List<Case> cases = cases(corpus).stream().filter(c -> filter == null || c.cfg().contains(filter)).toList();
    Report r = new CheckConformance(budget, all, workers, jobs, verbose).run(corpus, cases, System.out);
    System.exit(r.count(Verdict.AGREE) == r.lines().size() ? 0 : 1);
  }
}
