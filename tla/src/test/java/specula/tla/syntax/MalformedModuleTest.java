package specula.tla.syntax;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mistakes LLM-written specs make, with the position SANY reports and the hint we add. */
class MalformedModuleTest {
    private static final String H = "---- MODULE M ----\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("missing ELSE", H + "F(x) == IF x > 0 THEN 1\nG == 2\n====\n", 3, 1, "ELSE"),
                Arguments.of("= for ==", H + "x == 1\nInit = y = 0\n====\n", 3, 1, "=="),
                Arguments.of("o for \\o", H + "s == <<1>> o <<2>>\n====\n", 2, 12, "\\o"),
                Arguments.of("bullet with only a comment", H + "Next == /\\ x' = 1\n        /\\ \\* nothing\n"
                        + "        /\\ y' = 2\n====\n", 4, 9, "comment"),
                Arguments.of("missing ====", H + "x == 1\n", 2, 7, "===="),
                Arguments.of("unclosed parenthesis", H + "F == (a + b\nG == 1\n====\n", 3, 1, null),
                Arguments.of("extra closing bracket", H + "F == a + b)\nG == 1\n====\n", 2, 11, "bracket"),
                Arguments.of("-> for |->", H + "r == [a |-> 1, b -> 2]\n====\n", 2, 18, "|->"),
                Arguments.of("CASE arm without []", H + "F(x) == CASE x = 1 -> \"a\"\n             x = 2 -> \"b\"\n"
                        + "====\n", 3, 14, "[]"),
                Arguments.of("LET without IN", H + "F == LET a == 1\n         a + 1\n====\n", 3, 10, "IN"),
                Arguments.of("stray THEN", H + "F == /\\ x = 1 THEN\n     /\\ y = 2\n====\n", 2, 15, "THEN"),
                Arguments.of("missing module header", "EXTENDS Naturals\nx == 1\n====\n", 3, 5, null),
                Arguments.of("unterminated string", H + "s == \"abc\nt == 1\n====\n", 2, 10, "string"),
                Arguments.of("precedence conflict", H + "x == a + b % c\n====\n", 2, 12, null),
                Arguments.of("keyword with nothing after it", H + "INSTANCE\nx == 1\n====\n", 2, 1, null),
                Arguments.of("two definitions glued by a missing operator", H + "x == a b\n====\n", 2, 8, null),
                Arguments.of("!= for /=", H + "x == a != b\n====\n", 2, 11, "/="),
                Arguments.of("initialised variable", H + "VARIABLE x = 0\n====\n", 2, 12, "Init"),
                Arguments.of("semicolon", H + "x == a; b\n====\n", 2, 7, "no ;"),
                Arguments.of("[] for the empty sequence", H + "x == <<1>> \\o [] \\o s\n====\n", 2, 18, "<<>>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void errorIsReportedAtSanysPosition(String name, String text, int line, int column, String hintPart) {
        ParseResult r = Fixtures.parse(text);
        assertTrue(!r.diagnostics().isEmpty(), "expected an error");
        SyntaxDiagnostic d = r.diagnostics().get(0);
        assertEquals(line + ":" + column, d.range().line() + ":" + d.range().column(), d.message());
        assertTrue(d.message().contains("line " + line + ", column " + column), d.message());
        if (hintPart != null) {
            assertNotNull(d.hint(), "expected a hint for " + name);
            assertTrue(d.hint().contains(hintPart), d.hint());
        }
    }

    @Test
    void severalErrorsAreReportedWhenTheParserCanRecover() {
        ParseResult r = Fixtures.parse(H + "A == 1 +\nB == 2\nC = 3\nD == )\nE == 4\n====\n");
        assertTrue(r.diagnostics().size() >= 2, r.diagnostics().toString());
        assertEquals(3, r.diagnostics().get(0).range().line());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.range().line() == 5), r.diagnostics().toString());
        assertNotNull(r.module(), "a partial module is still returned");
    }

    @Test
    void absurdNestingAndBinaryGarbageGiveDiagnosticsNotExceptions() {
        String deep = H + "x == " + "(".repeat(200_000) + "1" + ")".repeat(200_000) + "\n====\n";
        ParseResult r = Fixtures.parse(deep);
        assertTrue(r.ok() || r.diagnostics().get(0).code().equals("E_TOO_DEEP"), r.diagnostics().toString());
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[rnd.nextInt(400)];
            rnd.nextBytes(b);
            String text = H + new String(b, java.nio.charset.StandardCharsets.ISO_8859_1) + "\n====\n";
            ParseResult g = Fixtures.parse(text);
            assertTrue(g.ok() || !g.diagnostics().isEmpty());
            g.diagnostics().forEach(d -> assertTrue(d.range().line() >= 1 && d.range().column() >= 1));
        }
    }

    @Test
    void messagesUseSanysWording() {
        SyntaxDiagnostic d = Fixtures.parse(H + "F == IF a THEN b\nG == 1\n====\n").diagnostics().get(0);
        // Like SANY, a "Name ==" met where an expression should continue is shown as the beginning of a definition.
        assertTrue(d.message().startsWith("Encountered \"Beginning of definition\" at line 3, column 1 and token \"b\""),
                d.message());
        assertEquals("E_PARSE", d.code());
    }
}
