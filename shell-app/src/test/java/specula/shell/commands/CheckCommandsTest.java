package specula.shell.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import specula.commands.session.Session;
import specula.shell.console.Interrupts;
import specula.shell.console.LaunchOptions;

/** check, cex, eval and check --fix through the shell's command objects, on tiny specs. */
class CheckCommandsTest {
    static final String COUNTER = """
            ---- MODULE Counter ----
            EXTENDS Naturals
            CONSTANT Max
            VARIABLES x, y
            Init == x = 0 /\\ y = 0
            Next == \\/ x < Max /\\ x' = x + 1 /\\ y' = y
                    \\/ x = Max /\\ UNCHANGED <<x, y>>
            TypeOK == x \\in 0..Max
            Small == x < 3
            ====
            """;
    static final String CFG = "CONSTANT Max = 3\nINIT Init\nNEXT Next\nINVARIANT TypeOK\n";
    /** Counts for ever: only a cancel or a limit stops it. */
    static final String ENDLESS = """
            ---- MODULE Endless ----
            EXTENDS Naturals
            VARIABLE n
            Init == n = 0
            Next == n' = n + 1
            ====
            """;

    @TempDir
    Path tmp;
    ShellKit kit;
    Interrupts interrupts;
    CheckCommands check;
    CexCommands cex;

    @BeforeEach
    void setUp() {
        kit = new ShellKit(tmp);
        interrupts = new Interrupts();
        LastCheck last = new LastCheck();
        check = new CheckCommands(kit.holder, kit.out, new SemanticChecker(), interrupts,
                new LaunchOptions(LaunchOptions.Mode.SCRIPT, "test"), last, kit.llm);
        cex = new CexCommands(kit.holder, kit.out, last);
    }

    private Session session() {
        return kit.holder.session();
    }

    private void open(String name, String text) throws Exception {
        Path f = Files.writeString(tmp.resolve(name), text);
        assertNull(kit.run("open " + name, () -> kit.workspace.open(List.of(f.toString()))));
        kit.take();
    }

    /** check with only the model and the inline parts that matter here. */
    private String check(String line, String model, String inv, String timeout) {
        return kit.run(line, () -> check.check(model, 1, 0L, timeout, false, 100, 1000L, 0L, "", "", inv, "", "", "",
                false, 3, false, false));
    }

    @Test
    void checkReportsTlcFiguresAndRecordsTheOutcome() throws Exception {
        open("Counter.tla", COUNTER);
        open("Counter.cfg", CFG);
        int version = session().timeline().current().number();
        assertNull(check("check", "", "", ""));
        String shown = kit.take();
        assertTrue(shown.contains("Model checking completed. No error has been found."), shown);
        assertTrue(shown.contains("4 distinct states found"), shown);
        assertTrue(shown.contains("Counter: 4 distinct states, no error"), shown);
        assertEquals("Counter: 4 distinct states, no error", session().lastResults().get("check"));
        assertEquals(version, session().timeline().current().number(), "check is read-only");
    }

    @Test
    void aViolationFailsTheCommandAndCexShowsTheChanges() throws Exception {
        open("Counter.tla", COUNTER);
        open("Counter.cfg", CFG);
        String failure = check("check --inv Small", "", "Small", "");
        assertEquals("Invariant Small is violated (depth 4)", failure, "a violation fails the command (scripts stop)");
        assertTrue(kit.take().contains("State 4: <"), "TLC's trace is printed");
        assertEquals("FAILED: Invariant Small is violated (depth 4)", session().lastResults().get("check"));

        assertNull(kit.run("cex", () -> cex.cex(0, false)));
        String shown = kit.take();
        assertTrue(shown.contains("State 2: <"), shown);
        assertTrue(shown.contains("* /\\ x = 1"), "changed variable marked without colour: " + shown);
        assertFalse(shown.contains("/\\ y = 0\n") && shown.indexOf("/\\ y = 0") > shown.indexOf("State 2"),
                "unchanged y hidden after state 1: " + shown);
        assertTrue(shown.contains("(1 unchanged)"), shown);

        assertNull(kit.run("cex --state 3 --all", () -> cex.cex(3, true)));
        shown = kit.take();
        assertTrue(shown.contains("* /\\ x = 2") && shown.contains("  /\\ y = 0"), shown);
        assertFalse(shown.contains("State 2"), shown);
        assertNotNull(kit.run("cex --state 9", () -> cex.cex(9, false)));

        assertNull(kit.run("eval", () -> cex.eval("x + Max", 4, "")));
        assertEquals("6", kit.take().strip());
        assertNull(kit.run("eval", () -> cex.eval("{k * Max : k \\in 1..2}", 0, "")));
        assertEquals("{3, 6}", kit.take().strip());
        assertNotNull(kit.run("eval", () -> cex.eval("Undefined + 1", 0, "")));
    }

    @Test
    void semanticErrorsStopTheCheckBeforeTheChecker() throws Exception {
        open("Counter.tla", COUNTER.replace("TypeOK == x \\in 0..Max", "TypeOK == z \\in 0..Max"));
        open("Counter.cfg", CFG);
        String failure = check("check", "", "", "");
        assertNotNull(failure);
        String shown = kit.take();
        assertTrue(shown.contains("z"), shown);
        assertFalse(shown.contains("states generated"), "the checker did not run: " + shown);
    }

    @Test
    void ctrlCCancelsKeepsThePartialFiguresAndTheSession() throws Exception {
        open("Endless.tla", ENDLESS);
        int version = session().timeline().current().number();
        Thread ctrlC = new Thread(() -> {
            try {
                Thread.sleep(300);
                while (!Thread.currentThread().isInterrupted()) {
                    interrupts.interrupt();
                    Thread.sleep(50);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ctrlC.start();
        String failure;
        try {
            failure = kit.run("check --init Init --next Next", () -> check.check("", 1, 0L, "", false, 100, 1000L, 0L,
                    "Init", "Next", "", "", "", "", false, 3, false, false));
        } finally {
            ctrlC.interrupt();
            ctrlC.join();
        }
        assertNull(failure, "a cancel is not an error");
        String shown = kit.take();
        assertTrue(shown.contains("(incomplete: cancelled)"), shown);
        assertTrue(shown.contains("cancelled: the figures above are partial"), shown);
        assertEquals(version, session().timeline().current().number());
        assertTrue(session().snapshot().file("Endless.tla").isPresent());
        // The shell goes on: the next check runs normally.
        assertNull(kit.run("check", () -> check.check("", 1, 50L, "", false, 100, 1000L, 0L, "Init", "Next", "", "",
                "", "", false, 3, false, false)));
        assertTrue(kit.take().contains("(incomplete: state limit)"));
    }

    @Test
    void exportsJsonAndItf() throws Exception {
        open("Counter.tla", COUNTER);
        open("Counter.cfg", CFG);
        Path json = tmp.resolve("out/result.json");
        Path itf = tmp.resolve("out/cex.itf.json");
        assertNotNull(kit.run("check", () -> check.check("Counter.cfg", 1, 0L, "", false, 100, 1000L, 0L, "", "",
                "Small", "", json.toString(), itf.toString(), false, 3, false, false)));
        assertTrue(Files.readString(json).contains("Small"), Files.readString(json));
        assertTrue(Files.readString(itf).contains("\"states\""), Files.readString(itf));
    }

    @Test
    void simulationRunsWithTheGivenSeed() throws Exception {
        open("Counter.tla", COUNTER);
        open("Counter.cfg", CFG);
        assertNull(kit.run("check --simulate", () -> check.check("", 1, 0L, "", true, 10, 5L, 42L, "", "", "",
                "Max=2", "", "", false, 3, false, false)));
        String shown = kit.take();
        assertTrue(shown.contains("Running Random Simulation with seed 42."), shown);
        assertTrue(shown.contains("generated 5 behaviours"), shown);
        assertTrue(session().lastResults().get("check").matches("Counter: 5 behaviours \\(\\d+ states\\), no error"),
                session().lastResults().get("check"));
    }
}
