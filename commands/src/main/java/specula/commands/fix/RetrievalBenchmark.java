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

    /** @param context source lines at the reported position, {@code null} when not known */
    public record Case(String message, String context, String expected) {
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
                out.add(new Case(String.valueOf(m.get("message")), null, String.valueOf(m.get("expected"))));
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
            outcomes.add(new Outcome(c, kb.searchAll(List.of(new KnowledgeBase.Query(c.message(), c.context())), 3)));
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

    /**
     * The mutant corpus (../shared/corpus/mutants): SANY's real first error of each broken module, labelled by the
     * entry that explains its mutation kind. Kinds whose message cannot tell the mistake (a deleted random token)
     * are left out; {@code remove_extends} accepts any EXTENDS entry or the unknown-operator entry.
     */
    public static List<Case> mutantCases(Path expectedJson, boolean withContext) {
        Map<String, String> label = Map.ofEntries(Map.entry("drop_module_header", "P-MODULE-HEADER"),
                Map.entry("drop_module_end", "P-MODULE-END"), Map.entry("def_eq_to_eq", "P-DEF-SINGLE-EQ"),
                Map.entry("mapsto_to_arrow", "P-MAPSTO-ARROW"), Map.entry("stray_then", "P-STRAY-THEN"),
                Map.entry("misspell_identifier", "S-UNKNOWN-OPERATOR"),
                Map.entry("duplicate_definition", "S-MULTIPLY-DEFINED"), Map.entry("wrong_arity", "S-ARITY"),
                Map.entry("double_prime", "S-PRIME-LEVEL"), Map.entry("empty_junction_bullet", "P-EMPTY-BULLET"),
                Map.entry("temporal_in_action", "S-TEMPORAL-IN-ACTION"), Map.entry("delete_else", "P-MISSING-ELSE"),
                Map.entry("unbalance_bracket", "P-UNBALANCED"), Map.entry("case_missing_box", "P-CASE-BOX"),
                Map.entry("let_without_in", "P-LET-IN"), Map.entry("replace_operator", "P-SEQ-CONCAT-O"));
        try {
            com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(expectedJson.toFile());
            List<Case> out = new ArrayList<>();
            root.fields().forEachRemaining(e -> {
                com.fasterxml.jackson.databind.JsonNode v = e.getValue();
                String kind = v.path("kind").asText();
                String message = v.path("sany").path("first_error").asText("");
                if (label.containsKey(kind) && !v.path("sany").path("ok").asBoolean() && !message.isBlank()) {
                    Path file = expectedJson.resolveSibling(e.getKey()).resolve(v.path("file").asText());
                    out.add(new Case(message, withContext ? context(file, v.path("sany").path("line").asInt(0))
                            : null, label.get(kind)));
                }
            });
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + expectedJson, e);
        }
    }

    /** Accuracy per expected entry, for large sets. */
    public static void printSummary(Result r, PrintStream out) {
        Map<String, int[]> per = new java.util.TreeMap<>();
        for (Outcome o : r.outcomes()) {
            int[] c = per.computeIfAbsent(o.c().expected(), k -> new int[3]);
            c[0]++;
            c[1] += o.top1() ? 1 : 0;
            c[2] += o.top3() ? 1 : 0;
        }
        per.forEach((id, c) -> out.printf("  %-22s %3d cases  top-1 %3d  top-3 %3d%n", id, c[0], c[1], c[2]));
        out.printf("cases %d  top-1 %.1f%%  top-3 %.1f%%  search time %d ms (%.1f ms/query)%n",
                r.outcomes().size(), 100 * r.top1(), 100 * r.top3(), r.millis(),
                r.millis() / (double) r.outcomes().size());
    }

    private static String context(Path file, int line) {
        try {
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
            if (line <= 0 || line > lines.length) {
                return null;
            }
            return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, line - 5), line));
        } catch (IOException e) {
            return null;
        }
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
        System.out.println("== labelled set " + labels);
        print(r, System.out);
        Path mutants = root.resolve("../shared/corpus/mutants/expected.json").normalize();
        if (Files.exists(mutants)) {
            System.out.println("== mutant corpus " + mutants + ": SANY's real messages only");
            printSummary(run(kb, mutantCases(mutants, false)), System.out);
            System.out.println("== mutant corpus: messages with the source lines at the reported position");
            printSummary(run(kb, mutantCases(mutants, true)), System.out);
        } else {
            System.out.println("mutant corpus absent (" + mutants + "): skipped");
        }
    }
}
