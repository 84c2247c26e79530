package specula.commands.check;

import org.junit.jupiter.api.Test;

import specula.commands.runtime.RunReport;
import specula.tla.check.CheckOptions;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedModelRunnerTest {
    private final EmbeddedModelRunner runner = new EmbeddedModelRunner(CheckOptions.defaults());

    static String counter(String next, String inv) {
        return "---- MODULE Counter ----\nEXTENDS Naturals\nCONSTANT Max\nVARIABLES x, y\n"
                + "Init == x = 0 /\\ y = 0\nNext == " + next + "\n" + "TypeOK == " + inv + "\n====\n";
    }

    static final String CFG = "CONSTANT Max = 3\nINIT Init\nNEXT Next\nINVARIANT TypeOK\n";

    @Test
    void aCleanModelIsOk() {
        RunReport r = runner.run("Counter", Map.of("Counter", counter(
                "(x < Max /\\ x' = x + 1 /\\ y' = y) \\/ (x = Max /\\ UNCHANGED <<x, y>>)", "x \\in 0..Max")), CFG);
        assertEquals(RunReport.Kind.OK, r.kind(), r.message());
    }

    @Test
    void aVariableLeftUnassignedIsARuntimeError() {
        RunReport r = runner.run("Counter", Map.of("Counter", counter("x' = x + 1", "x \\in 0..Max")), CFG);
        assertEquals(RunReport.Role.RUNTIME_ERROR, r.kind().role(), r.headline());
        assertEquals(RunReport.Kind.UNDETERMINED_VARIABLE, r.kind(), r.message());
    }

    @Test
    void aViolatedInvariantIsAFindingNamingTheInvariant() {
        RunReport r = runner.run("Counter", Map.of("Counter", counter("x' = x + 1 /\\ y' = y", "x < Max")), CFG);
        assertEquals(RunReport.Kind.INVARIANT_VIOLATION, r.kind(), r.message());
        assertEquals(Optional.of("TypeOK"), r.subject());
        assertTrue(r.trace().contains("x = 3"), r.trace());
    }

    @Test
    void aModelThatDoesNotParseIsNotASuccess() {
        RunReport r = runner.run("Counter", Map.of("Counter", counter("x' = x /\\ y' = y", "TRUE")), "INIT Init NEXT");
        assertTrue(r.kind() != RunReport.Kind.OK, r.headline());
    }
}
