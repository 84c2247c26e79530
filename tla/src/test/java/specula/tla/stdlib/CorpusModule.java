package specula.tla.stdlib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A module of the shared conformance corpus (or seed) as the corpus tests see it: its stripped
 * text, imports, and the names defined anywhere in its folder.
 */
record CorpusModule(Path file, String name, String text, List<String> extendsModules,
                    Set<String> instancedModules, Set<String> folderModules) {

    /** Bound on the files read, so a grown corpus cannot make the suite slow. */
    static final int MAX_FILES = 2_000;

    private static final Pattern NAMED_INSTANCE = Pattern.compile(
            "\\b(\\w+)[ \\t]*(?:\\([^()\\n]*\\))?[ \\t]*==\\s*INSTANCE\\s+(\\w+)");

    /** Reads every .tla file below the roots that exist, grouped by folder. */
    static List<CorpusModule> readAll(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".tla")).limit(MAX_FILES).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.sort(Comparator.naturalOrder());
        Map<Path, Set<String>> folderModules = new TreeMap<>();
        Map<Path, String> texts = new TreeMap<>();
        for (Path f : files) {
            String stripped = TlaText.moduleBody(TlaText.stripCommentsAndStrings(read(f)));
            texts.put(f, stripped);
            Set<String> names = folderModules.computeIfAbsent(f.getParent(), k -> new HashSet<>());
            names.add(baseName(f));
            names.addAll(TlaText.moduleHeaders(stripped));
        }
        List<CorpusModule> modules = new ArrayList<>();
        for (Path f : files) {
            String stripped = texts.get(f);
            modules.add(new CorpusModule(f, baseName(f), stripped, TlaText.extendsModules(stripped),
                    TlaText.instancedModules(stripped), Set.copyOf(folderModules.get(f.getParent()))));
        }
        return modules;
    }

    /** Library modules this module imports directly, by EXTENDS or by any INSTANCE. */
    Set<String> libraryImports(StandardLibrary library) {
        Set<String> result = new LinkedHashSet<>();
        Stream.concat(extendsModules.stream(), instancedModules.stream())
                .filter(m -> !folderModules.contains(m) && library.contains(m))
                .forEach(result::add);
        return result;
    }

    /** Imports that are neither beside this module nor in the library. */
    Set<String> unresolvedImports(StandardLibrary library) {
        return Stream.concat(extendsModules.stream(), instancedModules.stream())
                .filter(m -> !folderModules.contains(m) && !library.contains(m))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Named instances of library modules: instance name to module name (I == INSTANCE Graphs). */
    Map<String, String> namedLibraryInstances(StandardLibrary library) {
        Map<String, String> result = new TreeMap<>();
        Matcher m = NAMED_INSTANCE.matcher(text);
        while (m.find()) {
            if (library.contains(m.group(2)) && !folderModules.contains(m.group(2))) {
                result.put(m.group(1), m.group(2));
            }
        }
        return result;
    }

    /** Names defined at the top level of the outer module (column 0). */
    Set<String> topLevelNames() {
        return TlaText.topLevelDefinitions(TlaText.outerModule(text)).stream()
                .map(TlaText.Definition::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    String folderName() {
        return file.getParent().getFileName().toString();
    }

    private static String baseName(Path f) {
        String n = f.getFileName().toString();
        return n.substring(0, n.length() - ".tla".length());
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Some corpus files are Latin-1; their identifiers are ASCII either way.
            try {
                return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }
}
