package specula.commands.cfa;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The projection the semantic tests rely on, on hand-made state graphs. */
class BehaviourComparisonTest {
    private static Map<String, String> s(String x, String pc) {
        return pc == null ? Map.of("x", x) : Map.of("x", x, "pc", pc);
    }

    @Test
    void intermediateStatesCollapseIntoOneStep() {
        // Transformed: x 0 -> 1 (pc busy) -> 2 (idle). Sequential: x 0 -> 2.
        var cut = new BehaviourOracle.StateGraph(Set.of(s("0", "Nil")), Set.of(
                new BehaviourOracle.Edge(s("0", "Nil"), s("1", "A_1")),
                new BehaviourOracle.Edge(s("1", "A_1"), s("2", "Nil"))));
        var seq = new BehaviourOracle.StateGraph(Set.of(s("0", null)), Set.of(
                new BehaviourOracle.Edge(s("0", null), s("2", null))));
        assertEquals(BehaviourComparison.project(seq, List.of("x"), "Nil"),
                BehaviourComparison.project(cut, List.of("x"), "Nil"));
    }

    @Test
    void aVisibleIntermediateValueIsADifference() {
        var wrong = new BehaviourOracle.StateGraph(Set.of(s("0", "Nil")), Set.of(
                new BehaviourOracle.Edge(s("0", "Nil"), s("1", "Nil")),
                new BehaviourOracle.Edge(s("1", "Nil"), s("2", "Nil"))));
        var seq = new BehaviourOracle.StateGraph(Set.of(s("0", null)), Set.of(
                new BehaviourOracle.Edge(s("0", null), s("2", null))));
        assertNotEquals(BehaviourComparison.project(seq, List.of("x"), "Nil"),
                BehaviourComparison.project(wrong, List.of("x"), "Nil"));
    }
}
