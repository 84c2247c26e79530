package specula.commands.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import specula.tla.check.Model;
import specula.tla.check.cfg.ConfigParser;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.eval.Evaluator;
import specula.tla.eval.Services;
import specula.tla.eval.Spec;
import specula.tla.eval.SpecLoader;
import specula.tla.eval.value.IntValue;
import specula.tla.eval.value.Value;

/** The walk on its own: which branch is reported, errors, the step limit, an enabled action. */
class ActionDiagnosisTest {

    private static ActionDiagnosis.Verdict diagnose(String next, int limit) {
        String module = "---- MODULE D ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\n" + next + "\n====\n";
        ModelConfig cfg = ConfigParser.parse("D.cfg", "INIT Init\nNEXT Next\n");
        Spec spec = SpecLoader.load("D", EmbeddedChecker.source(Map.of("D", module)), cfg);
        Model model = Model.resolve(spec, cfg);
        return new ActionDiagnosis(new Evaluator(spec), Services.quiet(), e -> e.getClass().getSimpleName(), limit)
                .diagnose(model.next().expr(), model.next().scope(), "Next", new Value[]{IntValue.of(0)});
    }

    @Test
    void theBranchThatGotFurthestIsReportedWithItsValues() {
        ActionDiagnosis.Verdict v = diagnose("Next == \\E a \\in 1..3 : /\\ a > 1\n    /\\ a + x > 5\n    /\\ x' = a",
                1000);
        ActionDiagnosis.Failure f = assertInstanceOf(ActionDiagnosis.Failure.class, v);
        // a = 1 stops at the first conjunct; a = 2 and a = 3 pass it and stop at the second: the first of them.
        assertEquals(List.of("a = 2"), f.bindings());
        assertEquals("2 > 5 is FALSE", f.reason());
        assertEquals(1, f.progress());
    }

    @Test
    void anErrorIsAFailureWithTheCheckersMessage() {
        ActionDiagnosis.Failure f = assertInstanceOf(ActionDiagnosis.Failure.class,
                diagnose("Next == x' = 1 /\\ x[1] = 2", 1000));
        assertTrue(f.reason().startsWith("error: "), f.reason());
        assertEquals(1, f.progress(), "the assignment passed first");
    }

    @Test
    void anEnabledActionSaysSo() {
        ActionDiagnosis.Enabled e = assertInstanceOf(ActionDiagnosis.Enabled.class,
                diagnose("Next == \\E a \\in 1..3 : a > 2 /\\ x' = a", 1000));
        assertEquals(List.of("a = 3"), e.bindings());
    }

    @Test
    void theStepLimitEndsAHugeWalkWithWhatItFound() {
        ActionDiagnosis.Failure f = assertInstanceOf(ActionDiagnosis.Failure.class,
                diagnose("Next == \\E a \\in 1..1000, b \\in 1..1000 : a + b > 5000 /\\ x' = a", 500));
        assertTrue(f.reason().endsWith("(diagnosis stopped after 500 sub-formulas)"), f.reason());
        assertEquals(List.of("a = 1", "b = 1"), f.bindings());
    }
}
