package specula.commands.check;

import specula.commands.cfa.BehaviourOracle;
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
import specula.tla.eval.value.ValuePrinter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * cfa's {@link BehaviourOracle} over the embedded evaluator: the whole reachable graph, breadth first, with states
 * printed as TLA+ text. Registered for ServiceLoader. Bounded by {@link #MAX_STATES} because the graphs are
 * kept in memory whole; cfa's semantic examples are a few hundred states.
 */
public final class BehaviourGraphs implements BehaviourOracle {
    static final int MAX_STATES = 200_000;

    @Override
    public StateGraph explore(String moduleName, Map<String, String> modulesByName, String cfgText) {
        ModelConfig cfg = ConfigParser.parse(moduleName + ".cfg", cfgText);
        Spec spec = SpecLoader.load(moduleName, EmbeddedChecker.source(modulesByName), cfg);
        Model model = Model.resolve(spec, cfg);
        if (model.init() == null || model.next() == null) {
            throw new IllegalArgumentException(moduleName + ".cfg names no INIT/NEXT (or SPECIFICATION)");
        }
        Services services = Services.quiet();
        ActionEnumerator enumerator = new ActionEnumerator(new Evaluator(spec));
        int vars = spec.variables().size();
        Set<List<Value>> seen = new HashSet<>();
        Deque<Value[]> queue = new ArrayDeque<>();
        Set<Map<String, String>> initial = new HashSet<>();
        Set<Edge> edges = new HashSet<>();
        enumerator.initial(model.init().expr(), model.init().scope(), vars, services, (s, l) -> {
            initial.add(printed(spec, s));
            if (seen.add(Arrays.asList(s.clone()))) queue.add(s.clone());
            return true;
        });
        while (!queue.isEmpty()) {
            Value[] cur = queue.poll();
            Map<String, String> from = printed(spec, cur);
            List<Value[]> next = new ArrayList<>();
            enumerator.successors(model.next().expr(), model.next().scope(), Env.EMPTY, cur, 0, services, (s, l) -> {
                next.add(s.clone());
                return true;
            });
            for (Value[] s : next) {
                edges.add(new Edge(from, printed(spec, s)));
                if (seen.add(Arrays.asList(s))) {
                    if (seen.size() > MAX_STATES) {
                        throw new IllegalStateException(moduleName + ": over " + MAX_STATES + " states");
                    }
                    queue.add(s);
                }
            }
        }
        return new StateGraph(initial, edges);
    }

    private static Map<String, String> printed(Spec spec, Value[] s) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < s.length; i++) {
            String name = spec.variables().get(i);
            if (s[i] == null) {
                throw new IllegalStateException("variable " + name + " is not assigned");
            }
            out.put(name, ValuePrinter.DEFAULT.print(s[i]));
        }
        return out;
    }
}
