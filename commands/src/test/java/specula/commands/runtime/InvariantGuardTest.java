package specula.commands.runtime;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvariantGuardTest {
    static final String SPEC = """
            ---- MODULE Buf ----
            EXTENDS Naturals
            CONSTANT Cap
            VARIABLE n
            InRange(v) == v \\in 0..Cap
            TypeOK == InRange(n)
            Init == n = 0
            Put == n < Cap /\\ n' = n + 1
            Get == n > 0 /\\ n' = n - 1
            Next == Put \\/ Get
            ====
            """;
    static final String CFG = "CONSTANT Cap = 3\nINIT Init\nNEXT Next\nINVARIANT TypeOK\n";
    private final InvariantGuard guard = new InvariantGuard();

    private List<String> check(String text, String cfg) {
        return guard.check(new InvariantGuard.Candidate("Buf", SPEC, CFG), new InvariantGuard.Candidate("Buf", text,
                cfg));
    }

    @Test
    void acceptsChangesToActions() {
        assertEquals(List.of(), check(SPEC.replace("n > 0 /\\ n' = n - 1", "n >= 1 /\\ n' = n - 1"), CFG));
        assertEquals(List.of(), check(SPEC, CFG + "CONSTANT Extra = 1\n"), "a new constant is allowed");
    }

    @Test
    void refusesDeletingOrRewritingTheInvariantOrWhatItUses() {
        List<String> deleted = check(SPEC.replace("TypeOK == InRange(n)\n", ""), CFG);
        assertTrue(deleted.contains("deletes the definition of TypeOK"), deleted.toString());
        List<String> weakened = check(SPEC.replace("TypeOK == InRange(n)", "TypeOK == TRUE"), CFG);
        assertTrue(weakened.contains("rewrites the definition of TypeOK"), weakened.toString());
        List<String> viaHelper = check(SPEC.replace("v \\in 0..Cap", "v \\in Nat"), CFG);
        assertTrue(viaHelper.get(0).startsWith("rewrites definition InRange"), viaHelper.toString());
    }

    @Test
    void refusesModelEditsThatHideBehaviour() {
        assertTrue(check(SPEC, CFG.replace("INVARIANT TypeOK\n", "")).contains("removes invariant TypeOK from the "
                + "model"));
        assertTrue(check(SPEC, CFG.replace("Cap = 3", "Cap = 0")).contains("changes constant Cap from 3 to 0"));
        assertTrue(check(SPEC, CFG + "CHECK_DEADLOCK FALSE\n").contains("switches deadlock checking off"));
        assertTrue(check(SPEC, CFG + "CONSTRAINT TypeOK\n").get(0).startsWith("adds state constraint"));
        assertTrue(check(SPEC, CFG.replace("NEXT Next", "NEXT Put")).get(0).startsWith("changes the model's NEXT"));
    }

    @Test
    void unparsableCorrectionStillChecksPresence() {
        String broken = SPEC.replace("Get == n > 0", "Get == n > 0 /\\ (").replace("TypeOK == InRange(n)\n", "");
        assertTrue(check(broken, CFG).contains("deletes the definition of TypeOK"), check(broken, CFG).toString());
        assertEquals(List.of(), check(SPEC.replace("Get == n > 0", "Get == n > 0 /\\ ("), CFG));
    }
}
