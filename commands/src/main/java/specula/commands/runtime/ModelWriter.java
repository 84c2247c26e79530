package specula.commands.runtime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import specula.tla.check.cfg.ConfigPrinter;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.check.cfg.ModelConfigBuilder;
import specula.tla.syntax.DiagnosticFormatter;
import specula.tla.syntax.ParseResult;
import specula.tla.syntax.TlaParser;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

/**
 * {@code model new}: a deterministic first model for a module. Constants get values from how they are used
 * ({@link ConstantUsage}): sets become sets of model values named after the constant ({@code Server = {s1, s2, s3}}),
 * numbers a small bound, subsets of Nat a small set of numbers, anything else a model value of its own name (right
 * for {@code Nil}-like sentinels). The behaviour is {@code SPECIFICATION} when a definition has the form
 * {@code Init /\ [][Next]_vars}, else {@code INIT}/{@code NEXT}. Invariants are the state predicates the module
 * defines, type invariants first. The result is plain .cfg text the user can edit.
 */
public final class ModelWriter {

    /** @param notes one line per choice, to show the user why each value was picked */
    public record Result(String moduleName, ModelConfig config, String text, List<String> notes) {
    }

    /** Sizes and bounds; the defaults keep a first check small. */
    public record Options(int setSize, int valueSetSize, int numberBound) {
        public static Options defaults() {
            return new Options(3, 2, 3);
        }
    }

    private static final Pattern TYPE_INVARIANT = Pattern.compile("TypeOK|TypeOk|TypeInv(ariant)?|TypeCorrect");
    private static final Pattern INVARIANT_NAME = Pattern.compile(
            "(?i).*(inv|safety|safe|consisten|mutualexclusion|mutex|agreement|correct|integrity).*");
    private static final Pattern VALUE_LIKE = Pattern.compile("(?i).*(value|data|key|msg|message|item|payload).*");
    private static final Set<String> NOT_STATE_PREDICATE = Set.of("'", "[]", "<>", "~>", "UNCHANGED", "ENABLED",
            "-+->", "\\cdot");

    private final Options options;

    public ModelWriter(Options options) {
        this.options = options;
    }

    public ModelWriter() {
        this(Options.defaults());
    }

    /** Parses and writes; a module that does not parse is an error naming its first problems. */
    public Result write(String moduleName, String text) {
        ParseResult r = new TlaParser().parse(moduleName + ".tla", text);
        if (!r.ok() || r.module() == null) {
            throw new IllegalArgumentException("model new: " + moduleName + " does not parse; run parse/fix first\n"
                    + DiagnosticFormatter.formatAll(r, text));
        }
        return write(r.module());
    }

    public Result write(Module module) {
        List<String> notes = new ArrayList<>();
        ModelConfigBuilder b = new ModelConfigBuilder();
        constants(module, b, notes);
        behaviour(module, b, notes);
        for (String inv : invariants(module)) {
            b.invariant(inv);
        }
        ModelConfig config = b.build();
        if (!config.invariants().isEmpty()) {
            notes.add("invariants: " + String.join(", ", config.invariants()));
        }
        return new Result(module.name(), config, ConfigPrinter.print(config), notes);
    }

    private void constants(Module module, ModelConfigBuilder b, List<String> notes) {
        List<String> names = new ArrayList<>();
        for (Unit u : module.units()) {
            if (u instanceof Unit.Constants cs) {
                for (Parts.OpDecl d : cs.decls()) {
                    if (d.arity() == 0) {
                        names.add(d.name().text());
                    } else {
                        notes.add(d.name().text() + ": an operator constant, left for you to define (C <- Def)");
                    }
                }
            }
        }
        ConstantUsage usage = new ConstantUsage(module, names);
        Set<String> taken = identifiers(module);
        Map<String, List<String>> elements = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String c : names) {
            Set<ConstantUsage.Use> use = usage.of(c);
            if (usage.subsetsOf(c).isPresent()) {
                continue; // after its base set has values
            }
            if (use.contains(ConstantUsage.Use.NUMBER_SET)) {
                values.put(c, range(1, options.valueSetSize()));
                reasons.put(c, "a subset of the numbers");
            } else if (use.contains(ConstantUsage.Use.SET)) {
                int size = VALUE_LIKE.matcher(c).matches() ? options.valueSetSize() : options.setSize();
                List<String> mv = modelValues(c, size, taken);
                elements.put(c, mv);
                values.put(c, "{" + String.join(", ", mv) + "}");
                reasons.put(c, "used as a set");
            } else if (use.contains(ConstantUsage.Use.NUMBER)) {
                values.put(c, String.valueOf(options.numberBound()));
                reasons.put(c, "used as a number");
            } else {
                values.put(c, c);
                reasons.put(c, "a model value (used only for equality)");
            }
        }
        for (String c : names) {
            usage.subsetsOf(c).ifPresent(base -> {
                List<String> of = elements.get(base);
                if (of == null) {
                    values.put(c, c);
                    reasons.put(c, "a set of subsets of " + base + ", which has no model values: edit the model");
                } else {
                    values.put(c, majorities(of));
                    reasons.put(c, "the majority subsets of " + base);
                }
            });
        }
        for (String c : names) {
            b.constant(c + " = " + values.get(c), "model new");
            notes.add(c + " = " + values.get(c) + ": " + reasons.get(c));
        }
    }

    /** Every subset of more than half of {@code of}, in a stable order: the usual quorums. */
    static String majorities(List<String> of) {
        List<String> sets = new ArrayList<>();
        int n = of.size();
        for (int mask = 1; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) * 2 > n) {
                List<String> members = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        members.add(of.get(i));
                    }
                }
                sets.add("{" + String.join(", ", members) + "}");
            }
        }
        return "{" + String.join(", ", sets) + "}";
    }

    private static String range(int from, int to) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = from; i <= to; i++) {
            sb.append(i == from ? "" : ", ").append(i);
        }
        return sb.append('}').toString();
    }

    /** {@code s1, s2, s3} for Server; the whole lower-cased name when the initial is already taken. */
    private static List<String> modelValues(String constant, int size, Set<String> taken) {
        String prefix = constant.substring(0, 1).toLowerCase(Locale.ROOT);
        if (taken.contains(prefix + "1")) {
            prefix = constant.toLowerCase(Locale.ROOT);
        }
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            values.add(prefix + i);
            taken.add(prefix + i);
        }
        return values;
    }

    private static Set<String> identifiers(Module module) {
        Set<String> names = new HashSet<>();
        DefinitionIndex.collectNames(module.units(), names);
        return names;
    }

    private static void behaviour(Module module, ModelConfigBuilder b, List<String> notes) {
        Map<String, Unit.OpDef> defs = definitions(module);
        Optional<String> spec = defs.values().stream().filter(d -> d.params().isEmpty() && isSpecFormula(d))
                .map(d -> d.name().text()).sorted((x, y) -> Boolean.compare(!x.equals("Spec"), !y.equals("Spec")))
                .findFirst();
        if (spec.isPresent()) {
            b.specification(spec.get());
            notes.add("SPECIFICATION " + spec.get() + ": it has the form Init /\\ [][Next]_vars");
            return;
        }
        String init = defs.containsKey("Init") ? "Init" : defs.keySet().stream().filter(n -> n.endsWith("Init"))
                .findFirst().orElse("Init");
        String next = defs.containsKey("Next") ? "Next" : defs.keySet().stream().filter(n -> n.endsWith("Next"))
                .findFirst().orElse("Next");
        b.init(init).next(next);
        notes.add("INIT " + init + ", NEXT " + next + (defs.containsKey(init) && defs.containsKey(next) ? ""
                : " (not both defined in the module: edit the model)"));
    }

    private static boolean isSpecFormula(Unit.OpDef d) {
        boolean[] found = {false};
        AstWalk.forEach(d.body(), n -> {
            if (n instanceof Exprs.OpApp op && op.canonical().equals("[]") && op.args().size() == 1
                    && op.args().get(0) instanceof Exprs.ActionSub) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private static Map<String, Unit.OpDef> definitions(Module module) {
        Map<String, Unit.OpDef> defs = new LinkedHashMap<>();
        for (Unit u : module.units()) {
            if (u instanceof Unit.OpDef d && !d.local()) {
                defs.put(d.name().text(), d);
            }
        }
        return defs;
    }

    /** Type invariants first, then other state predicates whose names say they are invariants, in module order. */
    static List<String> invariants(Module module) {
        Set<String> variables = new HashSet<>();
        for (Unit u : module.units()) {
            if (u instanceof Unit.Variables vs) {
                vs.names().forEach(n -> variables.add(n.text()));
            }
        }
        Map<String, Unit.OpDef> defs = definitions(module);
        List<String> types = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Unit.OpDef d : defs.values()) {
            String n = d.name().text();
            if (!d.params().isEmpty() || !isStatePredicate(d, defs, variables)) {
                continue;
            }
            if (TYPE_INVARIANT.matcher(n).matches()) {
                types.add(n);
            } else if (INVARIANT_NAME.matcher(n).matches()) {
                others.add(n);
            }
        }
        types.addAll(others);
        return types;
    }

    /**
     * Reads some variable, directly or through the definitions it uses (a predicate over constants only is an
     * assumption, not an invariant), and has no prime, UNCHANGED, ENABLED or temporal operator on that way.
     */
    private static boolean isStatePredicate(Unit.OpDef d, Map<String, Unit.OpDef> defs, Set<String> variables) {
        Set<String> seen = new HashSet<>();
        java.util.ArrayDeque<Unit.OpDef> todo = new java.util.ArrayDeque<>(List.of(d));
        boolean readsVariable = false;
        while (!todo.isEmpty()) {
            Unit.OpDef cur = todo.pop();
            if (!seen.add(cur.name().text())) {
                continue;
            }
            boolean[] notState = {false};
            AstWalk.forEach(cur.body(), n -> {
                if (n instanceof Exprs.OpApp op && NOT_STATE_PREDICATE.contains(op.canonical())
                        || n instanceof Exprs.ActionSub || n instanceof Exprs.Fairness) {
                    notState[0] = true;
                }
            });
            if (notState[0]) {
                return false;
            }
            Set<String> names = new HashSet<>();
            DefinitionIndex.collectNames(cur.body(), names);
            for (String n : names) {
                if (variables.contains(n)) {
                    readsVariable = true;
                } else if (defs.containsKey(n)) {
                    todo.push(defs.get(n));
                }
            }
        }
        return readsVariable;
    }
}
