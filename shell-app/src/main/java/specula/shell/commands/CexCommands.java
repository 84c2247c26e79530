package specula.shell.commands;

import java.util.Map;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import specula.commands.check.CheckInputs;
import specula.commands.check.CheckRequest;
import specula.commands.check.CheckRun;
import specula.commands.session.SessionException;
import specula.shell.console.Output;
import specula.shell.console.SessionHolder;
import specula.tla.check.TraceState;
import specula.tla.eval.value.PrettyPrinter;
import specula.tla.eval.value.Value;

/** Reading the last check: its counterexample state by state, and expressions evaluated against the spec. */
@Component
public class CexCommands {
    private static final String GROUP = "Pipeline";
    private final SessionHolder holder;
    private final Output out;
    private final LastCheck last;

    public CexCommands(SessionHolder holder, Output out, LastCheck last) {
        this.holder = holder;
        this.out = out;
        this.last = last;
    }

    @Command(name = "cex", group = GROUP, description = "The last counterexample, changed variables highlighted "
            + "(unchanged ones hidden unless --all)")
    public void cex(@Option(longName = "state", description = "only state K", defaultValue = "0") Integer state,
                    @Option(longName = "all", description = "show unchanged variables too") boolean all) {
        CheckRun run = last.require();
        if (run.trace().isEmpty()) {
            throw new SessionException("the last check (" + run.inputs().root() + ") has no counterexample");
        }
        int from = 1;
        int to = run.trace().size();
        if (state != null && state != 0) {
            try {
                run.state(state);
            } catch (IllegalArgumentException e) {
                throw new SessionException(e.getMessage());
            }
            from = state;
            to = state;
        }
        if (run.result().errorMessage() != null) out.println(out.red(run.result().errorMessage().strip()));
        for (int k = from; k <= to; k++) {
            TraceState s = run.state(k);
            Map<String, Value> before = k == 1 ? null : run.state(k - 1).variables();
            out.println(out.bold("State " + s.number() + ": " + s.action()));
            int hidden = 0;
            for (Map.Entry<String, Value> e : s.variables().entrySet()) {
                boolean changed = before == null || !e.getValue().equals(before.get(e.getKey()));
                if (!changed && !all) {
                    hidden++;
                    continue;
                }
                String line = "/\\ " + e.getKey() + " = " + PrettyPrinter.DEFAULT.format(e.getValue());
                if (changed && before != null) {
                    out.println(out.color() ? out.yellow(line) : "* " + line);
                } else {
                    out.println(out.color() ? line : "  " + line);
                }
            }
            if (hidden > 0) out.println(out.dim("  (" + hidden + " unchanged)"));
        }
        holder.session().note("counterexample of " + run.inputs().root() + " (" + run.trace().size() + " states)");
    }

    @Command(name = "eval", group = GROUP, description = "Evaluate an expression against the working spec, or in "
            + "state K of the last counterexample")
    public void eval(@Argument(index = 0, description = "expression (quote it)") String expr,
                     @Option(longName = "state", description = "counterexample state K", defaultValue = "0") Integer state,
                     @Option(longName = "model", description = "model for the constants (default <Root>.cfg)", defaultValue = "") String model) {
        if (Tables.blank(expr)) throw new SessionException("usage: eval EXPR [--state K]");
        CheckInputs in;
        Map<String, Value> vars = Map.of();
        if (state != null && state != 0) {
            CheckRun run = last.require();
            try {
                vars = run.state(state).variables();
            } catch (IllegalArgumentException e) {
                throw new SessionException(e.getMessage());
            }
            in = run.inputs();
        } else {
            in = inputs(model);
        }
        Value v;
        try {
            v = in.evaluate(expr, vars);
        } catch (RuntimeException e) {
            throw new SessionException("eval: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        String text = PrettyPrinter.DEFAULT.format(v);
        out.println(text);
        holder.session().note("eval " + expr + " = " + (text.length() > 60 ? text.substring(0, 57) + "..." : text));
    }

    /** The spec as it is now, with the model's constants when there is one (a constant expression needs none). */
    private CheckInputs inputs(String model) {
        return CheckInputs.from(holder.session().snapshot(), CheckRequest.of(Tables.blank(model) ? null : model), true);
    }
}
