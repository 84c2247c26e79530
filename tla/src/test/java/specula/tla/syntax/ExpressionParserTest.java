package specula.tla.syntax;

import org.junit.jupiter.api.Test;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static specula.tla.syntax.Fixtures.expr;
import static specula.tla.syntax.Fixtures.firstError;
import static specula.tla.syntax.Fixtures.sexp;

class ExpressionParserTest {

    @Test
    void precedenceFollowsSanysRanges() {
        assertEquals("(+ a (* b c))", sexp("a + b * c"));
        assertEquals("(+ (* a b) c)", sexp("a * b + c"));
        assertEquals("(- (- a b) c)", sexp("a - b - c"));
        assertEquals("(+ a (- b c))", sexp("a + b - c"), "- (11) binds tighter than + (10) in SANY's table");
        assertEquals("(/\\ (= a b) (\\in c S))", sexp("a = b /\\ c \\in S"));
        assertEquals("(=> (/\\ a b) (\\/ c d))", sexp("a /\\ b => c \\/ d"));
        assertEquals("(.. 1 (+ N 1))", sexp("1 .. N + 1"));
        assertEquals("(\\in x (\\X A B C))", sexp("x \\in A \\X B \\times C"));
    }

    @Test
    void overlappingRangesAreAPrecedenceConflict() {
        SyntaxDiagnostic d = firstError("---- MODULE T ----\nX == a + b % c\n====\n");
        assertEquals("E_PRECEDENCE", d.code());
        assertEquals(2, d.range().line());
        assertEquals(12, d.range().column());
        assertEquals("E_PRECEDENCE", firstError("---- MODULE T ----\nX == a = b = c\n====\n").code());
        for (String conflicting : new String[] {"A \\cup B \\cap C", "a /\\ b \\/ c", "a <=> b \\equiv c",
                "[]x' = x", "SUBSET A \\X B", "[]x = y", "a * b / c"}) {
            assertEquals("E_PRECEDENCE", firstError("---- MODULE T ----\nX == " + conflicting + "\n====\n").code(),
                    conflicting);
        }
        assertEquals("(\\cup (SUBSET S) T)", sexp("SUBSET S \\cup T"));
        assertEquals("(/\\ (ENABLED A) B)", sexp("ENABLED A /\\ B"));
        assertEquals("(~ (post' x))", sexp("~x'"));
        assertEquals("(\\cup (\\cup A B) C)", sexp("A \\cup B \\union C"), "synonyms are the same operator");
    }

    @Test
    void prefixAndPostfixOperators() {
        assertEquals("(~ (= a b))", sexp("~ a = b"));
        assertEquals("(+ (-. a) b)", sexp("-a + b"));
        assertEquals("(- a (-. b))", sexp("a - -b"));
        assertEquals("(=> ([] P) (<> Q))", sexp("[]P => <>Q"));
        assertEquals("([] (<> P))", sexp("[]<>P"));
        assertEquals("(= (post' x) (+ x 1))", sexp("x' = x + 1"));
        assertEquals("(UNCHANGED <<x y>>)", sexp("UNCHANGED <<x, y>>"));
        assertEquals("(post^+ R)", sexp("R^+"));
        assertEquals("(post' (apply f x))", sexp("f[x]'"));
    }

    @Test
    void junctionListsFollowTheOffsideRule() {
        String text = "/\\ a\n     /\\ \\/ b\n        \\/ c\n     /\\ d";
        assertEquals("(AND a (OR b c) d)", sexp(text));
        assertEquals("(/\\ (AND a) b)", sexp("/\\ a\n  /\\ b"), "a bullet left of the list column is infix");
        assertEquals("(AND (/\\ a b))", sexp("/\\ a\n      /\\ b"), "a bullet right of it continues the item");
        assertEquals("(AND a b)", sexp("\\land a\n     /\\ b"), "\\land is the same bullet as /\\");
        assertEquals("(OR (AND a) b)", sexp("\\/ /\\ a\n     \\/ b"), "a bullet at the inner column of another kind ends the inner list");
    }

    @Test
    void quantifiersChooseAndSets() {
        assertEquals("(\\A [x y in S] [z in T] (= x z))", sexp("\\A x, y \\in S, z \\in T : x = z"));
        assertEquals("(\\E [<<a b>> in S] (= a b))", sexp("\\E <<a, b>> \\in S : a = b"));
        assertEquals("(\\E [x] P)", sexp("\\E x : P"));
        assertInstanceOf(Exprs.Choose.class, expr("CHOOSE <<a, b>> \\in S : a = b"));
        Exprs.SetFilter f = assertInstanceOf(Exprs.SetFilter.class, expr("{x \\in S : x > 1}"));
        assertEquals("[x in S]", Sexp.bound(f.bound()));
        Exprs.SetMap m = assertInstanceOf(Exprs.SetMap.class, expr("{x + y : x \\in S, y \\in T}"));
        assertEquals(2, m.bounds().size());
        assertEquals("{1 2 3}", sexp("{1, 2, 3}"));
        assertEquals("{}", sexp("{}"));
    }

    @Test
    void functionsRecordsAndExcept() {
        assertInstanceOf(Exprs.FnCtor.class, expr("[x \\in S, y \\in T |-> x + y]"));
        assertInstanceOf(Exprs.FnSet.class, expr("[S -> T]"));
        assertInstanceOf(Exprs.RecordCtor.class, expr("[a |-> 1, b |-> 2]"));
        assertInstanceOf(Exprs.RecordSet.class, expr("[a : S, b : T]"));
        Exprs.Except x = assertInstanceOf(Exprs.Except.class, expr("[f EXCEPT ![1].a = @ + 1, ![2] = 3]"));
        assertEquals(2, x.clauses().size());
        assertEquals(2, x.clauses().get(0).path().size());
        assertEquals("(apply f a b)", sexp("f[a, b]"));
        assertEquals("(. (. r a) b)", sexp("r.a.b"));
    }

    @Test
    void actionsAndFairness() {
        Exprs.ActionSub box = assertInstanceOf(Exprs.ActionSub.class, expr("[Next]_<<x, y>>"));
        assertTrue(!box.angle());
        Exprs.ActionSub angle = assertInstanceOf(Exprs.ActionSub.class, expr("<<A>>_vars"));
        assertTrue(angle.angle());
        Exprs.Fairness wf = assertInstanceOf(Exprs.Fairness.class, expr("WF_vars(Next)"));
        assertEquals("WF_", wf.kind());
        assertInstanceOf(Exprs.Tuple.class, ((Exprs.Fairness) expr("SF_<<x, y>>(A)")).subscript());
        assertEquals("(-+-> P Q)", sexp("P -+-> Q"));
        assertEquals("(~> P Q)", sexp("P ~> Q"));
        assertEquals("(\\cdot A B)", sexp("A \\cdot B"));
    }

    @Test
    void ifCaseLetLambdaLabels() {
        assertEquals("(IF c 1 2)", sexp("IF c THEN 1 ELSE 2"));
        Exprs.Case c = assertInstanceOf(Exprs.Case.class, expr("CASE a -> 1 [] b -> 2 [] OTHER -> 3"));
        assertEquals(2, c.arms().size());
        assertInstanceOf(Exprs.NumberLit.class, c.other());
        Exprs.Let let = assertInstanceOf(Exprs.Let.class, expr("LET f[i \\in S] == i\n      g(a) == a\n      a ++ b == a\n  IN g(f[1])"));
        assertEquals(3, let.defs().size());
        assertInstanceOf(Exprs.Lambda.class, ((Exprs.Apply) expr("F(LAMBDA x, y : x + y, 1)")).args().get(0));
        assertInstanceOf(Exprs.Label.class, expr("lab(i) :: x > i"));
        Exprs.Apply a = assertInstanceOf(Exprs.Apply.class, expr("Fold(+, 0)"));
        assertInstanceOf(Exprs.OpArg.class, a.args().get(0));
    }

    @Test
    void namesLiteralsAndInstances() {
        Exprs.Qualified q = assertInstanceOf(Exprs.Qualified.class, expr("I(x)!Op(a)!B"));
        assertEquals(3, q.segments().size());
        assertEquals("\"a\\\"b\"", sexp("\"a\\\"b\""));
        Expr bin = expr("\\b1010 + \\o17 + \\h1F + 1.5");
        assertEquals("(+ (+ (+ \\b1010 \\o17) \\h1F) 1.5)", Sexp.of(bin));
        assertEquals(10, ((Exprs.NumberLit) expr("\\b1010")).integerValue().intValue());
        assertEquals(31, ((Exprs.NumberLit) expr("\\h1F")).integerValue().intValue());
        assertEquals("(:> a 1)", sexp("a :> 1"));
        assertEquals("(@@ (:> a 1) (:> b 2))", sexp("(a :> 1) @@ (b :> 2)"));
        assertEquals("(\\circ s t)", sexp("s \\o t"));
    }

    @Test
    void rangesAreExact() {
        Expr e = expr("a + bb");
        assertEquals(2, e.range().line());
        assertEquals(6, e.range().column());
        assertEquals(11, e.range().endColumn());
        Exprs.OpApp o = (Exprs.OpApp) e;
        assertEquals(10, o.args().get(1).range().column());
    }
}
