package specula.commands.runtime;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import specula.tla.syntax.ParseResult;
import specula.tla.syntax.TlaParser;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Unit;

/** The top-level definitions of one module by name, and the names each one refers to. */
final class DefinitionIndex {
    private final Map<String, Unit> defs = new LinkedHashMap<>();
    private final Module module;

    private DefinitionIndex(Module module) {
        this.module = module;
        if (module == null) {
            return;
        }
        for (Unit u : module.units()) {
            if (u instanceof Unit.OpDef d) {
                defs.put(d.name().text(), d);
            } else if (u instanceof Unit.FnDef f) {
                defs.put(f.name().text(), f);
            }
        }
    }

    /** Empty when the text does not parse cleanly (the caller then falls back to a textual check). */
    static Optional<DefinitionIndex> of(String moduleName, String text) {
        ParseResult r = new TlaParser().parse(moduleName + ".tla", text);
        return r.ok() && r.module() != null ? Optional.of(new DefinitionIndex(r.module())) : Optional.empty();
    }

    Module module() {
        return module;
    }

    Optional<Unit> get(String name) {
        return Optional.ofNullable(defs.get(name));
    }

    Set<String> names() {
        return defs.keySet();
    }

    /** {@code roots} and every definition of this module they reach through references. */
    Set<String> closure(Collection<String> roots) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String n = todo.pop();
            Unit u = defs.get(n);
            if (u == null || !seen.add(n)) {
                continue;
            }
            Set<String> refs = new LinkedHashSet<>();
            collectNames(u, refs);
            todo.addAll(refs);
        }
        return seen;
    }

    /** Every identifier and operator name used anywhere below {@code node}. */
    static void collectNames(Object node, Set<String> out) {
        AstWalk.forEach(node, n -> {
            if (n instanceof Exprs.Ident i) {
                out.add(i.name());
            } else if (n instanceof Exprs.Apply a) {
                out.add(a.name());
            }
        });
    }
}
