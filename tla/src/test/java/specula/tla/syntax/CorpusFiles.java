package specula.tla.syntax;

import specula.tla.conformance.Corpus;
import specula.tla.conformance.ProjectRoot;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Locates ../shared/corpus for tests; tests skip (with a message) when it is absent. */
final class CorpusFiles {
    private CorpusFiles() {
    }

    static Optional<Corpus> load() {
        Optional<Path> dir = ProjectRoot.corpus();
        return dir.filter(d -> d.resolve("expected.json").toFile().exists()).map(Corpus::load);
    }

    static Corpus require() {
        Optional<Corpus> c = load();
        assumeTrue(c.isPresent(), "../shared/corpus not found beside the project root: corpus tests skipped");
        return c.get();
    }
}
