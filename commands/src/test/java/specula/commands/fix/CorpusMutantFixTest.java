package specula.commands.fix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import specula.commands.llm.CancelToken;
import specula.commands.llm.LlmTestKit;
import specula.commands.llm.PromptLibrary;
import specula.commands.llm.ProjectRoot;
import specula.commands.llm.Provider;
import specula.commands.llm.StubLlmServer;
import specula.commands.llm.TokenListener;
import specula.commands.pipeline.SemanticChecker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken copies of corpus modules (the mutant corpus) go through the fix loop with the real front end (parser and
 * semantic analysis) as the checker; the scripted model answers with the original module. Mechanical breakages must be repaired without the model,
 * the others in one model attempt, with the matching knowledge entry retrieved for most of them.
 */
class CorpusMutantFixTest {
    /** Mutation kind -> the knowledge entry that explains it ({@code null}: repaired without the model). */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("drop_module_header", null);
        KINDS.put("drop_module_end", null);
        KINDS.put("def_eq_to_eq", "P-DEF-SINGLE-EQ");
        KINDS.put("mapsto_to_arrow", "P-MAPSTO-ARROW");
        KINDS.put("stray_then", "P-STRAY-THEN");
        KINDS.put("misspell_identifier", "S-UNKNOWN-OPERATOR");
        KINDS.put("duplicate_definition", "S-MULTIPLY-DEFINED");
        KINDS.put("wrong_arity", "S-ARITY");
        KINDS.put("double_prime", "S-PRIME-LEVEL");
        KINDS.put("empty_junction_bullet", "P-EMPTY-BULLET");
    }

    static final int PER_KIND = 2;

    @Test
    void brokenCorpusModulesConverge() throws Exception {
        Path corpus = ProjectRoot.shared().map(s -> s.resolve("corpus")).orElse(null);
        Assumptions.assumeTrue(corpus != null && Files.exists(corpus.resolve("mutants/expected.json")),
                "../shared/corpus absent: skipping the mutant fix run");
        JsonNode expected = new ObjectMapper().readTree(corpus.resolve("mutants/expected.json").toFile());
        PromptLibrary prompts = new PromptLibrary(ProjectRoot.find().resolve("templates/prompts"));
        LlmTestKit kit = new LlmTestKit();
        Map<String, Integer> taken = new LinkedHashMap<>();
        List<String> report = new ArrayList<>();
        int runs = 0;
        int modelRuns = 0;
        int hits = 0;
        SemanticChecker frontEnd = new SemanticChecker();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> m = it.next();
            JsonNode v = m.getValue();
            String kind = v.path("kind").asText();
            if (!KINDS.containsKey(kind) || v.path("sany").path("ok").asBoolean()
                    || taken.getOrDefault(kind, 0) >= PER_KIND) {
                continue;
            }
            String file = v.path("file").asText();
            String module = file.replace(".tla", "");
            Path originalFile = corpus.resolve("examples").resolve(v.path("folder").asText()).resolve(file);
            Path brokenFile = corpus.resolve("mutants").resolve(m.getKey()).resolve(file);
            if (!Files.exists(originalFile) || !Files.exists(brokenFile)) {
                continue;
            }
            String original = Files.readString(originalFile);
            String broken = Files.readString(brokenFile);
            if (!afterTerminatorIsBlank(original)) {
                continue; // a re-added terminator cannot reproduce trailing text
            }
            Path folder = originalFile.getParent();
            SpecChecker checker = frontEnd.forFix(name -> read(folder.resolve(name + ".tla")));
            List<Problem> problems = checker.check(module, broken);
            assertTrue(!problems.isEmpty(), m.getKey() + ": SANY rejects it, so must our front end");
            Problem problem = problems.get(0);
            try (StubLlmServer server = new StubLlmServer()) {
                server.answer("Corrected module:\n```tla\n" + original + "\n```");
                FixLoop loop = new FixLoop(checker, kit.client(kit.config(Provider.OPENAI, server, false), null),
                        prompts, SharedKnowledge.get(), PreFixes.all(), new FixLoop.Options(2, 3, 5));
                FixRun run = loop.runToEnd(module, broken, FixLoop.Listener.NONE, TokenListener.NONE,
                        CancelToken.none());
                assertEquals(FixRun.Status.CLEAN, run.status(), m.getKey() + " (" + kind + "): " + run.message()
                        + "\n" + FixReport.table(run.attempts()));
                String wanted = KINDS.get(kind);
                if (wanted == null) {
                    assertEquals(0, run.llmAttempts(), m.getKey() + " needs no model call");
                    report.add(m.getKey() + " " + kind + ": repaired by " + run.attempt(1).description());
                } else {
                    assertEquals(1, run.llmAttempts(), m.getKey());
                    List<FixAttempt.Retrieved> got = run.attempts().get(run.attempts().size() - 1).retrieved();
                    boolean hit = got.stream().anyMatch(r -> r.id().equals(wanted));
                    hits += hit ? 1 : 0;
                    modelRuns++;
                    report.add(m.getKey() + " " + kind + ": 1 model attempt, hints " + got.stream()
                            .map(FixAttempt.Retrieved::id).toList() + (hit ? "" : "  MISSED " + wanted + " for «"
                            + problem.message() + "»"));
                }
            }
            taken.merge(kind, 1, Integer::sum);
            runs++;
        }
        report.forEach(System.out::println);
        assertTrue(runs >= KINDS.size(), "ran " + runs + " mutants");
        // Our parser's messages add SANY's "Was expecting ..." tail, which some entries' patterns do not expect;
        // retrieval must still find the explaining entry for most of them.
        assertTrue(hits * 10 >= modelRuns * 7, hits + "/" + modelRuns + " retrievals found the explaining entry");
    }

    private static java.util.Optional<String> read(Path file) {
        try {
            return Files.exists(file) ? java.util.Optional.of(Files.readString(file)) : java.util.Optional.empty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean afterTerminatorIsBlank(String text) {
        java.util.regex.Matcher t = java.util.regex.Pattern.compile("^\\s*={4,}\\s*$", java.util.regex.Pattern
                .MULTILINE).matcher(text);
        return t.find() && text.substring(t.end()).isBlank();
    }
}
