package specula.shell.commands;

import java.nio.file.Path;

/** The repository root (templates, examples, {@code ../shared}), found once at start-up. */
public record ProjectPaths(Path root) {
}
