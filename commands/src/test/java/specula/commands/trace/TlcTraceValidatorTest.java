package specula.commands.trace;

import org.junit.jupiter.api.Test;

import specula.commands.runtime.TlcProcessRunner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading TLC's output of a trace-spec run (the wording TraceLog.tla's TraceAccepted prints). */
class TlcTraceValidatorTest {
    static final String TRACE = "{\"Client\": [\"c1\"]}\n{\"event\": \"Request\"}\n{\"event\": \"Grant\"}\n";

    @Test
    void theRejectedLineComesFromTraceAcceptedsPrint() {
        String out = """
                Model checking completed. No error has been found.
                <<"Trace rejected: no action matches line", 3, [event |-> "Grant"]>>
                Error: A postcondition is violated.
                """;
        TraceVerdict v = TlcTraceValidator.verdict("t.ndjson", TRACE, new TlcProcessRunner.Raw(out, 12));
        assertTrue(!v.accepted());
        assertEquals(3, v.rejection().orElseThrow().line());
        assertEquals("{\"event\": \"Grant\"}", v.rejection().orElseThrow().logline(), "the file's own line");
        assertEquals(2, v.events());
    }

    @Test
    void acceptedOrNoVerdict() {
        TraceVerdict v = TlcTraceValidator.verdict("t.ndjson", TRACE, new TlcProcessRunner.Raw(
                "Model checking completed. No error has been found.\n", 0));
        assertTrue(v.accepted());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TlcTraceValidator.verdict("t",
                TRACE, new TlcProcessRunner.Raw("Error: In evaluation, the identifier Foo is either undefined or not "
                + "an operator.\n", 75)));
        assertTrue(e.getMessage().contains("evaluation error (Foo)"), e.getMessage());
    }
}
