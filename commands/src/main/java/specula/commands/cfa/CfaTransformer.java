package specula.commands.cfa;

import specula.tla.syntax.AstPrinter;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Unit;
import specula.tla.stdlib.StandardLibrary;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code cfa} step on one module: reads each action as a statement sequence (callees first), cuts, completes and
 * primes it ({@link StepWalker}), then, when process cutting happened, adds pc/info/stack, their initial values,
 * one handler per entry action, called multi-step action and continuation, and rewrites Next to use them. A module
 * that needs nothing is returned as it was.
 */
public final class CfaTransformer {
    static final List<String> AUX = List.of("pc", "info", "stack");

    private final CfaOptions options;
    private final StandardLibrary library = new StandardLibrary();

    public CfaTransformer(CfaOptions options) {
        this.options = options;
    }

    public CfaResult transform(Module module) {
        ModuleModel model = new ModuleModel(module);
        String outside = outsideKnowledge(module);
        if (outside != null) {
            return new CfaResult(module, false, List.of(new Change("cfa", module.name(), "left as it is: " + outside)),
                    NextEntries.of(model, Set.of()), List.of());
        }
        CfaOptions opts = options;
        List<String> own = CfaTransformer.AUX.stream().filter(model::isVariable).toList();
        if (!own.isEmpty() && own.size() < AUX.size() && opts.pc()) {
            // The module has its own pc (a PlusCal-style translation, say): cutting would reuse it wrongly.
            opts = new CfaOptions(false, opts.uc(), opts.su(), opts.suEverywhere());
        }
        if (!opts.su() || opts.suEverywhere()) return new Run(model, opts).result();
        CfaResult plain = new Run(model, opts.withSu(false)).result();
        boolean imperative = plain.changes().stream().anyMatch(c -> c.algorithm().equals("pc"));
        return imperative ? new Run(model, opts).result() : plain;
    }

    /**
     * Actions whose effect is defined in another module (an EXTENDS of a non-standard module, an INSTANCE) cannot
     * be analysed from this one; guessing would add wrong UNCHANGED clauses, so such modules are left alone.
     */
    private String outsideKnowledge(Module m) {
        for (var n : m.extendsList()) {
            if (!library.contains(n.text())) return "it extends " + n.text() + ", whose actions cfa cannot see";
        }
        for (Unit u : m.units()) {
            if (u instanceof Unit.Instance || u instanceof Unit.ModuleDef) {
                return "it instantiates another module, whose actions cfa cannot see";
            }
        }
        ModuleModel model = new ModuleModel(m);
        for (String a : model.actions) {
            if (model.actionParameter(a) != null) {
                return a + " takes the action " + model.actionParameter(a) + " as a parameter, which cfa cannot see";
            }
        }
        return null;
    }

    private static final class Run implements StepWalker.Context {
        private final CfaOptions options;
        private final ModuleModel model;
        private final StmtBuilder builder;
        private final Map<String, Set<String>> mods = new HashMap<>();
        private final Set<String> multiStep = new HashSet<>();
        private final Map<String, Integer> counters = new HashMap<>();
        private List<Change> notes = new ArrayList<>();
        private final List<Change> changes = new ArrayList<>();
        private final Map<String, JobResult> results = new LinkedHashMap<>();
        private final Map<String, List<JobResult>> continuationsOf = new LinkedHashMap<>();
        private boolean anyCut;
        private Set<String> allVars;

        Run(ModuleModel model, CfaOptions options) {
            this.options = options;
            this.model = model;
            this.builder = new StmtBuilder(model);
        }

        @Override
        public CfaOptions options() {
            return options;
        }

        @Override
        public ModuleModel model() {
            return model;
        }

        @Override
        public Set<String> mod(String action) {
            return mods.getOrDefault(action, Set.of());
        }

        @Override
        public boolean multiStep(String action) {
            return multiStep.contains(action);
        }

        @Override
        public Expr entryCall(String action, List<Expr> args) {
            if (!anyCut) return Ast.apply(action, args);
            return Ast.apply((multiStep.contains(action) ? "Start" : "Handle") + action, args);
        }

        @Override
        public Set<String> entryMod(String action) {
            return anyCut ? allVars : mod(action);
        }

        @Override
        public String nextName(String base) {
            int k = counters.merge(base, 1, Integer::sum);
            String name = base + "_" + k;
            while (model.ops.containsKey(name)) name = base + "_" + (k = counters.merge(base, 1, Integer::sum));
            return name;
        }

        @Override
        public void note(Change c) {
            notes.add(c);
        }

        CfaResult result() {
            Set<String> called = new LinkedHashSet<>();
            for (Map.Entry<String, Set<String>> e : model.calls.entrySet()) {
                if (!e.getKey().equals(model.next)) called.addAll(e.getValue());
            }
            List<String> order = calleesFirst();
            for (String a : order) transformAction(a, called.contains(a));
            anyCut = options.pc() && results.values().stream().anyMatch(JobResult::cut);
            allVars = new LinkedHashSet<>(model.variables);
            if (anyCut) allVars.addAll(AUX);
            JobResult next = null;
            if (model.next != null) {
                Job job = new Job(model.next, model.next, model.params(model.next),
                        builder.build(model.ops.get(model.next).body()), PathState.start(model.params(model.next)),
                        Job.Ending.NONE, true);
                notes = new ArrayList<>();
                next = StepWalker.run(this, job, options.uc() ? model.variables.stream()
                        .collect(LinkedHashSet::new, Set::add, Set::addAll) : null);
                changes.addAll(notes);
            }
            List<String> entries = new ArrayList<>(model.next != null ? model.calls.get(model.next)
                    : model.actions.stream().filter(a -> !called.contains(a)).toList());
            ModuleAssembler asm = new ModuleAssembler(model, anyCut, allVars);
            List<String> interactions = new ArrayList<>();
            Module out = asm.assemble(results, continuationsOf, next, entries, multiStep, interactions, changes);
            boolean changed = anyCut || next != null && next.changed()
                    || results.values().stream().anyMatch(JobResult::changed);
            if (!changed) out = model.module;
            List<CfaResult.EntryAction> ent = NextEntries.of(new ModuleModel(out), Set.copyOf(interactions));
            // One line per distinct reason: the same read primed in three places is one decision.
            return new CfaResult(out, changed, List.copyOf(new LinkedHashSet<>(changes)), ent, List.copyOf(interactions));
        }

        private void transformAction(String a, boolean isCalled) {
            if (a.equals(model.next)) {
                // Only reached when another action calls Next; what it assigns with plain calls is what they see.
                notes = new ArrayList<>();
                Job job = new Job(a, a, model.params(a), builder.build(model.ops.get(a).body()),
                        PathState.start(model.params(a)), Job.Ending.NONE, true);
                mods.put(a, StepWalker.run(this, job, null).mod());
                return;
            }
            List<String> params = model.params(a);
            List<Stmt> body = builder.build(model.ops.get(a).body());
            counters.remove(a);
            notes = new ArrayList<>();
            JobResult r = StepWalker.run(this, new Job(a, a, params, body, PathState.start(params), Job.Ending.NONE,
                    false), null);
            if (isCalled && options.pc() && (r.cut() || multiStep.contains(a))) {
                multiStep.add(a);
                counters.remove(a);
                notes = new ArrayList<>();
                r = StepWalker.run(this, new Job(a, a, params, body, PathState.start(params), Job.Ending.RETURN,
                        false), null);
            }
            changes.addAll(notes);
            results.put(a, r);
            mods.put(a, r.mod());
            List<JobResult> conts = new ArrayList<>();
            Deque<Job> work = new ArrayDeque<>(r.continuations());
            while (!work.isEmpty()) {
                Job j = work.removeFirst();
                notes = new ArrayList<>();
                JobResult cr = StepWalker.run(this, j, null);
                changes.addAll(notes);
                conts.add(cr);
                mods.put(j.name(), cr.mod());
                work.addAll(cr.continuations());
            }
            continuationsOf.put(a, conts);
        }

        /** Post-order over the call graph; actions on a cycle are multi-step (a recursive call needs the stack). */
        private List<String> calleesFirst() {
            List<String> order = new ArrayList<>();
            Set<String> visited = new HashSet<>();
            List<String> path = new ArrayList<>();
            for (String a : model.actions) visit(a, visited, path, order);
            return order;
        }

        private void visit(String a, Set<String> visited, List<String> path, List<String> order) {
            int onPath = path.indexOf(a);
            if (onPath >= 0) {
                if (options.pc()) multiStep.addAll(path.subList(onPath, path.size()));
                return;
            }
            if (!visited.add(a)) return;
            path.add(a);
            for (String c : model.calls.getOrDefault(a, Set.of())) {
                if (!a.equals(model.next)) visit(c, visited, path, order);
            }
            path.remove(path.size() - 1);
            order.add(a);
        }
    }

    /** Convenience for callers that hold text: the printed module. */
    public static String print(CfaResult r) {
        return AstPrinter.print(r.module());
    }
}
