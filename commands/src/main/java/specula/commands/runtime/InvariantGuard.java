package specula.commands.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import specula.tla.check.cfg.ConfigException;
import specula.tla.check.cfg.ConfigParser;
import specula.tla.check.cfg.ConstantEntry;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.eval.value.ValuePrinter;
import specula.tla.syntax.AstDump;
import specula.tla.syntax.ast.Unit;

/**
 * Refuses corrections that make a check pass by changing what is checked rather than the spec's behaviour: an
 * invariant or property of the model deleted, rewritten (its definition or a definition it relies on differs
 * structurally), or dropped from the {@code .cfg}; constants changed or removed; the behaviour spec, INIT or NEXT
 * of the model replaced; state constraints added; deadlock checking switched off.
 */
public final class InvariantGuard {

    /** One spec version and its model. */
    public record Candidate(String moduleName, String moduleText, String cfgText) {
    }

    /** Empty when the edit is acceptable; otherwise every reason it is not. */
    public List<String> check(Candidate before, Candidate after) {
        List<String> reasons = new ArrayList<>();
        ModelConfig cfgBefore = parseCfg(before.cfgText());
        ModelConfig cfgAfter;
        try {
            cfgAfter = parseCfg(after.cfgText());
        } catch (ConfigException e) {
            reasons.add("the corrected model does not parse: " + e.getMessage());
            return reasons;
        }
        checkModel(cfgBefore, cfgAfter, reasons);
        List<String> guarded = new ArrayList<>(cfgBefore.invariants());
        guarded.addAll(cfgBefore.properties());
        cfgBefore.postcondition().ifPresent(guarded::add);
        checkDefinitions(before, after, guarded, reasons);
        return reasons;
    }

    private static ModelConfig parseCfg(String text) {
        return ConfigParser.parse("model.cfg", text == null ? "" : text);
    }

    private static void checkModel(ModelConfig a, ModelConfig b, List<String> reasons) {
        for (String inv : a.invariants()) {
            if (!b.invariants().contains(inv)) {
                reasons.add("removes invariant " + inv + " from the model");
            }
        }
        for (String p : a.properties()) {
            if (!b.properties().contains(p)) {
                reasons.add("removes property " + p + " from the model");
            }
        }
        if (a.postcondition().isPresent() && !a.postcondition().equals(b.postcondition())) {
            reasons.add("changes the model's POSTCONDITION");
        }
        for (ConstantEntry e : a.constants()) {
            Optional<ConstantEntry> now = b.constants().stream().filter(x -> x.name().equals(e.name())
                    && Objects.equals(x.module(), e.module())).reduce((x, y) -> y);
            if (now.isEmpty()) {
                reasons.add("removes constant " + e.name() + " from the model");
            } else if (!render(e).equals(render(now.get()))) {
                reasons.add("changes constant " + e.name() + " from " + render(e) + " to " + render(now.get()));
            }
        }
        same(a.specification(), b.specification(), "SPECIFICATION", reasons);
        same(a.init(), b.init(), "INIT", reasons);
        same(a.next(), b.next(), "NEXT", reasons);
        for (String c : b.constraints()) {
            if (!a.constraints().contains(c)) {
                reasons.add("adds state constraint " + c + " (it hides states from the check)");
            }
        }
        for (String c : b.actionConstraints()) {
            if (!a.actionConstraints().contains(c)) {
                reasons.add("adds action constraint " + c + " (it hides transitions from the check)");
            }
        }
        if (a.checkDeadlockOrDefault() && !b.checkDeadlockOrDefault()) {
            reasons.add("switches deadlock checking off");
        }
    }

    private static void same(Optional<String> a, Optional<String> b, String what, List<String> reasons) {
        if (!a.equals(b)) {
            reasons.add("changes the model's " + what + " from " + a.orElse("(none)") + " to " + b.orElse("(none)"));
        }
    }

    private static String render(ConstantEntry e) {
        if (e instanceof ConstantEntry.Substitution s) {
            return "<- " + s.target();
        }
        return ValuePrinter.DEFAULT.print(((ConstantEntry.Assignment) e).value());
    }

    private static void checkDefinitions(Candidate before, Candidate after, List<String> guarded,
                                         List<String> reasons) {
        Optional<DefinitionIndex> a = DefinitionIndex.of(before.moduleName(), before.moduleText());
        Optional<DefinitionIndex> b = DefinitionIndex.of(after.moduleName(), after.moduleText());
        if (a.isEmpty()) {
            return; // nothing trustworthy to compare against
        }
        Set<String> closure = a.get().closure(guarded.stream().filter(n -> a.get().get(n).isPresent()).toList());
        for (String name : closure) {
            boolean named = guarded.contains(name);
            String what = named ? "the definition of " + name : "definition " + name + " (used by the checked "
                    + "invariants/properties)";
            if (b.isEmpty()) {
                if (!definedTextually(after.moduleText(), name)) {
                    reasons.add("deletes " + what);
                }
                continue;
            }
            Optional<Unit> now = b.get().get(name);
            if (now.isEmpty()) {
                reasons.add("deletes " + what);
            } else if (!AstDump.sameModuloRanges(a.get().get(name).orElseThrow(), now.get())) {
                reasons.add("rewrites " + what);
            }
        }
    }

    private static boolean definedTextually(String text, String name) {
        return Pattern.compile("(?m)^\\s*(?:LOCAL\\s+)?" + Pattern.quote(name) + "\\s*(?:\\(|\\[|==)").matcher(text)
                .find();
    }
}
