package specula.shell.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import specula.commands.llm.ExchangeLog;
import specula.commands.session.FileKind;
import specula.commands.session.Session;
import specula.commands.session.WorkFile;

/** generate and fix through the replay provider: versions, artefacts, undo, attempts, the session's llm.jsonl. */
class LlmStepsTest {
    static final String CLEAN = """
            ---- MODULE Counter ----
            EXTENDS Naturals
            VARIABLE x
            Init == x = 0
            Next == IF x < 3 THEN x' = x + 1 ELSE x' = 0
            Spec == Init /\\ [][Next]_x
            ====
            """;
    /** Two independent syntax errors: a missing ELSE and an unclosed parenthesis. */
    static final String TWO_ERRORS = CLEAN.replace(" ELSE x' = 0", "").replace("x = 0\n", "(x = 0\n");
    static final String ONE_ERROR = CLEAN.replace("x = 0\n", "(x = 0\n");

    @TempDir
    Path tmp;
    ShellKit kit;

    @BeforeEach
    void setUp() {
        kit = new ShellKit(tmp);
    }

    private Session session() {
        return kit.holder.session();
    }

    private void module(String text) throws Exception {
        Path f = Files.writeString(tmp.resolve("Counter.tla"), text);
        assertNull(kit.run("open", () -> kit.workspace.open(List.of(f.toString()))));
        kit.take();
    }

    @Test
    void fixMakesOneVersionPerAttemptAndUndoWalksBackThroughThem() throws Exception {
        kit.useReplay(ShellKit.recording(tmp.resolve("rec.jsonl"), List.of(
                new String[]{"fix.attempt", ShellKit.tla(ONE_ERROR)},
                new String[]{"fix.attempt", ShellKit.tla(CLEAN)})));
        module(TWO_ERRORS);
        int before = session().timeline().current().number();

        assertNull(kit.run("fix Counter", () -> kit.steps.fix("Counter", 3, false, false)));
        String shown = kit.take();
        assertTrue(shown.contains("attempt 1 (llm): 2 -> 1 errors -> v" + (before + 1)), shown);
        assertTrue(shown.contains("attempt 2 (llm): 1 -> 0 errors -> v" + (before + 2)), shown);
        assertTrue(shown.contains("Counter: clean after 2 attempts"), shown);
        assertTrue(shown.contains("before  after   tok-in  tok-out"), "per-attempt table: " + shown);
        assertEquals(CLEAN, text());
        assertEquals("Counter: clean after 2 attempts", session().lastResults().get("fix"));

        kit.run("undo", () -> kit.history.undo(1));
        assertEquals(ONE_ERROR, text());
        kit.run("undo", () -> kit.history.undo(1));
        assertEquals(TWO_ERRORS, text());

        kit.take();
        assertNull(kit.run("attempts show 1", () -> kit.steps.attempts(List.of("show", "1"))));
        String detail = kit.take();
        assertTrue(detail.contains("errors before (2)") && detail.contains("errors after (1)"), detail);
        assertTrue(detail.contains("+Init == (x = 0") || detail.contains("-Next == IF x < 3 THEN x' = x + 1\n")
                || detail.contains("+Next == IF x < 3 THEN x' = x + 1 ELSE x' = 0"), detail);
        assertTrue(detail.contains("prompt") && detail.contains("Counter"), detail);

        // Every exchange is in the session's own recording.
        Path log = session().folder().dir().resolve("llm.jsonl");
        assertEquals(2, ExchangeLog.read(log).size());
        assertEquals("fix.attempt", ExchangeLog.read(log).get(0).purpose());
    }

    @Test
    void stepThenContinueAfterAnEditFinishesTheRun() throws Exception {
        kit.useReplay(ShellKit.recording(tmp.resolve("rec.jsonl"), List.of(
                new String[]{"fix.attempt", ShellKit.tla(ONE_ERROR)},
                new String[]{"fix.attempt", ShellKit.tla(CLEAN)})));
        module(TWO_ERRORS);
        assertNull(kit.run("fix --step", () -> kit.steps.fix("", 3, true, false)));
        assertTrue(kit.take().contains("Counter: 1 attempt, 1 error(s) left; fix --continue for the next"));
        assertEquals(ONE_ERROR, text());
        assertNull(kit.run("fix --continue", () -> kit.steps.fix("", 3, false, true)));
        assertEquals(CLEAN, text());
        assertTrue(kit.take().contains("Counter: clean after 2 attempts"));
    }

    @Test
    void aStoppedRunContinuesAfterSaveAndResumeInANewShell() throws Exception {
        kit.useReplay(ShellKit.recording(tmp.resolve("rec.jsonl"), List.<String[]>of(
                new String[]{"fix.attempt", ShellKit.tla(ONE_ERROR)})));
        module(TWO_ERRORS);
        assertNull(kit.run("fix --step", () -> kit.steps.fix("", 3, true, false)));
        assertNull(kit.run("save", () -> kit.holder.store().save(session(), "stepped", false)));
        kit.holder.store().release(session());

        // A new shell: its own FixSession, the same session store, a recording holding only the next answer.
        ShellKit next = new ShellKit(tmp);
        next.useReplay(ShellKit.recording(tmp.resolve("rec2.jsonl"), List.<String[]>of(
                new String[]{"fix.attempt", ShellKit.tla(CLEAN)})));
        next.holder.replace(next.holder.store().resume("stepped").session());
        assertNull(next.run("attempts", () -> next.steps.attempts(List.of())));
        String listed = next.take();
        assertTrue(listed.contains("model correction"), "the first attempt is listed after resume: " + listed);
        assertNull(next.run("fix --continue", () -> next.steps.fix("", 3, false, true)));
        assertEquals(CLEAN, next.holder.session().snapshot().require("Counter.tla").text());
        assertTrue(next.take().contains("Counter: clean after 2 attempts"));
    }

    @Test
    void aCorruptSavedRunIsReportedWithItsFile() throws Exception {
        kit.useReplay(ShellKit.recording(tmp.resolve("rec.jsonl"), List.<String[]>of(
                new String[]{"fix.attempt", ShellKit.tla(ONE_ERROR)})));
        module(TWO_ERRORS);
        assertNull(kit.run("fix --step", () -> kit.steps.fix("", 3, true, false)));
        Path file = session().folder().dir().resolve("fix-run.json");
        assertTrue(Files.readString(file).contains("\"llmAttempts\":1"));
        Files.writeString(file, "{\"format\":1,");
        ShellKit next = new ShellKit(tmp);
        next.holder.replace(session());
        String failure = next.run("fix --continue", () -> next.steps.fix("", 3, false, true));
        assertTrue(failure != null && failure.contains("fix-run.json"), failure + " / " + session().folder().dir()
                + " / " + next.holder.session().folder().dir());
        assertEquals(ONE_ERROR, text(), "the working spec is untouched");
    }

    @Test
    void aFailedModelCallLeavesTheSpecAsItWas() throws Exception {
        kit.useReplay(ShellKit.recording(tmp.resolve("rec.jsonl"), List.<String[]>of(
                new String[]{"fix.attempt", ShellKit.tla(ONE_ERROR)})));
        module(TWO_ERRORS);
        String failure = kit.run("fix", () -> kit.steps.fix("", 3, false, false));
        assertTrue(failure.startsWith("Counter: "), failure);
        assertTrue(failure.contains("no answer left"), failure);
        assertEquals(ONE_ERROR, text(), "the attempt that succeeded stays; the failed one changes nothing");
        assertEquals("FAILED: " + failure, session().lastResults().get("fix"));
    }

    @Test
    void generateMakesOneVersionWithTheModuleTheSourceAndTheDraftArtefact() throws Exception {
        kit.useReplay(ShellKit.recording(tmp.resolve("rec.jsonl"), List.of(
                new String[]{"generate.draft", "## State\n- x: a counter"},
                new String[]{"generate.translate", ShellKit.tla(CLEAN)})));
        Path src = Files.writeString(tmp.resolve("counter.py"), "x = 0\ndef step():\n    global x\n    x = (x + 1) % 4\n");
        int before = session().timeline().current().number();
        assertNull(kit.run("generate", () -> kit.steps.generate(List.of(src.toString()), "draft", "Counter")));
        assertEquals(before + 1, session().timeline().current().number());
        assertTrue(kit.take().contains("generated Counter.tla (7 lines) from counter.py: 2 calls"));
        assertEquals(CLEAN, text());
        WorkFile analysis = session().snapshot().require("artefacts/Counter.draft.md");
        assertEquals(FileKind.ARTIFACT, analysis.kind());
        assertTrue(analysis.text().contains("x: a counter"));
        assertTrue(session().snapshot().file("counter.py").isPresent(), "the translated source is kept");

        // Nothing left to replay: the call fails and the session is unchanged.
        String failure = kit.run("generate", () -> kit.steps.generate(List.of("counter.py"), "direct", "Other"));
        assertTrue(failure.contains("no answer left"), failure);
        assertEquals(before + 1, session().timeline().current().number());
        assertTrue(session().snapshot().file("Other.tla").isEmpty());
    }

    private String text() {
        return session().snapshot().require("Counter").text();
    }
}
