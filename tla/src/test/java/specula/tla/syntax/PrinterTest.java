package specula.tla.syntax;

import org.junit.jupiter.api.Test;
import specula.tla.syntax.ast.Module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrinterTest {

    @Test
    void showcaseRoundTripsAndKeepsComments() {
        ParseResult first = Fixtures.parse(ResourceModules.read("Showcase.tla"));
        assertTrue(first.ok(), () -> first.diagnostics().toString());
        String printed = AstPrinter.print(first.module());
        ParseResult second = Fixtures.parse(printed);
        assertTrue(second.ok(), () -> second.diagnostics() + "\n" + printed);
        assertEquals(AstDump.structure(first.module()), AstDump.structure(second.module()));
        assertTrue(printed.contains("--algorithm Demo"), "PlusCal comment kept");
        assertTrue(printed.contains("(* nested comment *)"), "module comments kept");
    }

    @Test
    void junctionListsArePrintedAligned() {
        Module m = Fixtures.module("Init ==\n  /\\ x = 0\n  /\\ \\/ y = 1\n     \\/ y = 2");
        String printed = AstPrinter.print(m.units().get(0));
        assertEquals("Init == /\\ x = 0\n        /\\ \\/ y = 1\n           \\/ y = 2", printed);
    }

    @Test
    void anInfixOperatorAfterAJunctionIsOutdentedSoItStaysInfix() {
        Module m = Fixtures.module("P == /\\ a\n     /\\ b\n   => c");
        String printed = AstPrinter.print(m);
        Module again = Fixtures.parse(printed).module();
        assertEquals(AstDump.structure(m), AstDump.structure(again), printed);
    }

    @Test
    void letCaseAndIfLayout() {
        Module m = Fixtures.module("F == LET a == 1\n         b == 2\n     IN CASE a = 1 -> IF b = 2 THEN /\\ a\n"
                + "                                             /\\ b ELSE 3\n          [] a = 2 -> 2\n"
                + "          [] OTHER -> 3");
        String printed = AstPrinter.print(m);
        assertTrue(printed.contains("F == LET a == 1\n         b == 2\n     IN  CASE "), printed);
        assertEquals(AstDump.structure(m), AstDump.structure(Fixtures.parse(printed).module()), printed);
    }

    @Test
    void synthesizedTreesGetTheParenthesesTheGrammarNeeds() {
        specula.tla.syntax.ast.Range r = new specula.tla.syntax.ast.Range("syn", 1, 1, 1, 1);
        java.util.function.BiFunction<String, java.util.List<specula.tla.syntax.ast.Expr>, specula.tla.syntax.ast.Expr>
                infix = (op, args) -> new specula.tla.syntax.ast.Exprs.OpApp(r, op, Operators.canonical(op),
                        specula.tla.syntax.ast.Parts.Fixity.INFIX, args);
        specula.tla.syntax.ast.Expr a = new specula.tla.syntax.ast.Exprs.Ident(r, "a");
        specula.tla.syntax.ast.Expr b = new specula.tla.syntax.ast.Exprs.Ident(r, "b");
        specula.tla.syntax.ast.Expr c = new specula.tla.syntax.ast.Exprs.Ident(r, "c");
        assertEquals("(a + b) * c", AstPrinter.print(infix.apply("*", java.util.List.of(infix.apply("+",
                java.util.List.of(a, b)), c))));
        assertEquals("a - (b - c)", AstPrinter.print(infix.apply("-", java.util.List.of(a, infix.apply("-",
                java.util.List.of(b, c))))));
        assertEquals("a - b - c", AstPrinter.print(infix.apply("-", java.util.List.of(infix.apply("-",
                java.util.List.of(a, b)), c))));
        specula.tla.syntax.ast.Expr ite = new specula.tla.syntax.ast.Exprs.If(r, a, b, c);
        assertEquals("(IF a THEN b ELSE c) + a", AstPrinter.print(infix.apply("+", java.util.List.of(ite, a))));
        specula.tla.syntax.ast.Expr prime = new specula.tla.syntax.ast.Exprs.OpApp(r, "'", "'",
                specula.tla.syntax.ast.Parts.Fixity.POSTFIX, java.util.List.of(infix.apply("+", java.util.List.of(a, b))));
        assertEquals("(a + b)'", AstPrinter.print(prime));
    }

    @Test
    void commentsInsideADefinitionFollowIt() {
        Module m = Fixtures.module("Init == /\\ x = 0 \\* start at zero\n        /\\ y = 1\nNext == x' = x");
        String printed = AstPrinter.print(m);
        int init = printed.indexOf("Init ==");
        int comment = printed.indexOf("\\* start at zero");
        int next = printed.indexOf("Next ==");
        assertTrue(init < comment && comment < next, printed);
    }

    @Test
    void stringsAreReEscaped() {
        assertEquals("\"a\\\"b\\\\c\\n\"", AstPrinter.print(Fixtures.expr("\"a\\\"b\\\\c\\n\"")));
    }
}
