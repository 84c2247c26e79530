package specula.tla.semantic;

import org.junit.jupiter.api.Test;
import specula.tla.syntax.ast.Range;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SANY's codes, wording and ranges for the usual errors, and the hints. */
class DiagnosticsTest {

    private static void at(SemanticDiagnostic d, int line, int col, int endLine, int endCol) {
        Range r = d.range();
        assertEquals(line + ":" + col + "-" + endLine + ":" + endCol,
                r.line() + ":" + r.column() + "-" + r.endLine() + ":" + r.endColumn(), d::toString);
    }

    @Test
    void unknownIdentifier() {
        SemanticDiagnostic d = Specs.firstError("VARIABLE count\nInit == cuont = 0");
        assertEquals("SYMBOL_UNDEFINED", d.code());
        assertEquals("Unknown operator: `cuont'.", d.message());
        at(d, 3, 9, 3, 13);
        assertEquals("did you mean 'count'?", d.hint());
    }

    @Test
    void printedWithExcerptAndHint() {
        String text = "---- MODULE T ----\nVARIABLE count\nInit == cuont = 0\n====\n";
        Specs s = new Specs();
        s.texts.put("T", text);
        String out = DiagnosticPrinter.format(s.analyze("T").diagnostics().firstError(), text);
        assertEquals("""
                *** Semantic error *** line 3, col 9 to line 3, col 13 of module T
                Unknown operator: `cuont'.
                    3 | Init == cuont = 0
                      |         ^^^^^
                hint: did you mean 'count'?
                """, out);
    }

    @Test
    void libraryNameWithoutItsModuleGetsAHint() {
        SemanticDiagnostic d = Specs.firstError("VARIABLE s\nL == Len(s)");
        assertEquals("Unknown operator: `Len'.", d.message());
        at(d, 3, 6, 3, 8);
        assertTrue(d.hint().contains("Sequences"), d.hint());
    }

    @Test
    void useBeforeDefinitionGetsAHint() {
        SemanticDiagnostic d = Specs.firstError("Next == Step\nStep == TRUE");
        assertEquals("Unknown operator: `Step'.", d.message());
        assertTrue(d.hint().contains("defined later, at line 3"), d.hint());
    }

    @Test
    void redefiningALibraryOperatorGetsAHint() {
        SemanticDiagnostic d = Specs.firstError("EXTENDS Sequences\nLen(s) == 0");
        assertEquals("Operator Len already defined or declared.", d.message());
        assertTrue(d.hint().contains("Sequences"), d.hint());
    }

    @Test
    void undefinedInfixSymbolIsReportedOnTheSymbol() {
        SemanticDiagnostic d = Specs.firstError("X == {1} + {2}");
        assertEquals("SUSPECTED_UNREACHABLE_CHECK", d.code());
        assertEquals("Could not find declaration or definition of symbol '+'.", d.message());
        at(d, 2, 10, 2, 10);
        assertNotNull(d.hint());
    }

    @Test
    void wrongNumberOfArguments() {
        SemanticDiagnostic d = Specs.firstError("EXTENDS Naturals\nMax(a, b) == IF a > b THEN a ELSE b\n"
                + "X == Max(1, 2, 3)");
        assertEquals("OPERATOR_GIVEN_INCORRECT_NUMBER_OF_ARGUMENTS", d.code());
        assertEquals("The operator Max requires 2 arguments.", d.message());
        at(d, 4, 9, 4, 17);
    }

    @Test
    void operatorUsedWithoutItsArguments() {
        SemanticDiagnostic d = Specs.firstError("F(a) == a\nX == F");
        assertEquals("The operator F requires 1 arguments.", d.message());
    }

    @Test
    void higherOrderArgumentMustHaveTheRightArity() {
        SemanticResult ok = Specs.single("Apply(Op(_, _), a) == Op(a, a)\nPair(x, y) == <<x, y>>\n"
                + "X == Apply(Pair, 1) \\/ Apply(LAMBDA u, v : u, 2)");
        assertTrue(ok.ok(), () -> ok.diagnostics().all().toString());
        SemanticDiagnostic d = Specs.firstError("Apply(Op(_, _), a) == Op(a, a)\nOne(x) == x\nX == Apply(One, 1)");
        assertEquals("Argument number 1 to operator 'Apply' should be a 2-parameter operator.", d.message());
    }

    @Test
    void duplicateDefinition() {
        SemanticDiagnostic d = Specs.firstError("A == 1\nB == 2\nA == 1");
        assertEquals("SYMBOL_REDEFINED", d.code());
        assertEquals("Operator A already defined or declared.", d.message());
        at(d, 4, 1, 4, 6);
    }

    @Test
    void boundVariableShadowingADefinition() {
        SemanticDiagnostic d = Specs.firstError("x == 1\nY == \\E x \\in {1} : x = 1");
        assertEquals("SYMBOL_REDEFINED", d.code());
        assertTrue(d.message().startsWith("Multiply-defined symbol 'x'"), d.message());
        at(d, 3, 9, 3, 9);
    }

    @Test
    void doublePrime() {
        SemanticDiagnostic d = Specs.firstError("VARIABLE x\nA == x'' = 1");
        assertEquals("OPERATOR_LEVEL_CONSTRAINTS_EXCEEDED", d.code());
        assertTrue(d.message().startsWith("Level error in applying operator ':"), d.message());
        at(d, 3, 6, 3, 8);
    }

    @Test
    void primingAnActionDefinition() {
        SemanticDiagnostic d = Specs.firstError("VARIABLE x\nA == x' = x\nB == A'");
        assertEquals("OPERATOR_LEVEL_CONSTRAINTS_EXCEEDED", d.code());
    }

    @Test
    void alwaysOfAnAction() {
        SemanticDiagnostic d = Specs.firstError("VARIABLE x\nNext == x' = x\nSpec == [](x' = x)");
        assertEquals("ALWAYS_PROPERTY_SENSITIVE_TO_STUTTERING", d.code());
        assertEquals("[] followed by action not of form [A]_v.", d.message());
        at(d, 4, 9, 4, 18);
        assertTrue(Specs.single("VARIABLE x\nNext == x' = x\nSpec == x = 0 /\\ [][Next]_x /\\ WF_x(Next)").ok());
    }

    @Test
    void levelParametersFollowTheirUse() {
        SemanticResult ok = Specs.single("VARIABLE x\nEn(A) == ENABLED A\nLive == []En(x' = x)");
        assertTrue(ok.ok(), () -> ok.diagnostics().all().toString());
        assertEquals(Level.STATE, ok.module().lookup("En").level());
        SemanticDiagnostic d = Specs.firstError("VARIABLE x\nId(a) == a\nLive == []Id(x' = x)");
        assertEquals("ALWAYS_PROPERTY_SENSITIVE_TO_STUTTERING", d.code());
    }

    @Test
    void builtInOperatorsCapTheirArgumentLevels() {
        SemanticDiagnostic inSet = Specs.firstError("VARIABLE x\nT == []<>(x = 0)\nS == {T}");
        assertEquals("OPERATOR_LEVEL_CONSTRAINTS_EXCEEDED", inSet.code());
        assertTrue(inSet.message().startsWith("Level error in applying operator $SetEnumerate:"), inSet.message());
        SemanticDiagnostic fair = Specs.firstError("VARIABLE x\nA == x' = x\nF == WF_(x')(A)");
        assertTrue(fair.message().contains("The level of argument 1 exceeds"), fair.message());
        SemanticResult actionsInSets = Specs.single("VARIABLE x\nS == {x'} = {x}\nU == UNCHANGED <<x>>");
        assertTrue(actionsInSets.ok(), () -> actionsInSets.diagnostics().all().toString());
        assertEquals(Level.ACTION, actionsInSets.module().lookup("S").level());
    }

    @Test
    void definedOperatorsLimitTheirArguments() {
        SemanticDiagnostic d = Specs.firstError("VARIABLE x\nStep(p) == p' = p\nBad == Step(x')");
        assertEquals("OPERATOR_LEVEL_CONSTRAINTS_EXCEEDED", d.code());
        assertTrue(d.message().startsWith("Level error in applying operator Step:"), d.message());
        at(d, 4, 8, 4, 15);
        // Under ENABLED the argument's level does not matter, even when the whole is primed.
        SemanticResult ok = Specs.single("VARIABLE x\nEn(A) == (ENABLED A)'\nFine == En(x' = 1)");
        assertTrue(ok.ok(), () -> ok.diagnostics().all().toString());
    }

    @Test
    void recursiveDefinitionMustMatchItsDeclaration() {
        SemanticDiagnostic d = Specs.firstError("RECURSIVE F(_)\nF(a, b) == F(a)");
        assertEquals("RECURSIVE_ARITY_MISMATCH", d.code());
    }

    @Test
    void actionAndTemporalFormulaInOneConnective() {
        SemanticDiagnostic d = Specs.firstError("VARIABLE x\nA == x' = x\nT == []<>(x = 0)\nBad == A => T");
        assertEquals("LOGICAL_OPERATOR_WITH_MIXED_ACTION_TEMPORAL_PARAMETERS", d.code());
        assertEquals("=> has both temporal formula and action as arguments.", d.message());
    }

    @Test
    void atOutsideExcept() {
        SemanticDiagnostic d = Specs.firstError("X == {@}");
        assertEquals("AT_OUTSIDE_EXCEPT", d.code());
        assertTrue(Specs.single("EXTENDS Naturals\nf == [i \\in {1} |-> 0]\nX == [f EXCEPT ![1] = @ + 1]").ok());
    }

    @Test
    void missingInstanceSubstitution() {
        Specs s = new Specs().module("Inner", "CONSTANT Limit\nOk == Limit")
                .module("Outer", "INSTANCE Inner");
        SemanticDiagnostic d = s.analyze("Outer").diagnostics().firstError();
        assertEquals("INSTANCE_SUBSTITUTION_MISSING_SYMBOL", d.code());
        assertTrue(d.message().startsWith("Substitution missing for symbol Limit declared at line 2, col 10"),
                d.message());
    }

    @Test
    void missingModuleNamesTheChain() {
        Specs s = new Specs().module("A", "EXTENDS B").module("B", "EXTENDS Nowhere");
        SemanticResult r = s.analyze("A");
        SemanticDiagnostic d = r.diagnostics().firstError();
        assertEquals("MODULE_NOT_FOUND", d.code());
        assertTrue(d.message().contains("Nowhere") && d.message().contains("A -> B"), d.message());
        assertEquals("semantic", r.phase());
    }

    @Test
    void misspelledStandardModuleGetsAHint() {
        SemanticDiagnostic d = Specs.firstError("EXTENDS Sequence");
        assertEquals("MODULE_NOT_FOUND", d.code());
        assertEquals("did you mean the standard module Sequences?", d.hint());
    }

    @Test
    void moduleNameMustMatchTheFileName() {
        Specs s = new Specs();
        s.texts.put("Raft", "---- MODULE raft ----\nX == 1\n====\n");
        SemanticResult r = s.analyze("Raft");
        assertEquals("syntax", r.phase());
        assertEquals("MODULE_NAME_MISMATCH", r.diagnostics().firstError().code());
    }

    @Test
    void cyclicExtendsIsAnError() {
        Specs s = new Specs().module("A", "EXTENDS B").module("B", "EXTENDS A");
        SemanticDiagnostic d = s.analyze("A").diagnostics().firstError();
        assertEquals("MODULE_DEPENDENCY_CYCLE", d.code());
        assertTrue(d.message().contains("A -> B -> A"), d.message());
    }

    @Test
    void syntaxErrorsComeFirstAndStopTheAnalysis() {
        Specs s = new Specs().module("A", "EXTENDS B\nX == Unknown").module("B", "Y == (1");
        SemanticResult r = s.analyze("A");
        assertEquals("syntax", r.phase());
        assertTrue(r.diagnostics().all().stream().allMatch(d -> d.phase() == SemanticDiagnostic.Phase.SYNTAX));
    }

    @Test
    void proofsSeeTheirDeclarations() {
        SemanticResult r = Specs.single("""
                EXTENDS Naturals
                THEOREM T1 == ASSUME NEW n \\in Nat PROVE n + 0 = n
                <1>1. PICK m \\in Nat : m = n
                  OBVIOUS
                <1>2. m = n
                  BY <1>1
                <1> QED BY <1>2, T1 DEF +""");
        assertTrue(r.ok(), () -> r.diagnostics().all().toString());
        SemanticDiagnostic d = Specs.firstError("""
                THEOREM TRUE
                <1>1. TRUE BY Missing
                <1> QED""");
        assertEquals("Unknown operator: `Missing'.", d.message());
    }
}
