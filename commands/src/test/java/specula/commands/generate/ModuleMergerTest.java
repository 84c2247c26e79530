package specula.commands.generate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModuleMergerTest {
    static final String A = """
            ---- MODULE Part ----
            EXTENDS Naturals, Sequences
            CONSTANTS Server, Nil
            VARIABLES term, state \\* per server
            vars == <<term, state>>

            \\* the election timer fires
            Timeout(s) ==
                /\\ state' = [state EXCEPT ![s] = "candidate"]
                /\\ BecomeCandidate(s)

            Max(a, b) == IF a > b THEN a ELSE b

            Init ==
                /\\ term = [s \\in Server |-> 0]
                /\\ state = [s \\in Server |-> "follower"]

            Next ==
                \\/ \\E s \\in Server : Timeout(s)

            Spec == Init /\\ [][Next]_vars
            ====
            """;
    static final String B = """
            ---- MODULE Part ----
            EXTENDS Naturals, FiniteSets
            CONSTANTS Server
            VARIABLES term, votes
            vars == <<term, votes>>

            BecomeCandidate(s) ==
                /\\ term' = [term EXCEPT ![s] = Max(term[s], 1)]
                /\\ votes' = {s}

            Max(a, b) == IF a >= b THEN a ELSE b

            Init ==
                /\\ term = [s \\in Server |-> 1]
                /\\ votes = {}

            Next ==
                \\/ \\E s \\in Server : Timeout(s)
                \\/ \\E s \\in Server : BecomeCandidate(s)
            ====
            """;

    @Test
    void mergesDeclarationsDefinitionsInitAndNext() {
        ModuleMerger.Merged m = new ModuleMerger().merge("Raft", List.of(A, B));
        String t = m.text();
        assertTrue(t.startsWith("---- MODULE Raft ----\nEXTENDS Naturals, Sequences, FiniteSets\n"), t);
        assertTrue(t.contains("CONSTANTS Server, Nil\n"), t);
        assertTrue(t.contains("VARIABLES term, state, votes\n"), t);
        assertTrue(t.contains("vars == <<term, state, votes>>"), t);
        assertEquals(1, count(t, "Max(a, b) =="), t);
        assertTrue(t.contains("IF a > b"), "first definition of Max kept");
        assertTrue(m.notes().stream().anyMatch(n -> n.contains("Max")), m.notes().toString());
        assertTrue(m.notes().stream().anyMatch(n -> n.contains("term")), "conflicting Init of term noted");
        assertEquals(1, count(t, "term = [s \\in Server |-> 0]"));
        assertEquals(0, count(t, "|-> 1]\n"));
        assertEquals(1, count(t, "\\E s \\in Server : Timeout(s)"), "duplicate Next disjunct dropped");
        assertTrue(t.contains("\\E s \\in Server : BecomeCandidate(s)"));
        assertTrue(t.contains("\\* the election timer fires\nTimeout(s) =="), "comment stays with its definition");
        // used operators come first: Max before BecomeCandidate before Timeout
        assertTrue(t.indexOf("Max(a, b) ==") < t.indexOf("BecomeCandidate(s) =="));
        assertTrue(t.indexOf("BecomeCandidate(s) ==") < t.indexOf("Timeout(s) =="));
        assertTrue(t.indexOf("Timeout(s) ==") < t.indexOf("Init =="));
        assertTrue(t.endsWith("Spec == Init /\\ [][Next]_vars\n\n====\n"), t);
    }

    @Test
    void junctionItemsKeepTheirContinuationLines() {
        List<String> items = ModuleMerger.items("\n    /\\ x = 1\n    /\\ y = IF a\n           THEN 1\n"
                + "           ELSE 2\n", "/\\");
        assertEquals(List.of("x = 1", "y = IF a\n    THEN 1\n    ELSE 2"), items);
        assertEquals(List.of("x = 0"), ModuleMerger.items(" x = 0", "/\\"));
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }
}
