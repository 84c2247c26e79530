package specula.commands.check;

import specula.tla.check.Model;
import specula.tla.check.cfg.ConfigParser;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.eval.ActionEnumerator;
import specula.tla.eval.Env;
import specula.tla.eval.Evaluator;
import specula.tla.eval.Services;
import specula.tla.eval.Spec;
import specula.tla.eval.SpecLoader;
import specula.tla.eval.value.Value;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The whole reachable graph of a small model, breadth first, kept in memory: what cfa's behaviour comparison
 * and trace validation's "state before the rejected line" need and the fingerprint-only search does not keep.
 * Bounded by {@code maxStates}; exceeding it is an error, never a silent truncation.
 */
final class StateExplorer {
    private final int maxStates;
    private final Services services;

    StateExplorer(int maxStates, Services services) {
        this.maxStates = maxStates;
        this.services = services;
    }

    /** Calls {@code edge} with (null, s) for each initial state and (s, t) for each transition. */
    List<String> explore(String moduleName, Map<String, String> modules, String cfgText,
                         BiConsumer<Map<String, Value>, Map<String, Value>> edge) {
        ModelConfig cfg = ConfigParser.parse(moduleName + ".cfg", cfgText);
        Spec spec = SpecLoader.load(moduleName, EmbeddedChecker.source(modules), cfg);
        Model model = Model.resolve(spec, cfg);
        if (model.init() == null || model.next() == null) {
            throw new IllegalArgumentException(moduleName + ".cfg names no INIT/NEXT (or SPECIFICATION)");
        }
        ActionEnumerator enumerator = new ActionEnumerator(new Evaluator(spec));
        int vars = spec.variables().size();
        Set<List<Value>> seen = new HashSet<>();
        Deque<Value[]> queue = new ArrayDeque<>();
        enumerator.initial(model.init().expr(), model.init().scope(), vars, services, (s, l) -> {
            edge.accept(null, named(spec, s));
            if (seen.add(Arrays.asList(s.clone()))) queue.add(s.clone());
            return true;
        });
        while (!queue.isEmpty()) {
            Value[] cur = queue.poll();
            Map<String, Value> from = named(spec, cur);
            List<Value[]> next = new ArrayList<>();
            enumerator.successors(model.next().expr(), model.next().scope(), Env.EMPTY, cur, 0, services, (s, l) -> {
                next.add(s.clone());
                return true;
            });
            for (Value[] s : next) {
                edge.accept(from, named(spec, s));
                if (seen.add(Arrays.asList(s))) {
                    if (seen.size() > maxStates) {
                        throw new IllegalStateException(moduleName + ": over " + maxStates + " states");
                    }
                    queue.add(s);
                }
            }
        }
        return spec.variables();
    }

    private static Map<String, Value> named(Spec spec, Value[] s) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (int i = 0; i < s.length; i++) {
            String name = spec.variables().get(i);
            if (s[i] == null) throw new IllegalStateException("variable " + name + " is not assigned");
            out.put(name, s[i]);
        }
        return out;
    }
}
