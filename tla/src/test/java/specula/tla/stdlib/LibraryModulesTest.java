package specula.tla.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import specula.tla.stdlib.StandardLibrary.LibraryModule;
import specula.tla.stdlib.StandardLibrary.LibraryOperator;
import specula.tla.stdlib.TlaText.Definition;

/**
 * Each module text agrees with its catalog entry, and the library obeys the SANY rules a parser
 * will enforce on it (no redefinition of an imported name, imports resolvable, no EXTENDS cycle).
 */
class LibraryModulesTest {

    private final StandardLibrary library = new StandardLibrary();

    @TestFactory
    Stream<DynamicTest> eachModuleTextMatchesItsCatalogEntry() {
        return library.moduleNames().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            LibraryModule entry = library.module(name).orElseThrow();
            String raw = library.moduleText(name).orElseThrow(() -> new AssertionError("no resource " + name));
            assertEquals(name, TlaText.moduleName(raw), "module header of " + name + ".tla");
            assertTrue(raw.stripTrailing().matches("(?s).*\\n={4,}$"), name + " must end with a ==== line");

            String text = TlaText.stripCommentsAndStrings(raw);
            assertEquals(entry.extendsModules(), TlaText.extendsModules(text), "EXTENDS of " + name);
            assertEquals(entry.instancedModules(), TlaText.unnamedInstances(text),
                    "non-LOCAL unnamed INSTANCEs of " + name);

            Set<String> declared = new TreeSet<>();
            entry.declarations().forEach(d -> declared.add(d.name()));
            assertEquals(declared, new TreeSet<>(TlaText.declaredNames(text)), "CONSTANTs/VARIABLEs of " + name);

            List<Definition> defs = TlaText.topLevelDefinitions(text);
            Set<String> exportedOps = new TreeSet<>();
            Set<String> theorems = new TreeSet<>();
            for (Definition d : defs) {
                if (d.theorem()) {
                    theorems.add(d.name());
                } else if (!d.local()) {
                    exportedOps.add(d.name());
                    LibraryOperator op = entry.operator(d.name())
                            .orElseThrow(() -> new AssertionError(name + " defines " + d.name()
                                    + " but the catalog does not list it"));
                    assertEquals(op.fixity(), d.fixity(), "fixity of " + name + "!" + d.name());
                    assertEquals(op.parameterArities(), d.parameterArities(),
                            "parameters of " + name + "!" + d.name());
                }
            }
            Set<String> catalogued = new TreeSet<>();
            entry.operators().forEach(op -> catalogued.add(op.name()));
            assertEquals(catalogued, exportedOps, "operators defined in " + name + ".tla");
            assertEquals(new TreeSet<>(entry.theorems()), theorems, "theorems of " + name);
        }));
    }

    @Test
    void everyImportOfALibraryModuleResolvesInsideTheLibrary() {
        List<String> problems = new ArrayList<>();
        for (String name : library.moduleNames()) {
            String text = TlaText.stripCommentsAndStrings(library.moduleText(name).orElseThrow());
            Set<String> imports = new LinkedHashSet<>(TlaText.extendsModules(text));
            imports.addAll(TlaText.instancedModules(text));
            for (String imported : imports) {
                if (!library.contains(imported)) {
                    problems.add(name + " imports unknown module " + imported);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noModuleReachesItselfThroughExtendsOrInstance() {
        Map<String, Set<String>> edges = new HashMap<>();
        for (String name : library.moduleNames()) {
            String text = TlaText.stripCommentsAndStrings(library.moduleText(name).orElseThrow());
            Set<String> targets = new HashSet<>(TlaText.extendsModules(text));
            targets.addAll(TlaText.instancedModules(text));
            edges.put(name, targets);
        }
        for (String start : library.moduleNames()) {
            Set<String> seen = new HashSet<>();
            List<String> todo = new ArrayList<>(edges.get(start));
            while (!todo.isEmpty()) {
                String next = todo.remove(todo.size() - 1);
                if (next.equals(start)) {
                    fail(start + " imports itself (directly or transitively)");
                }
                if (seen.add(next)) {
                    todo.addAll(edges.getOrDefault(next, Set.of()));
                }
            }
        }
    }

    /**
     * SANY rejects a module that defines a name it also imports through EXTENDS, and a module that
     * imports one name from two different modules. Both would make the library unusable.
     */
    @Test
    void noNameIsDefinedTwiceInAnyModulesScope() {
        List<String> clashes = new ArrayList<>();
        for (String name : library.moduleNames()) {
            Map<String, String> origin = new HashMap<>();
            for (String m : library.exportClosure(name)) {
                LibraryModule module = library.module(m).orElseThrow();
                List<String> names = new ArrayList<>(module.theorems());
                module.operators().forEach(op -> names.add(op.name()));
                module.declarations().forEach(d -> names.add(d.name()));
                for (String n : names) {
                    String previous = origin.putIfAbsent(n, m);
                    if (previous != null && !previous.equals(m)) {
                        clashes.add(name + ": " + n + " from both " + previous + " and " + m);
                    }
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    /**
     * Inside a module, its own definitions (LOCAL ones included) and the parameters of its
     * operators must not reuse a name brought into scope by EXTENDS or (LOCAL) INSTANCE, nor may a
     * parameter reuse one of the module's own definitions: SANY reports multiply-defined symbols.
     */
    @Test
    void noDefinitionOrParameterShadowsANameInScope() {
        List<String> clashes = new ArrayList<>();
        for (String name : library.moduleNames()) {
            String text = TlaText.stripCommentsAndStrings(library.moduleText(name).orElseThrow());
            Set<String> imported = new HashSet<>();
            List<String> sources = new ArrayList<>(TlaText.extendsModules(text));
            sources.addAll(TlaText.unnamedInstances(text));
            sources.addAll(TlaText.localInstances(text));
            for (String source : sources) {
                imported.addAll(library.exportedNames(source));
            }
            Set<String> own = new HashSet<>(TlaText.declaredNames(text));
            for (Definition d : TlaText.topLevelDefinitions(text)) {
                if (imported.contains(d.name())) {
                    clashes.add(name + " defines " + d.name() + ", which it also imports");
                }
                own.add(d.name());
            }
            for (String bound : TlaText.boundNames(text)) {
                if (imported.contains(bound) || own.contains(bound)) {
                    clashes.add(name + " binds " + bound + " (bound variable, LET or NEW), already defined");
                }
            }
            TlaText.topLevelParameters(text).forEach((op, params) -> {
                for (String param : params) {
                    if (imported.contains(param) || own.contains(param)) {
                        clashes.add(name + "!" + op + " has a parameter named " + param + ", already defined");
                    }
                }
            });
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void recursiveOperatorsAreDeclaredBeforeTheirDefinition() {
        List<String> problems = new ArrayList<>();
        for (String name : library.moduleNames()) {
            String text = TlaText.stripCommentsAndStrings(library.moduleText(name).orElseThrow());
            var declared = java.util.regex.Pattern.compile("(?m)^RECURSIVE\\s+(\\w+)\\(").matcher(text);
            while (declared.find()) {
                String op = declared.group(1);
                int definition = indexOfDefinition(text, op);
                if (definition < declared.start()) {
                    problems.add(name + ": RECURSIVE " + op + " is not followed by its definition");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** TLA+ requires a name to be defined before it is used, unless it was declared RECURSIVE. */
    @Test
    void everyOwnNameIsDefinedBeforeItIsUsed() {
        var identifier = java.util.regex.Pattern.compile("(?<![\\w.!\\\\])([A-Za-z_]\\w*)(?!\\s*\\|->)");
        List<String> problems = new ArrayList<>();
        for (String name : library.moduleNames()) {
            String text = TlaText.stripCommentsAndStrings(library.moduleText(name).orElseThrow());
            String[] lines = text.split("\n");
            Map<String, Integer> definedAt = new HashMap<>();
            for (int i = 0; i < lines.length; i++) {
                for (Definition d : TlaText.topLevelDefinitions(lines[i])) {
                    definedAt.putIfAbsent(d.name(), i);
                }
            }
            Set<String> recursive = new HashSet<>();
            var rec = java.util.regex.Pattern.compile("(?m)^RECURSIVE\\s+(\\w+)").matcher(text);
            while (rec.find()) {
                recursive.add(rec.group(1));
            }
            for (int i = 0; i < lines.length; i++) {
                if (TlaText.moduleName(lines[i]) != null) {
                    continue; // the header names the module, which may share an operator's name
                }
                var m = identifier.matcher(lines[i]);
                while (m.find()) {
                    Integer at = definedAt.get(m.group(1));
                    if (at != null && at > i && !recursive.contains(m.group(1))) {
                        problems.add(name + " line " + (i + 1) + " uses " + m.group(1) + " before line " + (at + 1));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static int indexOfDefinition(String text, String op) {
        var m = java.util.regex.Pattern.compile("(?m)^(?:LOCAL\\s+)?" + op + "\\s*\\(").matcher(text);
        return m.find() ? m.start() : -1;
    }

    @Test
    void everyNativeOperatorOfTheCoreModulesIsMarked() {
        for (String core : List.of("Naturals", "Integers", "Reals", "Sequences", "FiniteSets", "Bags",
                "TLC", "TLCExt", "Json", "IOUtils", "Randomization")) {
            for (LibraryOperator op : library.module(core).orElseThrow().operators()) {
                assertTrue(op.nativeImpl(), core + "!" + op.name() + " must be marked native (Y)");
            }
        }
    }
}
