package specula.tla.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the repository root and the shared corpus beside it. */
public final class ProjectRoot {
    private ProjectRoot() {
    }

    /** System property {@code specula.root}, else the nearest ancestor of the working directory with DEVELOPERS.md. */
    public static Optional<Path> root() {
        String prop = System.getProperty("specula.root");
        if (prop != null && !prop.isBlank()) {
            return Optional.of(Path.of(prop).toAbsolutePath().normalize());
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            if (Files.exists(p.resolve("DEVELOPERS.md"))) {
                return Optional.of(p);
            }
            p = p.getParent();
        }
        return Optional.empty();
    }

    /** {@code ../shared/corpus} relative to the root, when it exists. */
    public static Optional<Path> corpus() {
        return root().map(r -> r.resolve("../shared/corpus").normalize()).filter(Files::isDirectory);
    }
}
