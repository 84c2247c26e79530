package specula.shell.commands;

import org.springframework.stereotype.Component;

import specula.commands.session.Outcome;
import specula.commands.session.SessionCommand;
import specula.commands.session.SessionException;
import specula.shell.console.Output;
import specula.shell.console.SessionHolder;

/**
 * How a shell command runs a pipeline step: through the session (one version for its changes, journal, history,
 * last results), then the one-line summary in green, or in red as a failure, which stops a script. Pipeline
 * commands (parse, fix, generate, cfa, check, trace) take this bean, parse their options, and render any details
 * after {@link #run} returns.
 */
@Component
public class StepRunner {
    private final SessionHolder holder;
    private final Output out;

    public StepRunner(SessionHolder holder, Output out) {
        this.holder = holder;
        this.out = out;
    }

    public Outcome run(SessionCommand step) {
        Outcome o = holder.session().execute(step);
        out.println(o.status().ok() ? out.green(o.summary()) : out.red(o.summary()));
        if (!o.status().ok()) throw new SessionException(o.summary());
        return o;
    }
}
