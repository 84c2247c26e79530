package specula.commands.fix;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import specula.commands.llm.ProjectRoot;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Retrieval quality on a labelled set of diagnostics: top-1 and top-3 accuracy of {@link KnowledgeBase#search}.
 * Usage: {@code RetrievalBenchmark [LABELS.yaml] [KNOWLEDGE_DIR] [--no-embeddings]}.
 */
public final class RetrievalBenchmark {

    public record Case(String message, String expected) {
    }

    public record Outcome(Case c, List<KnowledgeBase.Hit> top) {
        public boolean top1() {
            return !top.isEmpty() && top.get(0).entry().id().equals(c.expected());
        }

        public boolean top3() {
            return top.stream().limit(3).anyMatch(h -> h.entry().id().equals(c.expected()));
        }
    }

    public record Result(List<Outcome> outcomes, long millis) {
        public double top1() {
            return outcomes.stream().filter(Outcome::top1).count() / (double) outcomes.size();
        }

        public double top3() {
            return outcomes.stream().filter(Outcome::top3).count() / (double) outcomes.size();
        }
    }

    public static List<Case> readCases(Path file) {
        try {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(file, StandardCharsets.UTF_8));
            List<Case> out = new ArrayList<>();
            for (Object o : (List<?>) root) {
                Map<?, ?> m = (Map<?, ?>) o;
                out.add(new Case(String.valueOf(m.get("message")), String.valueOf(m.get("expected"))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static Result run(KnowledgeBase kb, List<Case> cases) {
        long start = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>();
        for (Case c : cases) {
            outcomes.add(new Outcome(c, kb.search(c.message(), 3)));
        }
        return new Result(outcomes, (System.nanoTime() - start) / 1_000_000);
    }

    public static void print(Result r, PrintStream out) {
        for (Outcome o : r.outcomes()) {
            String got = o.top().isEmpty() ? "-" : o.top().get(0).entry().id();
            out.printf("%s %-22s got %-22s %s%n", o.top1() ? "ok  " : (o.top3() ? "top3" : "MISS"),
                    o.c().expected(), got, o.top().isEmpty() ? "" : o.top().get(0).why());
        }
        out.printf("cases %d  top-1 %.1f%%  top-3 %.1f%%  search time %d ms (%.1f ms/query)%n",
                r.outcomes().size(), 100 * r.top1(), 100 * r.top3(), r.millis(),
                r.millis() / (double) r.outcomes().size());
    }

    public static void main(String[] args) {
        Path root = ProjectRoot.find();
        List<String> positional = new ArrayList<>();
        boolean embeddings = true;
        for (String a : args) {
            if (a.equals("--no-embeddings")) {
                embeddings = false;
            } else {
                positional.add(a);
            }
        }
        Path labels = positional.size() > 0 ? Path.of(positional.get(0))
                : root.resolve("commands/src/test/resources/llm/retrieval-benchmark.yaml");
        Path kbDir = positional.size() > 1 ? Path.of(positional.get(1)) : root.resolve("templates/knowledge");
        long load = System.nanoTime();
        KnowledgeBase kb = new KnowledgeBase(new KnowledgeLoader().load(kbDir),
                embeddings ? new MiniLmEmbedder() : null);
        kb.search("warm-up", 1); // loads the embedding model and embeds the entries
        long loadMs = (System.nanoTime() - load) / 1_000_000;
        Result r = run(kb, readCases(labels));
        System.out.printf("knowledge entries %d, model load + indexing %d ms%n", kb.entries().size(), loadMs);
        print(r, System.out);
    }
}
