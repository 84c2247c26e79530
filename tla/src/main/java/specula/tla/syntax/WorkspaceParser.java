package specula.tla.syntax;

import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parses a module and, transitively, the modules it EXTENDS or INSTANCEs that the workspace holds. Names the workspace
 * does not hold (standard and community modules) are listed as external for the semantic phase to supply.
 */
public final class WorkspaceParser {
    private final TlaParser parser;

    public WorkspaceParser(TlaParser parser) {
        this.parser = parser;
    }

    /** Results in discovery order (the root first) and the module names found nowhere in the workspace. */
    public record Result(Map<String, ParseResult> modules, List<String> external) {
        public boolean ok() {
            return modules.values().stream().allMatch(ParseResult::ok);
        }
    }

    /** {@code lookup} maps a module name to its text (e.g. from the session workspace or a folder of .tla files). */
    public Result parse(String root, Function<String, Optional<String>> lookup) {
        Map<String, ParseResult> done = new LinkedHashMap<>();
        List<String> external = new ArrayList<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (done.containsKey(name) || external.contains(name)) {
                continue;
            }
            Optional<String> text = lookup.apply(name);
            if (text.isEmpty()) {
                external.add(name);
                continue;
            }
            ParseResult r = parser.parse(name + ".tla", text.get());
            done.put(name, r);
            if (r.module() != null) {
                todo.addAll(dependencies(r.module()));
            }
        }
        return new Result(done, List.copyOf(external));
    }

    /** EXTENDS and INSTANCE targets of a module, submodules included, minus the submodules' own names. */
    public static List<String> dependencies(Module m) {
        List<String> out = new ArrayList<>();
        List<String> local = new ArrayList<>();
        collect(m, out, local);
        out.removeAll(local);
        return out;
    }

    private static void collect(Module m, List<String> out, List<String> local) {
        m.extendsList().stream().map(Parts.Name::text).forEach(out::add);
        for (Unit u : m.units()) {
            if (u instanceof Unit.Instance i) {
                out.add(i.module().text());
            } else if (u instanceof Unit.ModuleDef d) {
                out.add(d.instance().module().text());
            } else if (u instanceof Unit.Submodule s) {
                local.add(s.module().name());
                collect(s.module(), out, local);
            }
        }
    }
}
