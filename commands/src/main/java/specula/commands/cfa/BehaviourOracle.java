package specula.commands.cfa;

import java.util.Map;
import java.util.Set;

/**
 * What cfa's semantic tests need from a model checker: the reachable state graph of a module under a model. The
 * checker implements it (and registers the implementation for {@link java.util.ServiceLoader}); until then the
 * semantic comparison is skipped. States are maps from variable name to the value printed as TLA+ text.
 */
public interface BehaviourOracle {

    StateGraph explore(String moduleName, Map<String, String> modulesByName, String cfgText) throws Exception;

    record StateGraph(Set<Map<String, String>> initial, Set<Edge> edges) {
    }

    record Edge(Map<String, String> from, Map<String, String> to) {
    }
}
