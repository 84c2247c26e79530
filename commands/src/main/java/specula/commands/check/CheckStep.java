package specula.commands.check;

import specula.commands.pipeline.CheckReport;
import specula.commands.pipeline.ModuleChecker;
import specula.commands.session.Outcome;
import specula.commands.session.SessionCommand;
import specula.commands.session.Snapshot;
import specula.tla.check.CheckOptions;
import specula.tla.check.CheckResult;

import java.util.Optional;

/**
 * {@code check} as a session step: the front end's semantic check first (its errors stop the step), then the
 * embedded checker. Read-only: nothing is written to the workspace; the result is kept for {@code cex} and
 * {@code eval} and the exports. A violation or an error is a failed outcome, so a script stops there.
 */
public final class CheckStep implements SessionCommand {
    private final CheckRequest request;
    private final CheckOptions options;
    private final ModuleChecker front;
    private final EmbeddedChecker checker = new EmbeddedChecker();
    private CheckReport semantic;
    private CheckRun run;

    public CheckStep(CheckRequest request, CheckOptions options, ModuleChecker front) {
        this.request = request;
        this.options = options;
        this.front = front;
    }

    @Override
    public Outcome run(Snapshot current) {
        CheckInputs in = CheckInputs.from(current, request);
        semantic = front.check(in.root(), name -> Optional.ofNullable(in.modules().get(name)));
        if (!semantic.ok()) {
            return Outcome.failed("check " + in.root() + ": " + semantic.summary());
        }
        CheckResult r = checker.run(in.root(), in.modules(), in.config(), options);
        run = new CheckRun(in, r);
        String line = Outcomes.headline(in.root(), r, options.simulate());
        return r.outcome().isError() ? Outcome.failed(line) : Outcome.ok(line);
    }

    /** The front end's report when the step got that far. */
    public Optional<CheckReport> semantic() {
        return Optional.ofNullable(semantic);
    }

    /** The check's inputs and result when the checker ran. */
    public Optional<CheckRun> result() {
        return Optional.ofNullable(run);
    }
}
