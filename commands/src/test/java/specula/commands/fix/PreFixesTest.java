package specula.commands.fix;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreFixesTest {
    private static Optional<PreFix.Repair> apply(PreFix f, String name, String text, Problem... ps) {
        return f.apply(name, text, List.of(ps));
    }

    private static Problem sem(String msg) {
        return new Problem(3, 5, msg, Problem.Phase.SEMANTIC);
    }

    @Test
    void headerIsAddedOrCompleted() {
        assertEquals("---- MODULE M ----\nVARIABLE x\n====\n",
                apply(new PreFixes.AddHeader(), "M", "VARIABLE x\n====\n").orElseThrow().text());
        assertEquals("---- MODULE M ----\nVARIABLE x\n", apply(new PreFixes.AddHeader(), "M", "MODULE M\nVARIABLE x\n")
                .orElseThrow().text());
        assertTrue(apply(new PreFixes.AddHeader(), "M", "---- MODULE M ----\n====\n").isEmpty());
    }

    @Test
    void moduleIsRenamedToItsFileAndTerminatorAdded() {
        assertEquals("---- MODULE Raft ----\n====\n",
                apply(new PreFixes.RenameModule(), "Raft", "---- MODULE RaftSpec ----\n====\n").orElseThrow().text());
        assertEquals("---- MODULE M ----\nx == 1\n====\n",
                apply(new PreFixes.AddTerminator(), "M", "---- MODULE M ----\nx == 1\n\n\n").orElseThrow().text());
        assertTrue(apply(new PreFixes.AddTerminator(), "M", "---- MODULE M ----\n=====\n").isEmpty());
    }

    @Test
    void fencesAreStripped() {
        assertEquals("---- MODULE M ----\n====\n",
                apply(new PreFixes.StripFences(), "M", "```tla\n---- MODULE M ----\n====\n```\n").orElseThrow().text());
    }

    @Test
    void standardModulesFollowTheUnknownOperators() {
        String t = "---- MODULE M ----\nEXTENDS Naturals\nx == Len(<<>>) + Cardinality({})\n====\n";
        PreFix.Repair r = apply(new PreFixes.ExtendStandardModules(), "M", t, sem("Unknown operator: `Len'."),
                sem("Unknown operator: `Cardinality'.")).orElseThrow();
        assertTrue(r.text().contains("EXTENDS Naturals, Sequences, FiniteSets\n"), r.text());
        String none = "---- MODULE M ----\nx == 1 + 2\n====\n";
        PreFix.Repair added = apply(new PreFixes.ExtendStandardModules(), "M", none,
                sem("Could not find declaration or definition of symbol '+'.")).orElseThrow();
        assertEquals("---- MODULE M ----\nEXTENDS Naturals\nx == 1 + 2\n====\n", added.text());
        String ints = "---- MODULE M ----\nEXTENDS Integers\nx == 1 + 2\n====\n";
        assertTrue(apply(new PreFixes.ExtendStandardModules(), "M", ints,
                sem("Could not find declaration or definition of symbol '+'.")).isEmpty(), "Integers has +");
        assertTrue(apply(new PreFixes.ExtendStandardModules(), "M", t, sem("Unknown operator: `Foo'.")).isEmpty());
    }

    @Test
    void notEqualAndBooleansAreRewrittenOutsideStrings() {
        String t = "---- MODULE M ----\nA == x != 1 /\\ s = \"a != b\"\n====\n";
        assertTrue(apply(new PreFixes.NotEqual(), "M", t).isEmpty(), "only when the parser reported the !");
        String fixed = apply(new PreFixes.NotEqual(), "M", t, new Problem(2, 8,
                "Encountered \"!\" at line 2, column 8 and token \"x\"", Problem.Phase.PARSE)).orElseThrow().text();
        assertEquals("---- MODULE M ----\nA == x /= 1 /\\ s = \"a != b\"\n====\n", fixed);
        String b = "---- MODULE M ----\nInit == done = false /\\ msg = \"false\"\n====\n";
        assertEquals("---- MODULE M ----\nInit == done = FALSE /\\ msg = \"false\"\n====\n",
                apply(new PreFixes.BooleanCase(), "M", b, sem("Unknown operator: `false'.")).orElseThrow().text());
    }
}
