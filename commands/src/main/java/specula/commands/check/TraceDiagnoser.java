package specula.commands.check;

import specula.commands.trace.TraceVerdict;
import specula.tla.check.Model;
import specula.tla.check.cfg.ConfigParser;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.eval.ActionEnumerator;
import specula.tla.eval.Binding;
import specula.tla.eval.Evaluator;
import specula.tla.eval.Scope;
import specula.tla.eval.Services;
import specula.tla.eval.Spec;
import specula.tla.eval.SpecLoader;
import specula.tla.eval.value.Value;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Range;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "why" of a rejected trace line: each disjunct of the trace spec's Next (one {@code <Action>IsEvent} per
 * configured action, plus stuttering and internal steps) is diagnosed by {@link ActionDiagnosis} in the state
 * reached before the line. Disjuncts that stop at {@code IsEvent} were written for another event and are not
 * candidates; for the others the first failing conjunct is reported with its source text and location.
 */
final class TraceDiagnoser {
    private static final String EVENT_GUARD = "IsEvent";
    private static final String EVENT_SUFFIX = "IsEvent";
    private final Map<String, String> modules;

    /** @param modules module texts by name, to quote the failing conjuncts' source */
    TraceDiagnoser(Map<String, String> modules) {
        this.modules = modules;
    }

    List<TraceVerdict.Candidate> diagnose(String traceModule, String cfgText, Services services,
                                          Map<String, Value> stateBefore) {
        ModelConfig cfg = ConfigParser.parse(traceModule + ".cfg", cfgText);
        Spec spec = SpecLoader.load(traceModule, EmbeddedChecker.source(modules), cfg);
        Model model = Model.resolve(spec, cfg);
        if (model.init() == null || model.next() == null) return List.of();
        Evaluator ev = new Evaluator(spec);
        // Init first: it sets the registers the event guard reads (TLCGet(0), the furthest line reached).
        new ActionEnumerator(ev).initial(model.init().expr(), model.init().scope(), spec.variables().size(), services,
                (s, l) -> false);
        Value[] cur = new Value[spec.variables().size()];
        for (int i = 0; i < cur.length; i++) {
            cur[i] = stateBefore.get(spec.variables().get(i));
            if (cur[i] == null) return List.of();
        }
        List<TraceVerdict.Candidate> out = new ArrayList<>();
        ActionDiagnosis diagnosis = new ActionDiagnosis(ev, services, this::source);
        for (Disjunct d : disjuncts(model.next().expr(), model.next().scope(), null)) {
            ActionDiagnosis.Verdict v = diagnosis.diagnose(d.expr(), d.scope(), d.name(), cur);
            if (v instanceof ActionDiagnosis.Failure f && !EVENT_GUARD.equals(f.within())) {
                out.add(candidate(d.name(), f));
            } else if (v instanceof ActionDiagnosis.Enabled e) {
                // The checker found no behaviour past the line from this state, yet this disjunct steps: the
                // rejection is further on (e.g. a later line), so say so rather than invent a failure.
                out.add(new TraceVerdict.Candidate(actionName(d.name()), null, null, "enabled in this state"
                        + (e.bindings().isEmpty() ? "" : " (where " + String.join("; ", e.bindings()) + ")")));
            }
        }
        if (out.isEmpty()) {
            out.add(new TraceVerdict.Candidate("(none)", null, null, "no disjunct of Next gets past IsEvent: no "
                    + "action is configured for this line's event"));
        }
        return out;
    }

    private TraceVerdict.Candidate candidate(String disjunct, ActionDiagnosis.Failure f) {
        String reason = f.reason() + (f.bindings().isEmpty() ? "" : " (where " + String.join("; ", f.bindings())
                + ")");
        return new TraceVerdict.Candidate(actionName(disjunct), source(f.conjunct()),
                ActionDiagnosis.location(f.conjunct().range()), reason);
    }

    /** {@code GrantIsEvent} is action Grant's event; other disjuncts keep their names. */
    private static String actionName(String disjunct) {
        if (disjunct == null) return "Next";
        return disjunct.endsWith(EVENT_SUFFIX) && disjunct.length() > EVENT_SUFFIX.length()
                ? disjunct.substring(0, disjunct.length() - EVENT_SUFFIX.length()) : disjunct;
    }

    private record Disjunct(String name, Expr expr, Scope scope) {
    }

    /** The top-level disjuncts of Next, through parameterless definitions whose body is a disjunction. */
    private static List<Disjunct> disjuncts(Expr e, Scope s, String name) {
        while (e instanceof Exprs.Paren p) e = p.inner();
        if (e instanceof Exprs.ActionSub a && !a.angle()) return disjuncts(a.action(), s, name);
        List<Expr> items = null;
        if (e instanceof Exprs.Junction j && !j.isConjunction()) items = j.items();
        if (e instanceof Exprs.OpApp op && op.canonical().equals("\\/")) items = op.args();
        if (items != null) {
            List<Disjunct> out = new ArrayList<>();
            for (Expr item : items) out.addAll(disjuncts(item, s, null));
            return out;
        }
        if (e instanceof Exprs.Ident id && s.lookup(id.name()) instanceof Binding.Def d && d.def().params().isEmpty()
                && isDisjunction(d.def().body())) {
            return disjuncts(d.def().body(), d.scope(), id.name());
        }
        String label = e instanceof Exprs.Ident id ? id.name() : name;
        return List.of(new Disjunct(label, e, s));
    }

    private static boolean isDisjunction(Expr e) {
        while (e instanceof Exprs.Paren p) e = p.inner();
        return e instanceof Exprs.Junction j && !j.isConjunction()
                || e instanceof Exprs.OpApp op && op.canonical().equals("\\/");
    }

    /** The conjunct as written (whitespace runs collapsed), from the module text. */
    private String source(Expr e) {
        Range r = e.range();
        if (r == null || r.file() == null) return e.toString();
        String module = r.file().endsWith(".tla") ? r.file().substring(0, r.file().length() - 4) : r.file();
        String text = modules.get(module);
        if (text == null) return e.toString();
        List<String> lines = text.lines().toList();
        if (r.line() < 1 || r.endLine() > lines.size()) return e.toString();
        StringBuilder sb = new StringBuilder();
        for (int i = r.line(); i <= r.endLine(); i++) {
            String line = lines.get(i - 1);
            int from = i == r.line() ? Math.min(r.column() - 1, line.length()) : 0;
            int to = i == r.endLine() ? Math.min(r.endColumn(), line.length()) : line.length();
            sb.append(line, Math.max(0, from), Math.max(from, to)).append(' ');
        }
        return sb.toString().strip().replaceAll("\\s+", " ");
    }
}
