package specula.tla.syntax;

import org.junit.jupiter.api.Test;
import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Proof;
import specula.tla.syntax.ast.StepBody;
import specula.tla.syntax.ast.Unit;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static specula.tla.syntax.Fixtures.module;
import static specula.tla.syntax.Fixtures.parse;

class ModuleParserTest {

    @Test
    void headerExtendsAndTextOutsideTheModuleIsIgnored() {
        ParseResult r = parse("junk (* not closed \"\n---- MODULE M ----\nEXTENDS Naturals, Sequences\nx == 1\n"
                + "=====\ntrailing \" garbage (*\n");
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        assertEquals("M", r.module().name());
        assertEquals(List.of("Naturals", "Sequences"), r.module().extendsList().stream().map(Parts.Name::text).toList());
        assertEquals(2, r.module().range().line());
    }

    @Test
    void declarations() {
        Module m = module("CONSTANTS N, F(_, _), _ ** _, -. _\nVARIABLE x, y\nRECURSIVE G(_)\nG(n) == n");
        Unit.Constants c = assertInstanceOf(Unit.Constants.class, m.units().get(0));
        assertEquals(List.of(0, 2, 2, 1), c.decls().stream().map(Parts.OpDecl::arity).toList());
        assertEquals(Parts.Fixity.INFIX, c.decls().get(2).fixity());
        assertEquals(2, ((Unit.Variables) m.units().get(1)).names().size());
        assertInstanceOf(Unit.Recursive.class, m.units().get(2));
    }

    @Test
    void definitionsOfEveryShape() {
        Module m = module("F(a, G(_), _ + _) == a\nf[x \\in S, y \\in T] == x\na ++ b == a\n-. a == a\n"
                + "a ^+ == a\nLOCAL L == 1\nI(p) == INSTANCE M WITH q <- p, + <- -\nLOCAL INSTANCE Naturals");
        Unit.OpDef f = assertInstanceOf(Unit.OpDef.class, m.units().get(0));
        assertEquals(List.of(0, 1, 2), f.params().stream().map(Parts.Param::arity).toList());
        assertInstanceOf(Unit.FnDef.class, m.units().get(1));
        assertEquals(Parts.Fixity.INFIX, ((Unit.OpDef) m.units().get(2)).fixity());
        assertEquals("-.", ((Unit.OpDef) m.units().get(3)).name().text());
        assertEquals(Parts.Fixity.POSTFIX, ((Unit.OpDef) m.units().get(4)).fixity());
        assertTrue(((Unit.OpDef) m.units().get(5)).local());
        Unit.ModuleDef md = assertInstanceOf(Unit.ModuleDef.class, m.units().get(6));
        assertEquals(2, md.instance().substitutions().size());
        assertTrue(((Unit.Instance) m.units().get(7)).local());
    }

    @Test
    void assumptionsTheoremsAndProofs() {
        Module m = module("ASSUME A1 == N > 0\nAXIOM TRUE\nTHEOREM T == ASSUME NEW x \\in S, NEW CONSTANT c PROVE x = x\n"
                + "<1>1. x = x\n  BY DEF Foo\n<1>a. CASE x\n  <2> QED OBVIOUS\n<1> QED BY <1>1, <1>a DEFS Bar\n"
                + "LEMMA L == TRUE\nPROOF OMITTED\nUSE DEF X\nHIDE A1");
        Unit.Assume a = assertInstanceOf(Unit.Assume.class, m.units().get(0));
        assertEquals("A1", a.name().text());
        Unit.Theorem t = assertInstanceOf(Unit.Theorem.class, m.units().get(2));
        Proof.Steps steps = assertInstanceOf(Proof.Steps.class, t.proof());
        assertEquals(3, steps.steps().size());
        assertEquals("<1>1", steps.steps().get(0).label());
        assertInstanceOf(StepBody.CaseStep.class, steps.steps().get(1).body());
        assertNotNull(steps.steps().get(1).proof());
        Proof.Terminal by = assertInstanceOf(Proof.Terminal.class, steps.steps().get(2).proof());
        assertEquals(2, by.facts().size());
        Unit.Theorem lemma = assertInstanceOf(Unit.Theorem.class, m.units().get(3));
        assertEquals("OMITTED", ((Proof.Terminal) lemma.proof()).kind());
        assertInstanceOf(Unit.UseHide.class, m.units().get(4));
    }

    @Test
    void proofStepKinds() {
        Module m = module("THEOREM TRUE\n<1> SUFFICES ASSUME NEW x PROVE TRUE\n<1> DEFINE d == 1\n"
                + "<1> PICK y \\in S : y = 1\n<1>2. HAVE y\n<1> TAKE z \\in S\n<1> WITNESS 1, 2\n<1> USE ONLY <1>2\n"
                + "<1> e == 2\n<1> QED");
        Proof.Steps s = (Proof.Steps) ((Unit.Theorem) m.units().get(0)).proof();
        assertEquals(List.of("Suffices", "Units", "Pick", "Have", "Take", "Witness", "Units", "Units", "Qed"),
                s.steps().stream().map(x -> x.body().getClass().getSimpleName()).toList());
    }

    @Test
    void submodulesAndSeparators() {
        Module m = module("x == 1\n----\n---- MODULE Inner ----\ny == 2\n====\nz == Inner!y");
        assertInstanceOf(Unit.Separator.class, m.units().get(1));
        Unit.Submodule sub = assertInstanceOf(Unit.Submodule.class, m.units().get(2));
        assertEquals("Inner", sub.module().name());
        assertEquals(7, m.units().get(3).range().line());
    }

    @Test
    void unicodeSymbolsReadLikeTheirAsciiSpellings() {
        String uni = "──── MODULE U ────\nInit ≜ ∧ x ∈ ℕx ∪ {1}\n       ∧ ∀ a ∈ S : ⟨a, y′⟩ ≠ ⟨⟩\n"
                + "Spec ≜ □[Next]_⟨x, y⟩ ∧ ◇(x ≤ 1) ↝ (y ≥ 2)\nF ≜ [r EXCEPT !.a = 1] ⇒ [s ↦ 1]\n════\n";
        String ascii = "---- MODULE U ----\nInit == /\\ x \\in ℕx \\cup {1}\n        /\\ \\A a \\in S : <<a, y'>> /= <<>>\n"
                + "Spec == [][Next]_<<x, y>> /\\ <>(x <= 1) ~> (y >= 2)\nF == [r EXCEPT !.a = 1] => [s |-> 1]\n====\n";
        ParseResult u = parse(uni.replace("ℕx", "Nx"));
        ParseResult a = parse(ascii.replace("ℕx", "Nx"));
        assertTrue(u.ok(), () -> u.diagnostics().toString());
        assertTrue(a.ok(), () -> a.diagnostics().toString());
        assertEquals(AstDump.structure(a.module()), AstDump.structure(u.module()));
    }

    @Test
    void commentsArePreservedForThePrinter() {
        ParseResult r = parse("---- MODULE M ----\n(* block (* nested *) *)\nx == 1 \\* trailing\n"
                + "(* --algorithm a { skip } *)\n====\n");
        assertTrue(r.ok());
        assertEquals(3, r.module().comments().size());
        assertTrue(r.module().comments().get(2).text().contains("--algorithm"));
    }
}
