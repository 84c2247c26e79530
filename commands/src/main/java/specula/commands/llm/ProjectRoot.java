package specula.commands.llm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the repository root (the folder holding {@code DEVELOPERS.md}): system property {@code specula.root} if
 * set, else the nearest ancestor of the working directory. Templates and {@code ../shared} are resolved from it.
 */
public final class ProjectRoot {
    private ProjectRoot() {
    }

    public static Path find() {
        String prop = System.getProperty("specula.root");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("DEVELOPERS.md"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the project root (no DEVELOPERS.md above "
                + Path.of("").toAbsolutePath() + "); set -Dspecula.root");
    }

    /** {@code ../shared} beside the clone, when present. */
    public static Optional<Path> shared() {
        Path s = find().resolve("../shared").normalize();
        return Files.isDirectory(s) ? Optional.of(s) : Optional.empty();
    }
}
