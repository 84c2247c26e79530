package specula.commands.llm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The repository root for the commands module: the engine's lookup ({@link specula.tla.conformance.ProjectRoot}),
 * but a missing root is an error here, because templates cannot be found without it.
 */
public final class ProjectRoot {
    private ProjectRoot() {
    }

    public static Path find() {
        return specula.tla.conformance.ProjectRoot.root().orElseThrow(() -> new IllegalStateException(
                "cannot find the project root (no DEVELOPERS.md above " + Path.of("").toAbsolutePath()
                        + "); set -Dspecula.root"));
    }

    /** {@code ../shared} beside the clone, when present. */
    public static Optional<Path> shared() {
        Path s = find().resolve("../shared").normalize();
        return Files.isDirectory(s) ? Optional.of(s) : Optional.empty();
    }
}
