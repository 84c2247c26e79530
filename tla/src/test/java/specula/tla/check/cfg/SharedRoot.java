package specula.tla.check.cfg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the repository root (system property specula.root, else the folder holding DEVELOPERS.md) and ../shared. */
public final class SharedRoot {
  private SharedRoot() {
  }

  public static Optional<Path> shared() {
    String prop = System.getProperty("specula.root");
    Path root = prop != null ? Path.of(prop) : null;
    if (root == null) {
      Path dir = Path.of("").toAbsolutePath();
      while (dir != null && !Files.exists(dir.resolve("DEVELOPERS.md"))) {
        dir = dir.getParent();
      }
      root = dir;
    }
    if (root == null) {
      return Optional.empty();
    }
    Path shared = root.toAbsolutePath().normalize().resolveSibling("shared");
    return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
  }
}
