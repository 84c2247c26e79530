package specula.commands.fix;

import org.junit.jupiter.api.Test;
import specula.commands.llm.ProjectRoot;

import java.util.List;
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
}
