package specula.commands.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A source file to translate: its display name and text. */
public record SourceFile(String name, String text) {

    public static SourceFile read(Path p) {
        try {
            return new SourceFile(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read source " + p + ": " + e.getMessage(), e);
        }
    }

    public Language language() {
        return Language.of(name);
    }
}
