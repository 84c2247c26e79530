package specula.commands.fix;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import specula.commands.llm.ProjectRoot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the labelled retrieval benchmark and prints its table; the target is top-1 >= 80 %. */
class RetrievalBenchmarkTest {

    @Test
    void labelledSetReachesTheTarget() {
        List<RetrievalBenchmark.Case> cases = RetrievalBenchmark.readCases(
                ProjectRoot.find().resolve("commands/src/test/resources/llm/retrieval-benchmark.yaml"));
        assertEquals(30, cases.size());
        KnowledgeBase kb = SharedKnowledge.get();
        Set<String> ids = kb.entries().stream().map(KnowledgeEntry::id).collect(Collectors.toSet());
        cases.forEach(c -> assertTrue(ids.contains(c.expected()), "unknown label " + c.expected()));
        RetrievalBenchmark.Result r = RetrievalBenchmark.run(kb, cases);
        RetrievalBenchmark.print(r, System.out);
        assertTrue(r.top1() >= 0.8, "top-1 accuracy " + r.top1());
    }

    /**
     * SANY's real messages from the mutant corpus, with the source lines as the fix loop queries them; a bounded
     * sample (the first 6 per label) keeps the suite fast, the runner prints the figures for all of them.
     */
    @Test
    void mutantCorpusMessages() {
        Path expected = ProjectRoot.shared().map(s -> s.resolve("corpus/mutants/expected.json")).orElse(null);
        Assumptions.assumeTrue(expected != null && Files.exists(expected), "../shared/corpus absent");
        Map<String, Integer> perLabel = new HashMap<>();
        List<RetrievalBenchmark.Case> sample = RetrievalBenchmark.mutantCases(expected, true).stream()
                .filter(c -> perLabel.merge(c.expected(), 1, Integer::sum) <= 6).toList();
        RetrievalBenchmark.Result r = RetrievalBenchmark.run(SharedKnowledge.get(), sample);
        RetrievalBenchmark.printSummary(r, System.out);
        assertTrue(sample.size() >= 90, "cases: " + sample.size());
        assertTrue(r.top1() >= 0.8, "top-1 accuracy on SANY messages with context " + r.top1());
    }
}
