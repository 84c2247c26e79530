package specula.commands.check;

import specula.commands.cfa.BehaviourOracle;
import specula.tla.eval.Services;
import specula.tla.eval.value.Value;
import specula.tla.eval.value.ValuePrinter;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * cfa's {@link BehaviourOracle} over the embedded evaluator: the whole reachable graph with states printed as
 * TLA+ text. Registered for ServiceLoader. cfa's semantic examples are a few hundred states.
 */
public final class BehaviourGraphs implements BehaviourOracle {
    static final int MAX_STATES = 200_000;

    @Override
    public StateGraph explore(String moduleName, Map<String, String> modulesByName, String cfgText) {
        Set<Map<String, String>> initial = new HashSet<>();
        Set<Edge> edges = new HashSet<>();
        new StateExplorer(MAX_STATES, Services.quiet()).explore(moduleName, modulesByName, cfgText, (from, to) -> {
            if (from == null) {
                initial.add(printed(to));
            } else {
                edges.add(new Edge(printed(from), printed(to)));
            }
        });
        return new StateGraph(initial, edges);
    }

    static Map<String, String> printed(Map<String, Value> s) {
        Map<String, String> out = new LinkedHashMap<>();
        s.forEach((k, v) -> out.put(k, ValuePrinter.DEFAULT.print(v)));
        return out;
    }
}
