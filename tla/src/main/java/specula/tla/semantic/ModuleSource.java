package specula.tla.semantic;

import specula.tla.stdlib.StandardLibrary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where module texts come from: the workspace, a folder, library paths, the built-in library, or a chain of them. */
@FunctionalInterface
public interface ModuleSource {

    /** A module text and where it was found ({@code origin} is a path, "workspace" or "builtin"). */
    record SourceText(String name, String text, String origin, boolean builtin) {
    }

    Optional<SourceText> find(String moduleName);

    /** Texts held in memory (the session workspace); the map is read at each lookup, so edits are seen. */
    static ModuleSource workspace(Map<String, String> texts) {
        return name -> Optional.ofNullable(texts.get(name)).map(t -> new SourceText(name, t, "workspace", false));
    }

    /** Texts by module name from any lookup (a test, a scratch module in front of another source). */
    static ModuleSource of(java.util.function.Function<String, Optional<String>> lookup) {
        return name -> lookup.apply(name).map(t -> new SourceText(name, t, "workspace", false));
    }

    /** {@code <dir>/<Name>.tla}. */
    static ModuleSource folder(Path dir) {
        return name -> {
            Path p = dir.resolve(name + ".tla");
            if (!Files.isRegularFile(p)) {
                return Optional.empty();
            }
            try {
                return Optional.of(new SourceText(name, Files.readString(p, StandardCharsets.UTF_8), p.toString(),
                        false));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** The built-in modules shipped as resources. */
    static ModuleSource library(StandardLibrary lib) {
        return name -> lib.moduleText(name).map(t -> new SourceText(name, t, "builtin", true));
    }

    /** The first source that knows the name wins: SANY's order is workspace, module folder, library paths, built-ins. */
    static ModuleSource chain(List<ModuleSource> sources) {
        List<ModuleSource> copy = List.copyOf(sources);
        return name -> {
            for (ModuleSource s : copy) {
                Optional<SourceText> t = s.find(name);
                if (t.isPresent()) {
                    return t;
                }
            }
            return Optional.empty();
        };
    }
}
