package specula.commands.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuntimeErrorClassifierTest {
    private final RuntimeErrorClassifier classifier = new RuntimeErrorClassifier();

    private static final String UNDEFINED = """
            TLC2 Version 2.19 of 08 August 2024
            Running breadth-first search Model-Checking with fp 1 and seed 42 with 1 worker on 2 cores
            Computing initial states...
            Error: In evaluation, the identifier y is either undefined or not an operator.
            line 7, col 23 to line 7, col 23 of module Counter

            The behavior up to this point is:
            State 1: <Initial predicate>
            x = 0

            Error: The error occurred when TLC was evaluating the nested
            expressions at the following positions:
            0. Line 7, column 9 to line 7, column 30 in Counter
            1. Line 7, column 23 to line 7, column 23 in Counter

            4 states generated, 2 distinct states found, 0 states left on queue.
            Finished in 00s at (2026-01-01 00:00:00)
            """;

    @Test
    void undefinedIdentifierIsAnEvaluationErrorAtTheInnermostPosition() {
        RunReport r = classifier.classify(UNDEFINED, 75);
        assertEquals(RunReport.Kind.EVALUATION_ERROR, r.kind());
        assertEquals("y", r.subject().orElseThrow());
        assertEquals(new RunReport.Location("Counter", 7, 23), r.location().orElseThrow());
        assertTrue(r.message().startsWith("In evaluation, the identifier y"), r.message());
        assertTrue(r.trace().startsWith("State 1: <Initial predicate>"), r.trace());
        assertTrue(!r.trace().contains("states generated"), "progress lines are not part of the trace");
    }

    @Test
    void comparisonAndDomainErrorsAreTypeErrors() {
        assertEquals(RunReport.Kind.TYPE_COMPARE_ERROR, classifier.classify(
                "Error: Attempted to compare integer 1 with non-integer:\n\"a\"\n", 75).kind());
        RunReport dom = classifier.classify("Error: Attempted to apply function:\n(1 :> 2)\nto argument 3, which is "
                + "not in the domain of the function.\n", 75);
        assertEquals(RunReport.Kind.TYPE_COMPARE_ERROR, dom.kind());
    }

    @Test
    void unchangedClashAndUnassignedVariables() {
        RunReport twice = classifier.classify("Warning: The variable x was changed while it is specified as "
                + "UNCHANGED at line 9, col 5 to line 9, col 18 of module M\n", 75);
        assertEquals(RunReport.Kind.ASSIGNED_TWICE, twice.kind());
        assertEquals("x", twice.subject().orElseThrow());
        RunReport unassigned = classifier.classify("Error: Successor state is not completely specified by action "
                + "Next of the next-state relation. The following variable is not assigned: pc.\n", 75);
        assertEquals(RunReport.Kind.UNDETERMINED_VARIABLE, unassigned.kind());
        assertEquals("pc", unassigned.subject().orElseThrow());
    }

    @Test
    void findingsCarryTheirNameAndTrace() {
        RunReport inv = classifier.classify("""
                Error: Invariant Safe is violated.
                Error: The behavior up to this point is:
                State 1: <Initial predicate>
                x = 0

                State 2: <Inc line 8, col 8 to line 8, col 20 of module M>
                x = 1

                3 states generated, 2 distinct states found, 0 states left on queue.
                """, 12);
        assertEquals(RunReport.Kind.INVARIANT_VIOLATION, inv.kind());
        assertEquals(RunReport.Role.FINDING, inv.kind().role());
        assertEquals("Safe", inv.subject().orElseThrow());
        assertTrue(inv.trace().contains("State 2: <Inc"), inv.trace());
        assertEquals(RunReport.Kind.DEADLOCK, classifier.classify("Error: Deadlock reached.\n", 11).kind());
        RunReport assume = classifier.classify("Error: Assumption line 5, col 8 to line 5, col 14 of module M is "
                + "false.\n", 10);
        assertEquals(RunReport.Kind.ASSUMPTION_FAILURE, assume.kind());
        assertEquals(new RunReport.Location("M", 5, 8), assume.location().orElseThrow());
        assertEquals(RunReport.Kind.PROPERTY_VIOLATION,
                classifier.classify("Error: Temporal properties were violated.\n", 13).kind());
    }

    @Test
    void successTimeoutAndUnknownOutput() {
        assertTrue(classifier.classify("Model checking completed. No error has been found.\n", 0).ok());
        assertEquals(RunReport.Kind.TIMEOUT, classifier.classify("TLC execution timed out after 60 seconds", 1)
                .kind());
        assertEquals(RunReport.Kind.DEADLOCK, classifier.classify("something unexpected", 11).kind(),
                "the exit code decides when the text is not recognised");
        assertEquals(RunReport.Kind.PARSE_ERROR, classifier.classify("***Parse Error***\nEncountered \"==\"", 150)
                .kind());
    }

    @Test
    void longTracesKeepTheirStartAndEnd() {
        StringBuilder sb = new StringBuilder("Error: Invariant I is violated.\nThe behavior up to this point is:\n");
        for (int i = 1; i <= 300; i++) {
            sb.append("State ").append(i).append(": <A>\nx = ").append(i).append('\n');
        }
        String trace = classifier.classify(sb.toString(), 12).trace();
        assertTrue(trace.startsWith("State 1:"));
        assertTrue(trace.endsWith("x = 300"), trace);
        assertTrue(trace.contains("lines left out"));
        assertTrue(trace.split("\n").length <= 81);
    }
}
