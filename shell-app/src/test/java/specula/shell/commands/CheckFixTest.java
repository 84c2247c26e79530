package specula.shell.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import specula.commands.pipeline.SemanticChecker;
import specula.commands.session.Outcome;
import specula.commands.session.Session;
import specula.commands.session.WorkFile;
import specula.shell.console.Interrupts;
import specula.shell.console.LaunchOptions;

/** check --fix on the embedded checker with recorded model answers (the shell's replay provider). */
class CheckFixTest {
    static final String FIXED = CheckCommandsTest.COUNTER;
    /** y is left unassigned by the first disjunct: a runtime error for the loop to fix. */
    static final String BROKEN = FIXED.replace("x' = x + 1 /\\ y' = y", "x' = x + 1");
    /** The fix, but with the checked invariant deleted: the guard must refuse it. */
    static final String WEAKENED = FIXED.replace("TypeOK == x \\in 0..Max\n", "");

    @TempDir
    Path tmp;
    ShellKit kit;
    CheckCommands check;

    @BeforeEach
    void setUp() throws Exception {
        kit = new ShellKit(tmp);
        check = new CheckCommands(kit.holder, kit.out, new SemanticChecker(), new Interrupts(),
                new LaunchOptions(LaunchOptions.Mode.SCRIPT, "test"), new LastCheck(), kit.llm);
        for (String[] f : List.of(new String[]{"Counter.tla", BROKEN}, new String[]{"Counter.cfg",
                CheckCommandsTest.CFG})) {
            Path p = Files.writeString(tmp.resolve(f[0]), f[1]);
            assertNull(kit.run("open", () -> kit.workspace.open(List.of(p.toString()))));
        }
        kit.take();
    }

    private Session session() {
        return kit.holder.session();
    }

    private String fix(int attempts, boolean step) {
        return kit.run("check --fix", () -> check.check("", 1, 0L, "", false, 100, 1000L, 0L, "", "", "", "", "", "",
                true, attempts, step, false));
    }

    @Test
    void aRefusedWeakeningThenARealFixEndsChecking() {
        kit.useReplay(ShellKit.recording(tmp.resolve("rec.jsonl"), List.of(
                new String[]{"check.fix", ShellKit.tla(WEAKENED)},
                new String[]{"check.fix", ShellKit.tla(FIXED)})));
        int before = session().timeline().current().number();
        assertNull(fix(3, false));
        String shown = kit.take();
        assertTrue(shown.contains("refused"), "the answer deleting TypeOK is refused: " + shown);
        assertTrue(shown.contains("TypeOK"), shown);
        assertTrue(shown.contains("-> v" + (before + 1)), "the accepted attempt is a version: " + shown);
        assertEquals(before + 1, session().timeline().current().number(), "a refused answer makes no version");
        assertEquals(FIXED, session().snapshot().require("Counter").text());
        assertTrue(session().lastResults().get("check").startsWith("check --fix Counter: checks"),
                session().lastResults().toString());
    }

    private String resume(boolean step) {
        return kit.run("check --fix --continue", () -> check.check("", 1, 0L, "", false, 100, 1000L, 0L, "", "", "",
                "", "", "", true, 3, step, true));
    }

    @Test
    void stepPausesAfterOneAttemptAndContinueGoesOn() {
        kit.useReplay(ShellKit.recording(tmp.resolve("rec.jsonl"), List.of(
                new String[]{"check.fix", ShellKit.tla(WEAKENED)},
                new String[]{"check.fix", ShellKit.tla(FIXED)})));
        int before = session().timeline().current().number();
        assertNull(fix(3, true), "a pause is not a failure");
        String shown = kit.take();
        assertTrue(shown.contains("paused after attempt 1 of 3 (check --fix --continue goes on)"), shown);
        assertEquals(BROKEN, session().snapshot().require("Counter").text(), "attempt 1 was refused");
        assertEquals(before, session().timeline().current().number());

        assertNull(resume(true));
        shown = kit.take();
        assertTrue(shown.contains("check --fix attempt 2:"), "the run's numbering goes on: " + shown);
        assertTrue(shown.contains("-> v" + (before + 1)), shown);
        assertTrue(shown.contains("check --fix Counter: checks"), "the model checks, nothing left to pause: " + shown);
        assertEquals(FIXED, session().snapshot().require("Counter").text());
    }

    @Test
    void continueRechecksTheSpecAsItIsNow() {
        kit.useReplay(ShellKit.recording(tmp.resolve("rec.jsonl"), List.<String[]>of(
                new String[]{"check.fix", ShellKit.tla(WEAKENED)})));
        assertNull(fix(3, true));
        kit.take();
        // The user repairs the module by hand; --continue checks it again and finds nothing left to do.
        session().execute("edit Counter", current -> Outcome.changed("hand fix",
                List.of(WorkFile.module("Counter", FIXED))));
        assertNull(resume(false));
        String shown = kit.take();
        assertTrue(shown.contains("check --fix Counter: checks"), shown);
        assertTrue(!shown.contains("attempt 2"), "no model call was needed: " + shown);
    }

    @Test
    void continueWithoutARunSaysHowToStart() {
        String failure = resume(false);
        assertNotNull(failure);
        assertTrue(failure.contains("no check --fix run in this shell"), failure);
    }

    @Test
    void outOfAttemptsIsAFailedCommandAndKeepsTheSpec() {
        kit.useReplay(ShellKit.recording(tmp.resolve("rec.jsonl"), List.<String[]>of(
                new String[]{"check.fix", ShellKit.tla(WEAKENED)})));
        int before = session().timeline().current().number();
        assertNotNull(fix(1, false));
        assertEquals(before, session().timeline().current().number());
        assertEquals(BROKEN, session().snapshot().require("Counter").text());
    }
}
