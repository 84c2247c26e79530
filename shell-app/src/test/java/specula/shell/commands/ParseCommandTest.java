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

import specula.commands.session.HistoryEntry;
import specula.commands.session.Status;

class ParseCommandTest {
    @TempDir
    Path tmp;
    ShellKit kit;

    @BeforeEach
    void setUp() {
        kit = new ShellKit(tmp);
    }

    private void open(String name, String text) throws Exception {
        Path f = Files.writeString(tmp.resolve(name), text);
        assertNull(kit.run("open " + f, () -> kit.workspace.open(List.of(f.toString()))));
        kit.take();
    }

    @Test
    void errorsAreRenderedWithPositionExcerptCaretAndHintAndRecorded() throws Exception {
        open("Bad.tla", """
                ---- MODULE Bad ----
                EXTENDS Naturals
                VARIABLE x
                Init == x = 0
                Next == IF x > 0 THEN x' = x - 1
                Spec == Init /\\ [][Next]_x
                ====
                """);
        String failure = kit.run("parse", () -> kit.pipeline.parse("", false));
        assertEquals("Bad: 1 syntax error", failure);
        String shown = kit.take();
        assertTrue(shown.contains("***Parse Error*** Bad.tla:6:1"), shown);
        assertTrue(shown.contains("    6 | Spec == Init /\\ [][Next]_x"), shown);
        assertTrue(shown.contains("      | ^^^^"), "caret under the reported column: " + shown);
        assertTrue(shown.contains("hint: IF ... THEN ... needs an ELSE"), shown);

        HistoryEntry last = kit.holder.session().history().get(kit.holder.session().history().size() - 1);
        assertEquals(Status.FAILED, last.status());
        assertEquals("Bad: 1 syntax error", last.outcome());
        kit.run("status", kit.workspace::status);
        assertTrue(kit.take().contains("parse      FAILED: Bad: 1 syntax error"));
    }

    @Test
    void noFailReportsWithoutFailingAndExtendedModulesAreParsedToo() throws Exception {
        open("Lib.tla", "---- MODULE Lib ----\nDouble(n) == n + \n====\n");
        open("Main.tla", "---- MODULE Main ----\nEXTENDS Lib, Naturals\nFour == Double(2)\n====\n");
        assertNull(kit.run("parse Main --no-fail", () -> kit.pipeline.parse("Main", true)));
        String shown = kit.take();
        assertTrue(shown.contains("***Parse Error*** Lib.tla:3:1"), shown);
        assertTrue(shown.contains("Lib: 1 syntax error"), shown);
        assertTrue(shown.contains("standard or library modules): Naturals"), shown);
        HistoryEntry last = kit.holder.session().history().get(kit.holder.session().history().size() - 1);
        assertEquals(Status.OK, last.status());
        assertEquals("Lib: 1 syntax error", last.outcome());

        assertNull(kit.run("replace", () -> kit.workspace.replace("Lib", "n + \n", "n + n\n", false)));
        assertNull(kit.run("parse", () -> kit.pipeline.parse("", false)));
        assertTrue(kit.take().contains("Lib: ok; Main: ok"));
        assertEquals("Lib: ok; Main: ok", kit.holder.session().lastResults().get("parse"));
    }

    @Test
    void astPrintsTheTreeToTheRequestedDepth() throws Exception {
        open("Small.tla", "---- MODULE Small ----\nEXTENDS Naturals\nOne == 1\n====\n");
        assertNull(kit.run("ast Small --depth 2", () -> kit.pipeline.ast("Small", 2, false)));
        String two = kit.take();
        assertTrue(two.startsWith("Module name=\"Small\""), two);
        assertNull(kit.run("ast Small", () -> kit.pipeline.ast("Small", 0, false)));
        String all = kit.take();
        assertTrue(all.contains("Name text=\"Naturals\""), all);
        assertTrue(all.lines().count() > two.lines().count(), "depth limits the tree");
    }

    @Test
    void conformanceWithoutCorpusIsAClearFailure() {
        String failure = kit.run("conformance", () -> kit.pipeline.conformance(tmp.resolve("none").toString(), true));
        assertTrue(failure.startsWith("no conformance corpus at " + tmp.resolve("none")), failure);
    }
}
