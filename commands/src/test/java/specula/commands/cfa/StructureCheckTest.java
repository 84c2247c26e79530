package specula.commands.cfa;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker the other tests rely on must see the faults cfa removes. */
class StructureCheckTest {
    private static List<String> problems(String body) {
        return StructureCheck.problems(Seeds.parse("M.tla",
                "---- MODULE M ----\nVARIABLES x, y\nInit == x = 0 /\\ y = 0\n" + body + "\n====\n"));
    }

    @Test
    void seesDoubleAssignmentPrimedReadAndUndeterminedVariables() {
        assertTrue(problems("Next == x' = 1 /\\ x' = 2 /\\ y' = 0").get(0).contains("x assigned twice"));
        assertTrue(problems("Next == y' = x' /\\ x' = 1").get(0).contains("reads x' before assigning it"));
        assertTrue(problems("Next == IF x = 0 THEN x' = 1 ELSE y' = 1").get(0).contains("branches assign"));
        assertTrue(problems("Next == x' = 1").get(0).contains("leaves [y] undetermined"));
    }

    @Test
    void acceptsAWellFormedNext() {
        assertEquals(List.of(), problems("A == x' = x + 1 /\\ y' = x'\nNext == A \\/ UNCHANGED <<x, y>>"));
    }
}
