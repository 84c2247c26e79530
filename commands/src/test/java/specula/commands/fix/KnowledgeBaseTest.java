package specula.commands.fix;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import specula.commands.llm.ProjectRoot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeBaseTest {
    @TempDir
    Path dir;

    @Test
    void shippedEntriesAreCompleteAndCoverAllPhases() {
        List<KnowledgeEntry> entries = new KnowledgeLoader().load(ProjectRoot.find().resolve("templates/knowledge"));
        assertTrue(entries.size() >= 40, "entries: " + entries.size());
        Set<String> phases = new HashSet<>();
        for (KnowledgeEntry e : entries) {
            phases.add(e.phase());
            assertFalse(e.samples().isEmpty(), e.id() + " has no sample");
            assertTrue(e.bad() != null && e.good() != null, e.id() + " lacks an example");
            // every entry's own samples must hit one of its patterns: a pattern that never fires is dead
            if (!e.patterns().isEmpty()) {
                boolean fires = e.samples().stream().anyMatch(s -> e.patterns().stream()
                        .anyMatch(p -> p.matcher(ErrorText.core(s)).find()));
                assertTrue(fires, e.id() + ": no sample matches its patterns");
            }
        }
        assertEquals(Set.of("parse", "semantic", "level", "runtime"), phases);
    }

    @Test
    void patternOnlySearchExplainsItsChoice() {
        KnowledgeBase kb = new KnowledgeBase(new KnowledgeLoader().load(ProjectRoot.find()
                .resolve("templates/knowledge")), null);
        List<KnowledgeBase.Hit> hits = kb.search("line 3, col 1 to line 3, col 9 of module M | Unknown operator: "
                + "`Head'.", 3);
        assertEquals("S-EXTENDS-SEQUENCES", hits.get(0).entry().id());
        assertTrue(hits.get(0).patternHit());
        assertTrue(hits.get(0).why().startsWith("pattern /Unknown operator"), hits.get(0).why());
        assertEquals("S-UNKNOWN-OPERATOR", hits.get(1).entry().id(), "the generic pattern ranks below");
    }

    @Test
    void embeddingsRankWhenNoPatternFires() {
        List<KnowledgeBase.Hit> hits = SharedKnowledge.get().search(
                "the model checker found a state where nothing is enabled and the system cannot move any more", 3);
        assertTrue(hits.stream().noneMatch(KnowledgeBase.Hit::patternHit), "no pattern fires on this wording");
        assertEquals("R-DEADLOCK", hits.get(0).entry().id(), hits.toString());
        assertTrue(hits.get(0).similarity() > hits.get(2).similarity());
    }

    @Test
    void badFilesAreReportedWithFileAndEntry() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "- id: X1\n  title: t\n  explanation: e\n  fix: f\n"
                + "  patterns: ['(unclosed']\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new KnowledgeLoader().load(dir));
        assertTrue(e.getMessage().contains("a.yaml entry X1") && e.getMessage().contains("bad pattern"),
                e.getMessage());
        Files.writeString(dir.resolve("a.yaml"), "- id: X1\n  title: t\n  explanation: e\n  fix: f\n"
                + "  samples: [s]\n");
        Files.writeString(dir.resolve("b.yaml"), "- id: X1\n  title: t\n  explanation: e\n  fix: f\n"
                + "  samples: [s]\n");
        e = assertThrows(IllegalArgumentException.class, () -> new KnowledgeLoader().load(dir));
        assertTrue(e.getMessage().contains("X1 is already used in a.yaml"), e.getMessage());
        Files.writeString(dir.resolve("b.yaml"), "- id: X2\n  title: t\n  fix: f\n  samples: [s]\n");
        e = assertThrows(IllegalArgumentException.class, () -> new KnowledgeLoader().load(dir));
        assertTrue(e.getMessage().contains("missing 'explanation'"), e.getMessage());
    }

    @Test
    void errorTextKeepsTheCoreAndMasksPositions() {
        String raw = "Parsing file /tmp/M.tla\n***Parse Error***\nEncountered \"->\" at line 4, column 9 and token "
                + "\"a\"\nResidual stack trace follows:\nExpression at line 4, column 3.";
        assertEquals("Encountered \"->\" at line 4, column 9 and token \"a\"", ErrorText.core(raw));
        assertEquals("Encountered \"->\" and token \"a\"", ErrorText.forEmbedding(raw));
        assertEquals(new Problem(4, 9, "Unknown operator: `x'. at line 4, column 9", Problem.Phase.SEMANTIC)
                .signature(), new Problem(7, 2, "Unknown operator: `x'. at line 7, column 2",
                Problem.Phase.SEMANTIC).signature());
    }
}
