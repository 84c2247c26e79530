package specula.tla.semantic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Re-analysis reuses what did not change: other modules, built-ins, parse results. */
class IncrementalTest {

    @Test
    void editingTheRootReusesItsDependencies() {
        Specs s = new Specs().module("Base", "EXTENDS Naturals\nInc(n) == n + 1")
                .module("Top", "EXTENDS Base, Sequences\nX == Inc(1)");
        SemanticResult first = s.analyze("Top");
        assertTrue(first.ok(), () -> first.diagnostics().all().toString());
        s.module("Top", "EXTENDS Base, Sequences\nX == Inc(2)");
        SemanticResult second = s.analyze("Top");
        assertTrue(second.ok());
        assertSame(first.modules().get("Base"), second.modules().get("Base"));
        assertSame(first.modules().get("Naturals"), second.modules().get("Naturals"));
        assertSame(first.modules().get("Sequences"), second.modules().get("Sequences"));
        assertSame(first.parsed().get("Base"), second.parsed().get("Base"));
        assertNotSame(first.module(), second.module());
    }

    @Test
    void editingADependencyReanalysesItsUsers() {
        Specs s = new Specs().module("Base", "Val == 1").module("Top", "EXTENDS Base\nX == Val");
        SemanticResult first = s.analyze("Top");
        s.module("Base", "Other == 1");
        SemanticResult second = s.analyze("Top");
        assertNotSame(first.modules().get("Base"), second.modules().get("Base"));
        assertSame(first.parsed().get("Top"), second.parsed().get("Top"));
        assertEquals("Unknown operator: `Val'.", second.diagnostics().firstError().message());
        s.module("Base", "Val == 1");
        assertTrue(s.analyze("Top").ok());
    }

    @Test
    void unchangedTextGivesTheSameResultObjects() {
        Specs s = new Specs().module("Top", "EXTENDS TLC\nX == Print(1, TRUE)");
        SemanticResult first = s.analyze("Top");
        SemanticResult second = s.analyze("Top");
        assertSame(first.module(), second.module());
    }
}
