package specula.commands.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The prompt templates of {@code templates/prompts/} ({@code NAME.prompt}); read on use, so edits apply at once. */
public final class PromptLibrary {
    public static final String SUFFIX = ".prompt";
    private final Path dir;

    public PromptLibrary(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public List<String> names() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list prompts in " + dir, e);
        }
    }

    public PromptTemplate get(String name) {
        Path file = dir.resolve(name + SUFFIX);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no prompt named '" + name + "' in " + dir + " (have: "
                    + String.join(", ", names()) + ")");
        }
        try {
            return PromptTemplate.parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The raw file, for {@code prompts show NAME}. */
    public String source(String name) {
        get(name);
        try {
            return Files.readString(dir.resolve(name + SUFFIX), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
