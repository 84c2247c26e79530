package specula.shell.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import specula.commands.check.CheckRequest;
import specula.commands.check.CheckRun;
import specula.commands.check.CheckStep;
import specula.commands.llm.CancelToken;
import specula.commands.pipeline.Finding;
import specula.commands.pipeline.LlmContext;
import specula.commands.pipeline.ModuleChecker;
import specula.commands.pipeline.ModuleReport;
import specula.commands.session.Outcome;
import specula.commands.session.Session;
import specula.commands.session.SessionException;
import specula.shell.console.Interrupts;
import specula.shell.console.LaunchOptions;
import specula.shell.console.Output;
import specula.shell.console.SessionHolder;
import specula.tla.check.CancellationToken;
import specula.tla.check.CheckOptions;
import specula.tla.check.CheckResult;
import specula.tla.check.CheckResultJson;

/**
 * Step 4 of the pipeline: {@code check} on the embedded model checker, and {@code check --fix} (see
 * {@link CheckFix}). The checker's workers run while this thread waits; Ctrl-C cancels through the session's
 * {@link Interrupts}, and the partial figures are reported like any other stop.
 */
@Component
public class CheckCommands {
    private static final String GROUP = "Pipeline";
    private final SessionHolder holder;
    private final Output out;
    private final ModuleChecker front;
    private final Interrupts interrupts;
    private final LastCheck last;
    private final CheckFix fix;
    private final boolean interactive;

    public CheckCommands(SessionHolder holder, Output out, ModuleChecker front, Interrupts interrupts,
                         LaunchOptions launch, LastCheck last, LlmContext llm) {
        this.holder = holder;
        this.out = out;
        this.front = front;
        this.interrupts = interrupts;
        this.last = last;
        this.interactive = launch.mode() == LaunchOptions.Mode.INTERACTIVE;
        this.fix = new CheckFix(holder, out, llm, interrupts, interactive);
    }

    @Command(name = "check", group = GROUP, description = "Model-check the working spec with the embedded checker "
            + "(MODEL or <Root>.cfg); --fix corrects runtime errors with the LLM")
    public void check(@Argument(index = 0, description = "model: MODEL or MODEL.cfg (default <Root>.cfg)", defaultValue = "") String model,
                      @Option(longName = "workers", description = "worker threads", defaultValue = "1") Integer workers,
                      @Option(longName = "max-states", description = "stop after this many distinct states (0: no limit)", defaultValue = "0") Long maxStates,
                      @Option(longName = "timeout", description = "stop after this long (60s, 5m, 1h)", defaultValue = "") String timeout,
                      @Option(longName = "simulate", description = "random behaviours instead of breadth-first search") boolean simulate,
                      @Option(longName = "depth", description = "simulation: states per behaviour", defaultValue = "100") Integer depth,
                      @Option(longName = "traces", description = "simulation: number of behaviours", defaultValue = "1000") Long traces,
                      @Option(longName = "seed", description = "simulation: random seed", defaultValue = "0") Long seed,
                      @Option(longName = "init", description = "INIT (adds to or replaces the model's)", defaultValue = "") String init,
                      @Option(longName = "next", description = "NEXT (adds to or replaces the model's)", defaultValue = "") String next,
                      @Option(longName = "inv", description = "invariants, comma-separated", defaultValue = "") String inv,
                      @Option(longName = "const", description = "constants as in a .cfg, comma-separated: N=3,S={a,b}", defaultValue = "") String constants,
                      @Option(longName = "json", description = "write the result as JSON to FILE", defaultValue = "") String json,
                      @Option(longName = "itf", description = "write the counterexample as ITF JSON to FILE", defaultValue = "") String itf,
                      @Option(longName = "fix", description = "loop on runtime errors with the LLM (each attempt a version)") boolean fixing,
                      @Option(longName = "attempts", description = "--fix: model attempts", defaultValue = "3") Integer attempts,
                      @Option(longName = "step", description = "--fix: one attempt, then stop (check --fix --continue goes on)") boolean step,
                      @Option(longName = "continue", description = "--fix: continue the last run from the spec as it is now") boolean resume) {
        CheckOptions base = options(workers, maxStates, timeout, simulate, depth, traces, seed);
        if (resume && !fixing) throw new SessionException("--continue goes with --fix: check --fix --continue");
        if (fixing && resume) {
            if (!Tables.blank(model)) throw new SessionException("check --fix --continue takes no MODULE");
            fix.resume(base, step);
            return;
        }
        if (fixing) {
            // check --fix takes the module; "Raft.cfg" names the same one.
            fix.run(Tables.blank(model) ? null : model.replaceFirst("\\.cfg$", ""), base, attempts, step);
            return;
        }
        CheckRequest request = new CheckRequest(Tables.blank(model) ? null : model, blankToNull(init),
                blankToNull(next), CheckArgs.split(inv), CheckArgs.split(constants));
        run(request, base, blankToNull(json), blankToNull(itf));
    }

    static CheckOptions options(Integer workers, Long maxStates, String timeout, boolean simulate, Integer depth,
                                Long traces, Long seed) {
        if (workers == null || workers < 1) throw new SessionException("--workers is at least 1");
        CheckOptions o = CheckOptions.defaults().withWorkers(workers)
                .withMaxStates(maxStates == null ? 0 : maxStates);
        if (!Tables.blank(timeout)) o = o.withTimeout(CheckArgs.duration(timeout));
        if (simulate) o = o.withSimulation(depth, traces, seed);
        return o;
    }

    /** The check proper; public figures go to the output, the result to {@link LastCheck}. */
    void run(CheckRequest request, CheckOptions base, String json, String itf) {
        Session s = holder.session();
        CheckProgress progress = new CheckProgress(out, interactive, 10_000);
        CancelToken cancel = interrupts.begin();
        CancellationToken stop = new CancellationToken();
        Runnable unhook = cancel.onCancel(stop::cancel);
        CheckOptions options = base.withCancel(stop).withProgress(progress).withOutput(line -> {
            synchronized (progress) {
                progress.clear();
                out.println(line);
            }
        });
        CheckStep step = new CheckStep(request, options, front);
        Outcome o;
        try {
            o = s.execute(step);
        } finally {
            unhook.run();
            progress.clear();
        }
        step.semantic().filter(r -> !r.ok()).ifPresent(r -> {
            for (ModuleReport m : r.modules()) for (Finding f : m.findings()) out.println(out.red(f.rendered()));
        });
        step.result().ifPresent(run -> {
            last.set(run);
            export(run, json, itf);
        });
        out.println(o.status().ok() ? out.green(o.summary()) : out.red(o.summary()));
        if (step.result().map(r -> r.result().outcome() == CheckResult.Outcome.CANCELLED).orElse(false)) {
            out.println(out.yellow("cancelled: the figures above are partial"));
        }
        if (!o.status().ok()) throw new SessionException(o.summary());
    }

    private void export(CheckRun run, String json, String itf) {
        if (json != null) write(Path.of(json), CheckResultJson.toJson(run.result()));
        if (itf != null) {
            String text = CheckResultJson.toItf(run.result(), run.inputs().root()).orElse(null);
            if (text == null) {
                out.println(out.yellow("no counterexample: " + itf + " not written"));
            } else {
                write(Path.of(itf), text);
            }
        }
    }

    private void write(Path target, String text) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(target, text);
            out.println("wrote " + target);
        } catch (IOException e) {
            throw new SessionException("cannot write " + target + ": " + e.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return Tables.blank(s) ? null : s;
    }

    /** Option values that need parsing. */
    static final class CheckArgs {
        private CheckArgs() {
        }

        /** Comma-separated items; commas inside braces, brackets, parentheses or << >> do not split. */
        static List<String> split(String s) {
            List<String> items = new ArrayList<>();
            if (Tables.blank(s)) return items;
            int depth = 0;
            StringBuilder cur = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '{' || c == '[' || c == '(' || (c == '<' && i + 1 < s.length() && s.charAt(i + 1) == '<')) depth++;
                if (c == '}' || c == ']' || c == ')' || (c == '>' && i > 0 && s.charAt(i - 1) == '>')) depth--;
                if (c == ',' && depth == 0) {
                    if (!cur.toString().isBlank()) items.add(cur.toString().strip());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            if (!cur.toString().isBlank()) items.add(cur.toString().strip());
            return items;
        }

        /** {@code 90} (seconds), {@code 60s}, {@code 5m}, {@code 1h}. */
        static Duration duration(String s) {
            String t = s.strip().toLowerCase(java.util.Locale.ROOT);
            try {
                char unit = t.charAt(t.length() - 1);
                if (Character.isDigit(unit)) return Duration.ofSeconds(Long.parseLong(t));
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                return switch (unit) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> throw new NumberFormatException();
                };
            } catch (RuntimeException e) {
                throw new SessionException("--timeout: expected e.g. 60s, 5m or 1h, got '" + s + "'");
            }
        }
    }
}
