package specula.commands.cfa;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a transformed module with the sequential meaning of its original: both state graphs are projected on
 * the original variables, and in the transformed one only idle states ({@code pc = Nil}, or every state when there
 * is no pc) count, a run of intermediate steps between two idle states standing for one step of the original.
 */
public final class BehaviourComparison {
    private BehaviourComparison() {
    }

    /** Initial states and idle-to-idle steps, projected on {@code vars}. */
    public record Projected(Set<Map<String, String>> initial, Set<List<Map<String, String>>> steps) {
    }

    public static Projected project(BehaviourOracle.StateGraph g, List<String> vars, String idlePc) {
        Map<Map<String, String>, Set<Map<String, String>>> succ = new HashMap<>();
        for (BehaviourOracle.Edge e : g.edges()) succ.computeIfAbsent(e.from(), k -> new HashSet<>()).add(e.to());
        Set<Map<String, String>> initial = new HashSet<>();
        g.initial().forEach(s -> initial.add(proj(s, vars)));
        Set<Map<String, String>> idle = new HashSet<>();
        for (BehaviourOracle.Edge e : g.edges()) {
            if (isIdle(e.from(), idlePc)) idle.add(e.from());
            if (isIdle(e.to(), idlePc)) idle.add(e.to());
        }
        g.initial().stream().filter(s -> isIdle(s, idlePc)).forEach(idle::add);
        Set<List<Map<String, String>>> steps = new HashSet<>();
        for (Map<String, String> s : idle) {
            for (Map<String, String> t : idleSuccessors(s, succ, idlePc)) {
                Map<String, String> ps = proj(s, vars);
                Map<String, String> pt = proj(t, vars);
                if (!ps.equals(pt)) steps.add(List.of(ps, pt)); // stuttering is always allowed in TLA+
            }
        }
        return new Projected(initial, steps);
    }

    /** Idle states reached from idle {@code s} through intermediate (non-idle) states only. */
    private static Set<Map<String, String>> idleSuccessors(Map<String, String> s,
                                                          Map<Map<String, String>, Set<Map<String, String>>> succ,
                                                          String idlePc) {
        Set<Map<String, String>> out = new HashSet<>();
        Set<Map<String, String>> seen = new HashSet<>();
        Deque<Map<String, String>> work = new ArrayDeque<>(succ.getOrDefault(s, Set.of()));
        while (!work.isEmpty()) {
            Map<String, String> t = work.removeFirst();
            if (!seen.add(t)) continue;
            if (isIdle(t, idlePc)) out.add(t);
            else work.addAll(succ.getOrDefault(t, Set.of()));
        }
        return out;
    }

    private static boolean isIdle(Map<String, String> s, String idlePc) {
        return !s.containsKey("pc") || s.get("pc").equals(idlePc);
    }

    private static Map<String, String> proj(Map<String, String> s, List<String> vars) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String v : vars) out.put(v, s.get(v));
        return out;
    }
}
