package specula.shell.commands;

import java.nio.file.Path;

import specula.commands.check.EmbeddedModelRunner;
import specula.commands.fix.KnowledgeBase;
import specula.commands.llm.CancelToken;
import specula.commands.llm.LlmClient;
import specula.commands.pipeline.LlmContext;
import specula.commands.runtime.RuntimeFixLoop;
import specula.commands.runtime.RuntimeRun;
import specula.commands.runtime.RuntimeSteps;
import specula.commands.session.Outcome;
import specula.commands.session.Session;
import specula.commands.session.SessionException;
import specula.shell.console.Interrupts;
import specula.shell.console.Output;
import specula.shell.console.SessionHolder;
import specula.tla.check.CancellationToken;
import specula.tla.check.CheckOptions;

/**
 * {@code check --fix}: {@link RuntimeFixLoop} on the embedded checker with the shell's LLM settings. Every
 * accepted attempt is a version (so undo walks back through them); refused and failed attempts are recorded in
 * history without changing the spec. The loop stops at findings: a violated invariant is a result, not a defect.
 */
final class CheckFix {
    private final SessionHolder holder;
    private final Output out;
    private final LlmContext llm;
    private final Interrupts interrupts;
    private final boolean interactive;
    /** The last run of this shell, for --continue; it belongs to the session it ran on. */
    private RuntimeRun lastRun;
    private Session lastSession;

    CheckFix(SessionHolder holder, Output out, LlmContext llm, Interrupts interrupts, boolean interactive) {
        this.holder = holder;
        this.out = out;
        this.llm = llm;
        this.interrupts = interrupts;
        this.interactive = interactive;
    }

    void run(String module, CheckOptions base, int attempts, boolean oneStep) {
        if (attempts < 1) throw new SessionException("--attempts is at least 1");
        Session s = holder.session();
        drive(s, RuntimeSteps.inputs(s.snapshot(), module), base, attempts, oneStep, null);
    }

    /** {@code check --fix --continue [--step]}: the last run goes on from the module and model as they are now. */
    void resume(CheckOptions base, boolean oneStep) {
        Session s = holder.session();
        if (lastRun == null || lastSession != s) {
            throw new SessionException("no check --fix run in this shell for this session: check --fix [MODULE]");
        }
        drive(s, RuntimeSteps.inputs(s.snapshot(), lastRun.moduleName()), base, lastRun.maxAttempts(), oneStep,
                lastRun);
    }

    private void drive(Session s, RuntimeSteps.Inputs in, CheckOptions base, int attempts, boolean oneStep,
                       RuntimeRun previous) {
        Progress progress = new Progress(out, interactive);
        CancelToken cancel = interrupts.begin();
        CancellationToken stop = new CancellationToken();
        Runnable unhook = cancel.onCancel(stop::cancel);
        Path dir = s.folder() == null ? null : s.folder().dir();
        LlmClient client = llm.client(dir, progress::line);
        RuntimeFixLoop loop = new RuntimeFixLoop(new EmbeddedModelRunner(base.withCancel(stop)), client,
                llm.prompts(), knowledge(progress), in.otherModules(),
                new RuntimeFixLoop.Options(attempts, RuntimeFixLoop.Options.defaults().hints()));
        String label = s.currentCommand();
        RuntimeFixLoop.Listener commit = (a, r) -> {
            progress.clear();
            Outcome o = s.execute(label + "  [attempt " + a.number() + "]", RuntimeSteps.attempt(a, in.moduleName()));
            out.println("  " + o.summary() + (a.accepted() ? " -> v" + s.timeline().current().number() : ""));
        };
        RuntimeRun run;
        try {
            run = previous == null ? loop.start(in.moduleName(), in.text(), in.cfg())
                    : loop.resume(previous, in.text(), in.cfg());
            lastRun = run;
            lastSession = s;
            if (oneStep) {
                loop.step(run, commit, progress, cancel);
            } else {
                while (!run.finished()) loop.step(run, commit, progress, cancel);
            }
        } finally {
            unhook.run();
            progress.clear();
        }
        out.out().print(run.summaryTable());
        out.out().flush();
        boolean paused = oneStep && !run.finished();
        boolean good = run.status() == RuntimeRun.Status.CHECKS || paused;
        String summary = "check --fix " + in.moduleName() + ": " + (paused ? "paused after attempt "
                + run.attempts().size() + " of " + run.maxAttempts() + " (check --fix --continue goes on)"
                : run.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (run.message().isEmpty() ? "" : " (" + run.message() + ")"));
        Outcome o = s.execute(current -> good ? Outcome.ok(summary) : Outcome.failed(summary));
        out.println(o.status().ok() ? out.green(o.summary()) : out.red(o.summary()));
        if (!o.status().ok()) throw new SessionException(o.summary());
    }

    /** Hints help but are not essential. */
    private KnowledgeBase knowledge(Progress progress) {
        try {
            return llm.knowledge();
        } catch (IllegalArgumentException e) {
            progress.line("no knowledge-base hints: " + e.getMessage());
            return null;
        }
    }
}
