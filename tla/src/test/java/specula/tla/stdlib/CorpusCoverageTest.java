package specula.tla.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The library against the shared corpus (../shared/corpus/examples and ../shared/seed): every
 * module the corpus imports from outside its folder exists, no corpus module redefines a name the
 * library makes visible to it (SANY accepts all of them, so such a clash means the library exports
 * too much), and every operator the corpus applies is either defined beside it or catalogued in a
 * library module it imports. Skipped when ../shared is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusCoverageTest {

    /**
     * Imports the corpus itself lacks (not library modules): braf's helper modules stayed in the
     * tlaplus repository the spec was copied from.
     */
    private static final Map<String, Set<String>> ABSENT_FROM_CORPUS =
            Map.of("braf", Set.of("Common", "RandomAccessFile"));

    /** Name followed by an argument list (not by a parenthesized operator such as (+) or (-)). */
    private static final Pattern APPLICATION =
            Pattern.compile("(?<![\\w!.\\\\])([A-Za-z][A-Za-z0-9_]*)\\s*\\((?![^\\w\\s(]{1,3}\\))");
    private static final Pattern QUALIFIED = Pattern.compile("\\b(\\w+)!([A-Za-z_]\\w*)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w!.\\\\])([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern ANY_DEFINITION = Pattern.compile(
            "\\b(\\w+)[ \\t]*(?:\\([^()\\n]*(?:\\([^()\\n]*\\)[^()\\n]*)*\\))?[ \\t]*(?:\\[[^\\]\\n]*\\])?\\s*==(?!=)");
    private static final Pattern OPERATOR_PARAMETER = Pattern.compile("(\\w+)\\s*\\(\\s*_");

    private final StandardLibrary library = new StandardLibrary();
    /** Modules of corpus/examples and seed (imports check). */
    private List<CorpusModule> corpus = List.of();
    /** Modules of corpus/examples only: SANY accepts every one of them (corpus README). */
    private List<CorpusModule> accepted = List.of();
    private Map<Path, Map<String, CorpusModule>> byFolder = Map.of();
    private final Map<Path, Set<String>> folderDefinitions = new HashMap<>();

    @BeforeAll
    void readCorpus() {
        Path shared = SharedPaths.sharedDir();
        boolean present = shared != null && Files.isDirectory(shared.resolve("corpus").resolve("examples"));
        if (!present) {
            System.out.println("CorpusCoverageTest: ../shared/corpus not found (specula.root="
                    + System.getProperty("specula.root") + "); corpus checks skipped");
            return;
        }
        corpus = CorpusModule.readAll(List.of(shared.resolve("corpus").resolve("examples"), shared.resolve("seed")));
        Path examples = shared.resolve("corpus").resolve("examples");
        accepted = corpus.stream().filter(m -> m.file().startsWith(examples)).toList();
        byFolder = new HashMap<>();
        for (CorpusModule m : corpus) {
            byFolder.computeIfAbsent(m.file().getParent(), k -> new HashMap<>()).put(m.name(), m);
        }
    }

    @Test
    void everyImportFromOutsideTheFolderIsALibraryModule() {
        assumeTrue(!corpus.isEmpty(), "shared corpus absent");
        List<String> missing = new ArrayList<>();
        for (CorpusModule m : corpus) {
            Set<String> unresolved = new TreeSet<>(m.unresolvedImports(library));
            unresolved.removeAll(ABSENT_FROM_CORPUS.getOrDefault(m.folderName(), Set.of()));
            if (!unresolved.isEmpty()) {
                missing.add(m.file() + " imports " + unresolved);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void libraryModulesTheCorpusUsesAreAllExercised() {
        assumeTrue(!corpus.isEmpty(), "shared corpus absent");
        Map<String, Integer> users = new TreeMap<>();
        for (CorpusModule m : corpus) {
            for (String lib : m.libraryImports(library)) {
                users.merge(lib, 1, Integer::sum);
            }
        }
        System.out.println("Library modules imported by the corpus (module=importing files): " + users);
        // The brief's list of modules the corpus is known to import from outside its folders.
        for (String expected : List.of("Apalache", "BagsExt", "Bitwise", "CSV", "DyadicRationals",
                "FiniteSetTheorems", "FiniteSetsExt", "IOUtils", "Integers", "Json", "NaturalsInduction",
                "Naturals", "Randomization", "SVG", "SequenceTheorems", "SequencesExt", "SequencesExtTheorems",
                "Sequences", "Statistics", "TLAPS", "TLC", "TLCExt", "VectorClocks", "WellFoundedInduction",
                "Reals", "FiniteSets", "Bags")) {
            assertFalse(!users.containsKey(expected), "corpus no longer imports " + expected + "?");
        }
    }

    @Test
    void noCorpusModuleRedefinesANameTheLibraryMakesVisibleToIt() {
        assumeTrue(!corpus.isEmpty(), "shared corpus absent");
        List<String> clashes = new ArrayList<>();
        for (CorpusModule m : accepted) {
            Map<String, String> visible = visibleLibraryNames(m);
            String outer = TlaText.outerModule(m.text());
            Set<String> defined = new LinkedHashSet<>(m.topLevelNames());
            defined.addAll(TlaText.declaredNames(outer));
            TlaText.topLevelParameters(outer).values().forEach(defined::addAll);
            defined.addAll(TlaText.boundNames(outer));
            for (String name : defined) {
                if (visible.containsKey(name)) {
                    clashes.add(m.file() + " defines or declares " + name + ", also imported from "
                            + visible.get(name));
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    /**
     * Every operator a corpus module applies must be defined in its folder or exported by a
     * library module it imports. Lists, per library module, the operators the corpus references.
     */
    @Test
    void everyOperatorTheCorpusAppliesIsDefinedBesideItOrCatalogued() {
        assumeTrue(!corpus.isEmpty(), "shared corpus absent");
        Map<String, Set<String>> referenced = new TreeMap<>();
        List<String> unresolved = new ArrayList<>();
        for (CorpusModule m : accepted) {
            if (ABSENT_FROM_CORPUS.containsKey(m.folderName())) {
                continue; // its definitions live in the modules the corpus lacks
            }
            Map<String, String> visible = visibleLibraryNames(m);
            Set<String> folderDefined = definedInFolder(m);
            for (String token : identifiers(m.text(), IDENTIFIER)) {
                if (visible.containsKey(token) && !folderDefined.contains(token)) {
                    referenced.computeIfAbsent(visible.get(token), k -> new TreeSet<>()).add(token);
                }
            }
            Map<String, String> instances = m.namedLibraryInstances(library);
            Matcher q = QUALIFIED.matcher(m.text());
            while (q.find()) {
                String lib = instances.get(q.group(1));
                if (lib == null) {
                    continue;
                }
                String owner = ownerOf(lib, q.group(2));
                if (owner == null) {
                    unresolved.add(m.file() + ": " + q.group(1) + "!" + q.group(2) + " is not exported by " + lib);
                } else {
                    referenced.computeIfAbsent(owner, k -> new TreeSet<>()).add(q.group(2));
                }
            }
            for (String applied : identifiers(m.text(), APPLICATION)) {
                if (TlaText.isKeyword(applied) || applied.startsWith("WF_") || applied.startsWith("SF_")
                        || folderDefined.contains(applied) || visible.containsKey(applied)) {
                    continue;
                }
                unresolved.add(m.file() + ": " + applied + "(...) is defined neither in its folder nor in "
                        + "the library modules it imports" + elsewhere(applied));
            }
        }
        StringBuilder report = new StringBuilder("Library operators the corpus references:\n");
        referenced.forEach((lib, ops) -> report.append("  ").append(lib).append(": ").append(ops).append('\n'));
        System.out.print(report);
        assertFalse(referenced.isEmpty(), "no library operator referenced at all: the scan is broken");
        assertEquals(List.of(), unresolved);
    }

    /** Library names visible in m's namespace (through EXTENDS chains and unnamed INSTANCE), with their module. */
    private Map<String, String> visibleLibraryNames(CorpusModule m) {
        Map<String, String> names = new HashMap<>();
        for (String lib : namespaceLibraryModules(m, true, new HashSet<>())) {
            for (String mod : library.exportClosure(lib)) {
                StandardLibrary.LibraryModule module = library.module(mod).orElseThrow();
                module.declarations().forEach(d -> names.putIfAbsent(d.name(), mod));
                module.operators().forEach(op -> names.putIfAbsent(op.name(), mod));
                module.theorems().forEach(t -> names.putIfAbsent(t, mod));
            }
        }
        return names;
    }

    /** Library modules whose names m sees; LOCAL INSTANCEs count only in m itself (direct). */
    private Set<String> namespaceLibraryModules(CorpusModule m, boolean direct, Set<String> visiting) {
        Set<String> result = new LinkedHashSet<>();
        if (!visiting.add(m.name())) {
            return result;
        }
        List<String> imports = new ArrayList<>(m.extendsModules());
        imports.addAll(TlaText.unnamedInstances(m.text()));
        if (direct) {
            imports.addAll(TlaText.localInstances(m.text()));
        }
        Map<String, CorpusModule> folder = byFolder.getOrDefault(m.file().getParent(), Map.of());
        for (String imported : imports) {
            CorpusModule local = folder.get(imported);
            if (local != null) {
                result.addAll(namespaceLibraryModules(local, false, visiting));
            } else if (library.contains(imported) && !m.folderModules().contains(imported)) {
                result.add(imported);
            }
        }
        return result;
    }

    /** Names defined anywhere in m's folder (top level, LET, proofs) or declared as operator parameters. */
    private Set<String> definedInFolder(CorpusModule m) {
        return folderDefinitions.computeIfAbsent(m.file().getParent(), folder -> {
            Set<String> names = new HashSet<>(m.folderModules());
            for (CorpusModule other : byFolder.getOrDefault(folder, Map.of()).values()) {
                names.addAll(identifiers(other.text(), ANY_DEFINITION));
                names.addAll(identifiers(other.text(), OPERATOR_PARAMETER));
            }
            return names;
        });
    }

    private String ownerOf(String libraryModule, String name) {
        for (String mod : library.exportClosure(libraryModule)) {
            StandardLibrary.LibraryModule module = library.module(mod).orElseThrow();
            if (module.operator(name).isPresent() || module.theorems().contains(name)) {
                return mod;
            }
        }
        return null;
    }

    /** Where else the library defines a name, to tell "missing" from "in the wrong module". */
    private String elsewhere(String name) {
        List<String> owners = new ArrayList<>();
        for (String mod : library.moduleNames()) {
            StandardLibrary.LibraryModule module = library.module(mod).orElseThrow();
            if (module.operator(name).isPresent() || module.theorems().contains(name)) {
                owners.add(mod);
            }
        }
        return owners.isEmpty() ? "" : " (the library defines it in " + owners + ")";
    }

    private static Set<String> identifiers(String text, Pattern pattern) {
        Set<String> result = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }
}
