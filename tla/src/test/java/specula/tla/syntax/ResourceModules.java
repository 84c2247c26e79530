package specula.tla.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Hand-written modules under src/test/resources/syntax. */
final class ResourceModules {
    private ResourceModules() {
    }

    static final List<String> NAMES = List.of("Showcase.tla");

    static String read(String name) {
        try (InputStream in = ResourceModules.class.getResourceAsStream("/syntax/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
