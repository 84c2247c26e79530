package specula.commands.cfa;

import org.junit.jupiter.api.Assumptions;

import specula.tla.syntax.ParseResult;
import specula.tla.syntax.TlaParser;
import specula.tla.syntax.ast.Module;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code ../shared} beside the repository root; tests that need it are skipped when it is absent. */
final class Seeds {
    private Seeds() {
    }

    static Path root() {
        String prop = System.getProperty("specula.root");
        if (prop != null && !prop.isBlank()) return Path.of(prop).toAbsolutePath();
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("DEVELOPERS.md"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("no DEVELOPERS.md above " + Path.of("").toAbsolutePath());
        return p;
    }

    static Path shared(String relative) {
        Path p = root().resolveSibling("shared").resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "shared material absent, skipped: " + p);
        return p;
    }

    static Module parse(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file));
    }

    static Module parse(String name, String text) {
        ParseResult r = new TlaParser().parse(name, text);
        if (!r.ok()) throw new AssertionError("parse errors in " + name + ": " + r.diagnostics() + "\n" + text);
        return r.module();
    }
}
