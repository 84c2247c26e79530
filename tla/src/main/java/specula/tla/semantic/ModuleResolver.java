package specula.tla.semantic;

import specula.tla.stdlib.StandardLibrary;
import specula.tla.syntax.ast.Module;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lookup of one load, shared by the front end and the evaluator's loader so both see the same modules: first
 * the modules written after the end of the first module of a file already read (SANY registers every module of a
 * file it parses), then the sources in order (the user's, which win over a built-in of the same name), then the
 * built-ins. One instance per load: which trailing modules are known depends on the files read so far.
 */
public final class ModuleResolver {
    private final ModuleSource sources;
    private final Map<String, ModuleSource.SourceText> sameFile = new HashMap<>();

    /** {@code sources} must already end with the built-in library (see {@link #withLibrary}). */
    public ModuleResolver(ModuleSource sources) {
        this.sources = sources;
    }

    /** The user's {@code source} first, then the built-ins of {@code library}. */
    public static ModuleResolver of(ModuleSource source, StandardLibrary library) {
        return new ModuleResolver(withLibrary(source, library));
    }

    public static ModuleSource withLibrary(ModuleSource source, StandardLibrary library) {
        return ModuleSource.chain(java.util.List.of(source, ModuleSource.library(library)));
    }

    public Optional<ModuleSource.SourceText> find(String name) {
        ModuleSource.SourceText t = sameFile.get(name);
        return t != null ? Optional.of(t) : sources.find(name);
    }

    /**
     * Records the modules that follow {@code first} (the module the parser read) in {@code file}; the first text
     * found for a name is kept.
     */
    public void read(ModuleSource.SourceText file, Module first) {
        if (first != null) {
            TrailingModules.find(file, first.range().endLine()).forEach(t -> sameFile.putIfAbsent(t.name(), t));
        }
    }
}
