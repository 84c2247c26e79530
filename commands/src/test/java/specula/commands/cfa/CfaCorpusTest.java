package specula.commands.cfa;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import specula.tla.syntax.ParseResult;
import specula.tla.syntax.TlaParser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Already-structured specs (corpus modules without PlusCal) come out of cfa unchanged. Bounded to the first
 * {@code cfa.corpus.limit} modules in name order (default 120) to keep the suite fast on a shared machine; run with
 * {@code -Dcfa.corpus.limit=1000} for all of them.
 */
class CfaCorpusTest {
    private static final int LIMIT = Integer.getInteger("cfa.corpus.limit", 120);

    /** Modules that are not complete TLA+ actions as written, with the reason cfa rightly changes them. */
    private static final Map<String, String> INCOMPLETE = Map.of(
            "cf1s-folklore/cf1s_folklore.tla",
            "Faulty's second IF constrains nSnt0F twice and leaves nSnt1F undetermined in its THEN branch");

    @Test
    @SuppressWarnings("unchecked")
    void structuredCorpusModulesAreLeftAlone() throws Exception {
        Path corpus = Seeds.shared("corpus");
        Map<String, Object> expected = (Map<String, Object>) new Yaml().load(Files.readString(corpus.resolve("expected.json")));
        Map<String, Map<String, Object>> modules = new TreeMap<>((Map<String, Map<String, Object>>) expected.get("modules"));
        CfaTransformer cfa = new CfaTransformer(CfaOptions.ALL);
        List<String> changed = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Map<String, Object>> e : modules.entrySet()) {
            if (checked >= LIMIT) break;
            List<String> features = (List<String>) e.getValue().get("features");
            Path file = corpus.resolve("examples").resolve(e.getKey());
            if (features.contains("pluscal") || !Files.exists(file) || INCOMPLETE.containsKey(e.getKey())) continue;
            ParseResult r = new TlaParser().parse(file.getFileName().toString(), Files.readString(file));
            if (!r.ok()) continue;
            checked++;
            CfaResult out = cfa.transform(r.module());
            if (out.changed()) {
                changed.add(e.getKey() + ": " + out.changes().subList(0, Math.min(3, out.changes().size())));
            }
        }
        System.out.println("cfa corpus: " + checked + " structured modules checked, " + changed.size() + " changed");
        assertTrue(checked > 0, "no corpus module parsed");
        assertTrue(changed.isEmpty(), String.join("\n", changed));
    }
}
