package specula.commands.check;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root: {@code specula.root} when surefire sets it, else the folder holding DEVELOPERS.md. */
final class TestRoot {
    private TestRoot() {
    }

    static Path find() {
        String prop = System.getProperty("specula.root");
        if (prop != null && !prop.isBlank()) return Path.of(prop).toAbsolutePath();
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("DEVELOPERS.md"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("no DEVELOPERS.md above " + Path.of("").toAbsolutePath());
        return p;
    }
}
