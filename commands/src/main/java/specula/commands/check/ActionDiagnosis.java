package specula.commands.check;

import specula.tla.eval.Binding;
import specula.tla.eval.Ctx;
import specula.tla.eval.Env;
import specula.tla.eval.EvalException;
import specula.tla.eval.Evaluator;
import specula.tla.eval.OpClosure;
import specula.tla.eval.Scope;
import specula.tla.eval.Services;
import specula.tla.eval.Thunk;
import specula.tla.eval.value.SetValue;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValuePrinter;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Range;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Why an action takes no step from a state: walks the action the way the checker enumerates it (conjuncts left to
 * right, {@code x' = e} assigns an unassigned variable and checks an assigned one, disjuncts and {@code \E} are
 * branches, definitions are entered), and remembers the first conjunct that was FALSE or raised an error. Of all
 * branches the one that got furthest (most conjuncts passed) is reported, with the bound names of its branch.
 * Built only on the evaluator's public API: it evaluates sub-expressions, so it never disagrees with the checker
 * on a value, only (for constructs it does not enter, e.g. a LET of a recursive function) on how deep it looks.
 */
final class ActionDiagnosis {

    /** Where an action stopped. */
    sealed interface Verdict {
    }

    /** Some branch took a step: the action is enabled in this state. */
    record Enabled(List<String> bindings) implements Verdict {
    }

    /** A bound name's value ({@code within} null), or an IF branch taken in definition {@code within}. */
    record Note(String within, String text) {
    }

    /**
     * @param conjunct the failing sub-formula
     * @param within   the innermost definition it belongs to (null at the top)
     * @param reason   the values compared, or the error raised
     * @param bindings the values of the bound names ({@code c = "c1"}) and the IF branches taken, outermost first
     */
    record Failure(int progress, Expr conjunct, String within, String reason, List<String> bindings)
            implements Verdict {
    }

    /** @param shown what a failure here reports: the written {@code UNCHANGED vars} rather than its expansion */
    private record Work(Expr e, Scope s, Env env, String within, Work rest, Expr shown) {
        Work(Expr e, Scope s, Env env, String within, Work rest) {
            this(e, s, env, within, rest, null);
        }

        Expr reported() {
            return shown != null ? shown : e;
        }
    }

    /** Sub-formulas visited per action before giving up: the walk is as large as the action's branching. */
    static final int STEP_LIMIT = 1_000_000;

    /** Thrown past the step limit; the furthest failure found so far is still reported. */
    private static final class OutOfSteps extends RuntimeException {
        OutOfSteps() {
            super(null, null, false, false);
        }
    }

    private final Evaluator ev;
    private final Services services;
    private int steps;
    private final Function<Expr, String> quote;
    private final int stepLimit;
    private Value[] cur;
    private Failure best;

    /** @param quote an expression's source text, for the IF conditions a failing branch went through */
    ActionDiagnosis(Evaluator ev, Services services, Function<Expr, String> quote) {
        this(ev, services, quote, STEP_LIMIT);
    }

    ActionDiagnosis(Evaluator ev, Services services, Function<Expr, String> quote, int stepLimit) {
        this.ev = ev;
        this.services = services;
        this.quote = quote;
        this.stepLimit = stepLimit;
    }

    /** Diagnoses {@code action} (resolved in {@code scope}) in state {@code state}. */
    Verdict diagnose(Expr action, Scope scope, String name, Value[] state) {
        cur = state;
        best = null;
        steps = 0;
        List<Note> found;
        try {
            found = run(new Work(action, scope, Env.EMPTY, name, null), new Value[state.length], 0, List.of());
        } catch (OutOfSteps e) {
            String why = "diagnosis stopped after " + stepLimit + " sub-formulas";
            return best == null ? new Failure(0, action, name, why, List.of())
                    : new Failure(best.progress(), best.conjunct(), best.within(), best.reason() + " (" + why + ")",
                    best.bindings());
        }
        if (found != null) return new Enabled(found.stream().map(Note::text).toList());
        return best;
    }

    /** @return the bindings of a branch that reached the end (a step), or null when none did */
    private List<Note> run(Work w, Value[] partial, int progress, List<Note> bindings) {
        if (w == null) return bindings;
        if (++steps > stepLimit) throw new OutOfSteps();
        Expr e = w.e;
        if (e instanceof Exprs.Paren p) return run(new Work(p.inner(), w.s, w.env, w.within, w.rest), partial,
                progress, bindings);
        if (e instanceof Exprs.Label l) return run(new Work(l.body(), w.s, w.env, w.within, w.rest), partial,
                progress, bindings);
        if (e instanceof Exprs.Junction j) return junction(j.isConjunction(), j.items(), w, partial, progress,
                bindings);
        if (e instanceof Exprs.OpApp op && op.canonical().equals("/\\")) return junction(true, op.args(), w, partial,
                progress, bindings);
        if (e instanceof Exprs.OpApp op && op.canonical().equals("\\/")) return junction(false, op.args(), w, partial,
                progress, bindings);
        try {
            if (e instanceof Exprs.If i) {
                boolean cond = ev.evalBool(i.cond(), w.s, w.env, ctx(partial));
                // The branch taken explains a failure inside it (a guard written as IF ... THEN UNCHANGED vars).
                List<Note> path = new ArrayList<>(bindings);
                path.add(new Note(w.within, "IF " + quote.apply(i.cond()) + " is " + (cond ? "TRUE" : "FALSE")));
                return run(new Work(cond ? i.then() : i.otherwise(), w.s, w.env, w.within, w.rest), partial,
                        progress + 1, List.copyOf(path));
            }
            if (e instanceof Exprs.Case c) {
                for (Parts.CaseArm arm : c.arms()) {
                    if (ev.evalBool(arm.guard(), w.s, w.env, ctx(partial))) {
                        return run(new Work(arm.body(), w.s, w.env, w.within, w.rest), partial, progress, bindings);
                    }
                }
                if (c.other() != null) return run(new Work(c.other(), w.s, w.env, w.within, w.rest), partial,
                        progress, bindings);
                return condition(w, partial, progress, bindings);
            }
            if (e instanceof Exprs.Let let) {
                Env bound = bindLet(let.defs(), w.s, w.env);
                if (bound != null) return run(new Work(let.body(), w.s, bound, w.within, w.rest), partial, progress,
                        bindings);
            }
            if (e instanceof Exprs.Quant q && q.kind().equals("\\E") && simpleBounds(q.bounds())) {
                return exists(q, 0, 0, w, w.env, partial, progress, bindings);
            }
            if (e instanceof Exprs.ActionSub a && !a.angle()) {
                return run(new Work(a.action(), w.s, w.env, w.within, w.rest), partial, progress, bindings);
            }
            if (e instanceof Exprs.Ident id) return call(id.name(), List.of(), w, partial, progress, bindings);
            if (e instanceof Exprs.Apply ap) return call(ap.name(), ap.args(), w, partial, progress, bindings);
            if (e instanceof Exprs.OpApp op && op.canonical().equals("UNCHANGED")) {
                return unchanged(op, w, partial, progress, bindings);
            }
            if (e instanceof Exprs.OpApp op && (op.canonical().equals("=") || op.canonical().equals("\\in"))) {
                int slot = primedSlot(op.args().get(0), w.s, w.env);
                if (slot >= 0 && partial[slot] == null) {
                    Value rhs = ev.eval(op.args().get(1), w.s, w.env, ctx(partial));
                    if (op.canonical().equals("=")) {
                        return run(w.rest, assign(partial, slot, rhs), progress + 1, bindings);
                    }
                    if (!(rhs instanceof SetValue set)) return condition(w, partial, progress, bindings);
                    for (Value x : set) {
                        List<Note> r = run(w.rest, assign(partial, slot, x), progress + 1, bindings);
                        if (r != null) return r;
                    }
                    return fail(progress, w, op.args().get(0) + " \\in an empty set", bindings);
                }
            }
        } catch (OutOfSteps ex) {
            throw ex;
        } catch (RuntimeException ex) {
            return error(ex, progress, w, bindings);
        }
        return condition(w, partial, progress, bindings);
    }

    private List<Note> junction(boolean conj, List<Expr> items, Work w, Value[] partial, int progress,
                                  List<Note> bindings) {
        if (conj) {
            Work chain = w.rest;
            for (int i = items.size() - 1; i >= 0; i--) chain = new Work(items.get(i), w.s, w.env, w.within, chain);
            return run(chain, partial, progress, bindings);
        }
        for (Expr item : items) {
            List<Note> r = run(new Work(item, w.s, w.env, w.within, w.rest), partial, progress, bindings);
            if (r != null) return r;
        }
        return null;
    }

    private List<Note> exists(Exprs.Quant q, int bound, int name, Work w, Env env, Value[] partial, int progress,
                                List<Note> bindings) {
        if (bound == q.bounds().size()) {
            return run(new Work(q.body(), w.s, env, w.within, w.rest), partial, progress, bindings);
        }
        Parts.Bound b = q.bounds().get(bound);
        if (name == b.names().size()) return exists(q, bound + 1, 0, w, env, partial, progress, bindings);
        Value set = ev.eval(b.set(), w.s, w.env, ctx(partial));
        if (!(set instanceof SetValue values)) return condition(w, partial, progress, bindings);
        String n = b.names().get(name).text();
        for (Value x : values) {
            List<Note> more = new ArrayList<>(bindings);
            more.add(new Note(null, n + " = " + ValuePrinter.DEFAULT.print(x)));
            List<Note> r = exists(q, bound, name + 1, w, env.bind(n, x), partial, progress, List.copyOf(more));
            if (r != null) return r;
        }
        return null;
    }

    private List<Note> call(String name, List<Expr> args, Work w, Value[] partial, int progress,
                              List<Note> bindings) {
        Object target = w.env.lookup(name);
        if (target == null) target = w.s.lookup(name);
        if (target instanceof Binding.Def d && d.def().params().size() == args.size()
                && d.def().params().stream().allMatch(p -> p.arity() == 0)) {
            Env params = Env.EMPTY;
            for (int i = 0; i < args.size(); i++) {
                // Unevaluated, as TLA+ substitutes: a parameter may be primed inside or stand for x'.
                params = params.bind(d.def().params().get(i).name().text(), new Thunk(args.get(i), w.s, w.env));
            }
            return run(new Work(d.def().body(), d.scope(), params, name, w.rest), partial, progress, bindings);
        }
        if (target instanceof Thunk t && args.isEmpty() && !isVariable(t.expr(), t.scope(), t.env())) {
            return run(new Work(t.expr(), t.scope(), t.env(), w.within, w.rest), partial, progress, bindings);
        }
        return condition(w, partial, progress, bindings);
    }

    private List<Note> unchanged(Exprs.OpApp op, Work w, Value[] partial, int progress, List<Note> bindings) {
        Expr arg = op.args().get(0);
        while (arg instanceof Exprs.Paren p) arg = p.inner();
        if (arg instanceof Exprs.Tuple t) {
            Work chain = w.rest;
            for (int i = t.elements().size() - 1; i >= 0; i--) {
                Expr el = t.elements().get(i);
                chain = new Work(new Exprs.OpApp(el.range(), "UNCHANGED", "UNCHANGED", Parts.Fixity.PREFIX,
                        List.of(el)), w.s, w.env, w.within, chain, w.reported());
            }
            return run(chain, partial, progress, bindings);
        }
        int slot = varSlot(arg, w.s, w.env);
        if (slot >= 0 && partial[slot] == null) return run(w.rest, assign(partial, slot, cur[slot]), progress + 1,
                bindings);
        if (slot >= 0) {
            if (partial[slot].equals(cur[slot])) return run(w.rest, partial, progress + 1, bindings);
            String var = ev.spec().variables().get(slot);
            return fail(progress, w, var + "' = " + ValuePrinter.DEFAULT.print(partial[slot]) + " but " + var + " = "
                    + ValuePrinter.DEFAULT.print(cur[slot]), bindings);
        }
        if (arg instanceof Exprs.Ident id && w.s.lookup(id.name()) instanceof Binding.Def d
                && d.def().params().isEmpty() && w.env.lookup(id.name()) == null) {
            Expr inner = new Exprs.OpApp(op.range(), "UNCHANGED", "UNCHANGED", Parts.Fixity.PREFIX,
                    List.of(d.def().body()));
            return run(new Work(inner, d.scope(), Env.EMPTY, w.within, w.rest, w.reported()), partial, progress,
                    bindings);
        }
        return condition(w, partial, progress, bindings);
    }

    /** Anything not entered is a condition on the partial state: true goes on, false or an error is a failure. */
    private List<Note> condition(Work w, Value[] partial, int progress, List<Note> bindings) {
        boolean holds;
        try {
            holds = ev.evalBool(w.e, w.s, w.env, ctx(partial));
        } catch (RuntimeException ex) {
            return error(ex, progress, w, bindings);
        }
        if (holds) return run(w.rest, partial, progress + 1, bindings);
        return fail(progress, w, compared(w, partial), bindings);
    }

    /** For a failed comparison, the values of both sides: what the trace logged against what the action wants. */
    private String compared(Work w, Value[] partial) {
        Expr e = w.e;
        while (e instanceof Exprs.Paren p) e = p.inner();
        if (e instanceof Exprs.OpApp op && op.args().size() == 2 && List.of("=", "#", "/=", "<", ">", "<=", ">=",
                "=<", "\\leq", "\\geq", "\\in", "\\notin").contains(op.canonical())) {
            try {
                return ValuePrinter.DEFAULT.print(ev.eval(op.args().get(0), w.s, w.env, ctx(partial))) + " "
                        + op.spelling() + " " + ValuePrinter.DEFAULT.print(ev.eval(op.args().get(1), w.s, w.env,
                        ctx(partial))) + " is FALSE";
            } catch (RuntimeException ignored) {
                // The comparison itself evaluated; a side on its own may not (e.g. a bare primed tuple).
            }
        }
        return "FALSE";
    }

    private List<Note> error(RuntimeException ex, int progress, Work w, List<Note> bindings) {
        String where = ex instanceof EvalException ee && ee.range() != null ? " (at " + EvalException.location(
                ee.range()) + ")" : "";
        return fail(progress, w, "error: " + ex.getMessage() + where, bindings);
    }

    private List<Note> fail(int progress, Work w, String reason, List<Note> bindings) {
        if (best == null || progress > best.progress()) {
            // The IF branches of other definitions (the trace spec's "is this variable logged?") are noise here.
            best = new Failure(progress, w.reported(), w.within, reason, bindings.stream()
                    .filter(n -> n.within() == null || n.within().equals(w.within)).map(Note::text).toList());
        }
        return null;
    }

    /**
     * LET definitions bound for the body: constants and parameterless ones unevaluated (they may be primed),
     * operators as closures. Null (the LET is then a plain condition) for a function definition or RECURSIVE.
     */
    private Env bindLet(List<Unit> defs, Scope s, Env env) {
        Env out = env;
        for (Unit u : defs) {
            if (!(u instanceof Unit.OpDef d) || d.params().stream().anyMatch(p -> p.arity() > 0)) return null;
            Env defEnv = out;
            if (d.params().isEmpty()) {
                out = out.bind(d.name().text(), new Thunk(d.body(), s, defEnv));
            } else {
                out = out.bind(d.name().text(), new OpClosure() {
                    @Override
                    public int arity() {
                        return d.params().size();
                    }

                    @Override
                    public Value apply(Value[] args, Ctx ctx) {
                        Env e = defEnv;
                        for (int i = 0; i < args.length; i++) e = e.bind(d.params().get(i).name().text(), args[i]);
                        return ev.eval(d.body(), s, e, ctx);
                    }
                });
            }
        }
        return out;
    }

    private static boolean simpleBounds(List<Parts.Bound> bounds) {
        return bounds.stream().allMatch(b -> b.set() != null && !b.tuple());
    }

    /** The slot of {@code x'}, following parameters bound to it; -1 otherwise. */
    private int primedSlot(Expr e, Scope s, Env env) {
        while (e instanceof Exprs.Paren p) e = p.inner();
        if (e instanceof Exprs.Ident id && env.lookup(id.name()) instanceof Thunk t) {
            return primedSlot(t.expr(), t.scope(), t.env());
        }
        if (e instanceof Exprs.OpApp op && op.canonical().equals("'")) return varSlot(op.args().get(0), s, env);
        return -1;
    }

    private int varSlot(Expr e, Scope s, Env env) {
        while (e instanceof Exprs.Paren p) e = p.inner();
        if (!(e instanceof Exprs.Ident id)) return -1;
        Object t = env.lookup(id.name());
        if (t == null) t = s.lookup(id.name());
        if (t instanceof Binding.Var v) return v.index();
        if (t instanceof Thunk th) return varSlot(th.expr(), th.scope(), th.env());
        if (t instanceof Binding.Subst sub) return varSlot(sub.expr(), sub.scope(), sub.env());
        return -1;
    }

    private boolean isVariable(Expr e, Scope s, Env env) {
        return varSlot(e, s, env) >= 0;
    }

    private Ctx ctx(Value[] partial) {
        return new Ctx(cur, partial, 0, services);
    }

    private static Value[] assign(Value[] partial, int slot, Value v) {
        Value[] copy = partial.clone();
        copy[slot] = v;
        return copy;
    }

    /** {@code MODULE:LINE:COL} of a range, the module without {@code .tla}. */
    static String location(Range r) {
        if (r == null) return null;
        String module = r.file() != null && r.file().endsWith(".tla") ? r.file().substring(0, r.file().length() - 4)
                : r.file();
        return module + ".tla:" + r.line() + ":" + r.column();
    }
}
