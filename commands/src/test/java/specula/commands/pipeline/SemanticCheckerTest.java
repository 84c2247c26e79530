package specula.commands.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import specula.commands.fix.Problem;

class SemanticCheckerTest {
    private final SemanticChecker checker = new SemanticChecker();
    private final Map<String, String> workspace = new HashMap<>();

    private CheckReport check(String root) {
        return checker.check(root, n -> Optional.ofNullable(workspace.get(n)));
    }

    @Test
    void unknownOperatorIsASemanticFindingAtItsPosition() {
        workspace.put("M", """
                ---- MODULE M ----
                EXTENDS Naturals
                VARIABLE x
                Init == x = 0
                Next == x' = Incr(x)
                ====
                """);
        CheckReport r = check("M");
        assertFalse(r.ok());
        Problem p = r.modules().get(0).findings().get(0).problem();
        assertEquals(Problem.Phase.SEMANTIC, p.phase());
        assertEquals(5, p.line());
        assertTrue(p.message().contains("Unknown operator: `Incr'"), p.message());
        assertEquals(List.of("Naturals"), r.external());
    }

    @Test
    void errorsOfAnExtendedWorkspaceModuleAreReportedUnderThatModule() {
        workspace.put("Base", "---- MODULE Base ----\nEXTENDS Naturals\nTwo == 1 +\n====\n");
        workspace.put("Top", "---- MODULE Top ----\nEXTENDS Base\nFour == Two + Two\n====\n");
        CheckReport r = check("Top");
        assertFalse(r.ok());
        ModuleReport base = r.modules().stream().filter(m -> m.module().equals("Base")).findFirst().orElseThrow();
        assertEquals(Problem.Phase.PARSE, base.findings().get(0).problem().phase());
        assertTrue(r.modules().stream().filter(m -> m.module().equals("Top")).findFirst().orElseThrow().ok());
    }

    @Test
    void aCorrectedModuleIsCleanOnTheNextCheck() {
        workspace.put("M", "---- MODULE M ----\nEXTENDS Sequences\nS == Len(<<1>>)\n====\n");
        assertTrue(check("M").ok());
        workspace.put("M", "---- MODULE M ----\nS == Len(<<1>>)\n====\n");
        assertFalse(check("M").ok(), "Len without Sequences must be reported after the edit");
    }
}
