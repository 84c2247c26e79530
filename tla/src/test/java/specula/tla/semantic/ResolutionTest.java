package specula.tla.semantic;

import org.junit.jupiter.api.Test;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Node;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Name resolution and the side table the evaluator reads. */
class ResolutionTest {

    private static SemanticResult ok(String body) {
        SemanticResult r = Specs.single(body);
        assertTrue(r.ok(), () -> r.diagnostics().all().toString());
        return r;
    }

    private static Expr body(ResolvedModule m, String def) {
        for (Unit u : m.ast().units()) {
            if (u instanceof Unit.OpDef d && d.name().text().equals(def)) {
                return d.body();
            }
        }
        throw new AssertionError("no definition " + def);
    }

    /** All identifier-like nodes of an expression, in source order, with their resolutions. */
    private static List<Symbol> symbolsOf(ResolvedModule m, Expr e) {
        List<Symbol> out = new ArrayList<>();
        collect(m, e, out);
        return out;
    }

    private static void collect(ResolvedModule m, Node n, List<Symbol> out) {
        if (n instanceof Exprs.Ident || n instanceof Exprs.Apply || n instanceof Exprs.OpApp) {
            out.add(m.resolution(n));
        }
        for (var c : n.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(n);
                if (v instanceof Node child) {
                    collect(m, child, out);
                } else if (v instanceof List<?> l) {
                    for (Object o : l) {
                        if (o instanceof Node child) {
                            collect(m, child, out);
                        }
                    }
                }
            } catch (ReflectiveOperationException ex) {
                throw new AssertionError(ex);
            }
        }
    }

    @Test
    void everyKindOfNameIsResolved() {
        SemanticResult r = ok("""
                EXTENDS Naturals, Sequences
                CONSTANT N
                VARIABLE x
                Inc(k) == k + 1
                Op(p) == \\E b \\in 1..N : x = Inc(b) /\\ p \\in DOMAIN <<>> /\\ Len(<<b>>) = 1""");
        ResolvedModule m = r.module();
        List<Symbol> syms = symbolsOf(m, body(m, "Op"));
        // \E body: /\ (= (x, Inc(b)), \in (p, DOMAIN <<>>), = (Len(<<b>>), 1)), bound set 1..N
        assertTrue(syms.stream().allMatch(s -> s != null), syms::toString);
        Symbol x = syms.stream().filter(s -> s.name().equals("x")).findFirst().orElseThrow();
        assertInstanceOf(Symbol.VariableDecl.class, x);
        Symbol n = syms.stream().filter(s -> s.name().equals("N")).findFirst().orElseThrow();
        assertInstanceOf(Symbol.ConstantDecl.class, n);
        Symbol b = syms.stream().filter(s -> s.name().equals("b")).findFirst().orElseThrow();
        Symbol.BoundVariable bv = assertInstanceOf(Symbol.BoundVariable.class, b);
        assertInstanceOf(Exprs.Quant.class, bv.binder());
        Symbol p = syms.stream().filter(s -> s.name().equals("p")).findFirst().orElseThrow();
        assertInstanceOf(Symbol.Parameter.class, p);
        OperatorDef inc = (OperatorDef) syms.stream().filter(s -> s.name().equals("Inc")).findFirst().orElseThrow();
        assertEquals("T", inc.module());
        assertFalse(inc.library());
        OperatorDef len = (OperatorDef) syms.stream().filter(s -> s.name().equals("Len")).findFirst().orElseThrow();
        assertEquals("Sequences", len.module());
        assertTrue(len.library());
        OperatorDef dots = (OperatorDef) syms.stream().filter(s -> s.name().equals("..")).findFirst().orElseThrow();
        assertEquals("Naturals", dots.module());
        assertTrue(syms.stream().anyMatch(s -> s instanceof Symbol.Builtin bi && bi.name().equals("\\in")));
        assertTrue(syms.stream().anyMatch(s -> s instanceof Symbol.Builtin bi && bi.name().equals("DOMAIN")));
    }

    @Test
    void declarationsAreListedInOrderWithLevels() {
        ResolvedModule m = ok("""
                CONSTANT C
                VARIABLE v
                K == C
                S == v
                A == v' = v
                L == [][A]_v
                RECURSIVE F(_)
                F(n) == IF n = 0 THEN 0 ELSE F(n)
                f[i \\in {1}] == i
                THEOREM Thm == TRUE""").module();
        List<String> names = m.declarations().stream().map(Symbol::name).toList();
        assertEquals(List.of("C", "v", "K", "S", "A", "L", "F", "f", "Thm"), names);
        assertEquals(Level.CONSTANT, m.lookup("K").level());
        assertEquals(Level.STATE, m.lookup("S").level());
        assertEquals(Level.ACTION, m.lookup("A").level());
        assertEquals(Level.TEMPORAL, m.lookup("L").level());
        OperatorDef f = (OperatorDef) m.lookup("F");
        assertTrue(f.recursive());
        assertNotNull(f.def());
        assertTrue(((OperatorDef) m.lookup("f")).isFunction());
        assertEquals(1, m.theorems().size());
    }

    @Test
    void namedInstanceMembersResolveThroughTheInstance() {
        Specs s = new Specs()
                .module("Inner", "CONSTANT K\nVARIABLE y\nGet == y + K\nEXTENDS_NOTHING == TRUE")
                .module("Outer", "EXTENDS Naturals\nVARIABLE z\nI == INSTANCE Inner WITH K <- 1, y <- z\n"
                        + "Use == I!Get");
        s.texts.put("Inner", "---- MODULE Inner ----\nEXTENDS Naturals\nCONSTANT K\nVARIABLE y\nGet == y + K\n====\n");
        SemanticResult r = s.analyze("Outer");
        assertTrue(r.ok(), () -> r.diagnostics().all().toString());
        ResolvedModule outer = r.module();
        Expr use = body(outer, "Use");
        Symbol.InstanceMember im = assertInstanceOf(Symbol.InstanceMember.class, outer.resolution(use));
        assertEquals("Get", im.member().name());
        InstanceDef i = im.path().get(0);
        assertEquals("I", i.name());
        assertSame(r.modules().get("Inner"), i.target());
        assertEquals(2, i.substitutions().size());
        assertTrue(i.substitutions().stream().allMatch(sub -> sub.value() != null));
        assertEquals(Level.STATE, outer.lookup("Use").level());
    }

    @Test
    void implicitSubstitutionUsesTheSameName() {
        Specs s = new Specs()
                .module("Inner", "VARIABLE y\nInit == y = 0")
                .module("Outer", "VARIABLE y\nINSTANCE Inner\nSpec == Init");
        SemanticResult r = s.analyze("Outer");
        assertTrue(r.ok(), () -> r.diagnostics().all().toString());
        Symbol.Imported init = assertInstanceOf(Symbol.Imported.class, r.module().lookup("Init"));
        InstanceDef.Substitution sub = init.via().substitutions().get(0);
        assertNull(sub.value());
        assertInstanceOf(Symbol.VariableDecl.class, sub.implicit());
        assertEquals("Outer", ((Symbol.VariableDecl) sub.implicit()).module());
    }

    @Test
    void parametrisedInstancesTakeTheirArguments() {
        Specs s = new Specs()
                .module("Chan", "CONSTANT Data\nVARIABLE chan\nSend(d) == chan' = d")
                .module("Main", "VARIABLES a, b\nC(ch) == INSTANCE Chan WITH Data <- {1}, chan <- ch\n"
                        + "Next == C(a)!Send(1) \\/ C(b)!Send(2)\nBad == C!Send(1)");
        SemanticDiagnostic d = s.analyze("Main").diagnostics().firstError();
        assertEquals("OPERATOR_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS", d.code());
        assertEquals(5, d.range().line());
        assertEquals("The operator C requires 1 arguments.", d.message());
    }

    @Test
    void localDefinitionsAreNotExported() {
        Specs s = new Specs()
                .module("Lib", "LOCAL Hidden == 1\nShown == Hidden")
                .module("User", "EXTENDS Lib\nX == Shown\nY == Hidden");
        SemanticDiagnostic d = s.analyze("User").diagnostics().firstError();
        assertEquals("Unknown operator: `Hidden'.", d.message());
        assertEquals(4, d.range().line());
    }

    @Test
    void submodulesAreInstantiable() {
        ResolvedModule m = ok("""
                VARIABLE x
                ---- MODULE Inner ----
                Zero == x = 0
                ====
                I == INSTANCE Inner
                Init == I!Zero""").module();
        assertTrue(m.submodules().containsKey("Inner"));
        assertEquals(Level.STATE, m.lookup("Init").level());
    }

    @Test
    void identicalDefinitionsFromDifferentModulesOnlyWarn() {
        Specs s = new Specs()
                .module("A", "Same(x) == {x}")
                .module("B", "Same(x) == {x}")
                .module("C", "EXTENDS A, B\nUse == Same(1)");
        SemanticResult r = s.analyze("C");
        assertTrue(r.ok(), () -> r.diagnostics().all().toString());
        assertFalse(r.diagnostics().warnings().isEmpty());
    }

    private static void assertNull(Object o) {
        org.junit.jupiter.api.Assertions.assertNull(o);
    }
}
