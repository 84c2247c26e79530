package specula.tla.stdlib;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared beside the repository root, as DEVELOPERS.md prescribes for tests. */
final class SharedPaths {

    private SharedPaths() {
    }

    /** The shared folder, or null when the repository root cannot be found. */
    static Path sharedDir() {
        Path root = repositoryRoot();
        return root == null ? null : root.resolveSibling("shared");
    }

    /** System property specula.root if set, else the nearest ancestor holding DEVELOPERS.md. */
    static Path repositoryRoot() {
        String configured = System.getProperty("specula.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("DEVELOPERS.md"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
