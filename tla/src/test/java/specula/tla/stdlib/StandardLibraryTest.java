package specula.tla.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import specula.tla.stdlib.StandardLibrary.Fixity;
import specula.tla.stdlib.StandardLibrary.LibraryModule;
import specula.tla.stdlib.StandardLibrary.LibraryOperator;
import specula.tla.stdlib.StandardLibrary.Origin;

/** The loader's API and the catalog parser. */
class StandardLibraryTest {

    private final StandardLibrary library = new StandardLibrary();

    @Test
    void providesEveryModuleTheBriefRequires() {
        List<String> required = List.of(
                "Naturals", "Integers", "Reals", "Sequences", "FiniteSets", "Bags", "TLC", "TLCExt",
                "RealTime", "Randomization", "Toolbox",
                "SequencesExt", "FiniteSetsExt", "Functions", "Folds", "Relation", "Graphs",
                "UndirectedGraphs", "Json", "IOUtils", "Bitwise", "CSV", "DyadicRationals",
                "Combinatorics", "ShiViz", "BagsExt", "SVG", "Statistics", "VectorClocks",
                "TLAPS", "NaturalsInduction", "FiniteSetTheorems", "SequenceTheorems",
                "SequencesExtTheorems", "WellFoundedInduction", "FunctionTheorems",
                "Apalache", "Variants", "Option");
        for (String name : required) {
            assertTrue(library.contains(name), "library lacks " + name);
            assertTrue(library.moduleText(name).isPresent(), "no text for " + name);
        }
    }

    @Test
    void moduleTextIsTheResourceOfThatName() {
        String text = library.moduleText("Sequences").orElseThrow();
        assertEquals("Sequences", TlaText.moduleName(text));
        assertTrue(text.contains("SelectSeq(s, Test(_)) =="));
    }

    @Test
    void unknownModulesHaveNoText() {
        assertTrue(library.moduleText("NoSuchModule").isEmpty());
        assertTrue(library.module("NoSuchModule").isEmpty());
        assertFalse(library.contains("catalog"));
    }

    @Test
    void catalogRecordsHigherOrderParametersAndFixity() {
        LibraryOperator selectSeq = library.module("Sequences").orElseThrow().operator("SelectSeq").orElseThrow();
        assertEquals(List.of(0, 1), selectSeq.parameterArities());
        assertTrue(selectSeq.isHigherOrder());
        assertTrue(selectSeq.nativeImpl());

        LibraryOperator concat = library.module("Sequences").orElseThrow().operator("\\o").orElseThrow();
        assertEquals(Fixity.INFIX, concat.fixity());
        assertEquals(2, concat.arity());

        LibraryOperator minus = library.module("Integers").orElseThrow().operator("-.").orElseThrow();
        assertEquals(Fixity.PREFIX, minus.fixity());

        LibraryOperator fold = library.module("Folds").orElseThrow().operator("MapThenFoldSet").orElseThrow();
        assertEquals(List.of(2, 0, 1, 1, 0), fold.parameterArities());

        assertEquals(Origin.TLAPS, library.module("TLAPS").orElseThrow().origin());
        assertTrue(library.module("NaturalsInduction").orElseThrow().theorems().contains("NatInduction"));
    }

    @Test
    void exportClosureFollowsExtendsButNotLocalInstances() {
        Set<String> closure = library.exportClosure("SequencesExt");
        assertTrue(closure.containsAll(List.of("SequencesExt", "Sequences", "FiniteSetsExt", "Folds",
                "Functions", "TLC", "Integers", "Naturals")));
        // Graphs only LOCAL INSTANCEs its helpers: nothing of theirs leaks out.
        assertEquals(Set.of("Graphs"), library.exportClosure("Graphs"));
        assertTrue(library.exportedNames("SequencesExt").contains("Max"));
        assertFalse(library.exportedNames("Graphs").contains("Len"));
        // A declared VARIABLE is visible to importers like an operator.
        assertTrue(library.exportedNames("RealTime").contains("now"));
        // ShiViz re-exports Toolbox through a non-LOCAL INSTANCE.
        assertTrue(library.exportedNames("ShiViz").contains("_TETrace"));
    }

    @Test
    void parsesAMinimalCatalog() {
        List<LibraryModule> modules = StandardLibrary.parseCatalog("""
                # comment
                module A standard
                  op F fn 0,2 Y   # trailing comment
                  op ** infix 0,0 N
                  thm T1
                  var v
                  const K 0,1
                module B community extends=A instances=C
                """);
        assertEquals(2, modules.size());
        LibraryModule a = modules.get(0);
        assertEquals(List.of(new LibraryOperator("F", Fixity.FN, List.of(0, 2), true),
                new LibraryOperator("**", Fixity.INFIX, List.of(0, 0), false)), a.operators());
        assertEquals(List.of("T1"), a.theorems());
        assertEquals(List.of(new StandardLibrary.LibraryDeclaration("v", true, List.of()),
                new StandardLibrary.LibraryDeclaration("K", false, List.of(0, 1))), a.declarations());
        assertEquals(List.of("A"), modules.get(1).extendsModules());
        assertEquals(List.of("C"), modules.get(1).instancedModules());
    }

    @Test
    void catalogErrorsNameTheLine() {
        assertError("op F fn - Y", "line 1: entry before the first 'module' line");
        assertError("module A standard\n\nop F fn - maybe", "line 3: NATIVE must be Y or N");
        assertError("module A standard\nop + infix 0 Y", "line 2: infix operator + needs 2 parameter(s), got 1");
        assertError("module A nowhere", "line 1: unknown origin 'nowhere'");
        assertError("module A standard\nop F fn x Y", "line 2: bad parameter arity 'x'");
        assertError("module A standard\nthm", "line 2: 'thm' takes 1 field(s), got 0");
        assertError("module A standard frobs=1", "line 1: unknown module attribute 'frobs=1'");
        assertError("mod A", "line 1: unknown entry 'mod'");
    }

    private static void assertError(String catalog, String expectedMessagePart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StandardLibrary.parseCatalog(catalog));
        assertTrue(e.getMessage().contains(expectedMessagePart),
                "expected '" + expectedMessagePart + "' in '" + e.getMessage() + "'");
    }
}
