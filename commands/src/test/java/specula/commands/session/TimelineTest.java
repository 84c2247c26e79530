package specula.commands.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TimelineTest {
    private final Session session = new Session(new TickingClock(), null);

    private void edit(String text) {
        session.execute("edit " + text, s -> Outcome.changed("set", List.of(WorkFile.module("M", text))));
    }

    private String text() {
        return session.snapshot().require("M").text();
    }

    @Test
    void undoAndRedoWalkBackAndForth() {
        edit("a");
        edit("b");
        edit("c");
        session.undo(1);
        assertEquals("b", text());
        session.undo(1);
        assertEquals("a", text());
        session.redo(2);
        assertEquals("c", text());
        assertEquals(3, session.timeline().current().number());
    }

    @Test
    void newEditClearsTheRedoStack() {
        edit("a");
        edit("b");
        session.undo(1);
        edit("x");
        assertEquals(List.of(), session.timeline().redoStack());
        SessionException e = assertThrows(SessionException.class, () -> session.redo(1));
        assertEquals("nothing to redo", e.getMessage());
        assertEquals("x", text());
        // The abandoned version is still reachable by number, and the new one descends from "a".
        assertEquals("b", session.timeline().version(2).snapshot().require("M").text());
        assertEquals(1, session.timeline().current().parent());
    }

    @Test
    void undoPastTheBeginningFailsAndChangesNothing() {
        edit("a");
        edit("b");
        SessionException e = assertThrows(SessionException.class, () -> session.undo(3));
        assertTrue(e.getMessage().contains("only 2"), e.getMessage());
        assertEquals("b", text());
        session.undo(2);
        assertTrue(session.snapshot().isEmpty());
        assertThrows(SessionException.class, () -> session.undo(1));
        assertThrows(SessionException.class, () -> session.undo(0));
    }

    @Test
    void stepWithoutChangesMakesNoVersion() {
        edit("a");
        session.execute("look", s -> Outcome.ok("nothing changed"));
        assertEquals(2, session.timeline().versions().size());
    }

    @Test
    void failingStepLeavesTheSessionAsItWas() {
        edit("a");
        assertThrows(SessionException.class, () -> session.execute("bad", s -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals("a", text());
        assertEquals(2, session.timeline().versions().size());
    }

    @Test
    void replaceFirstOrAll() {
        edit("x y x y x");
        session.execute("r", WorkspaceOps.replace("M", "x", "z", false));
        assertEquals("z y x y x", text());
        session.execute("r", WorkspaceOps.replace("M", "x", "z", true));
        assertEquals("z y z y z", text());
        SessionException e = assertThrows(SessionException.class,
                () -> session.execute("r", WorkspaceOps.replace("M", "nope", "z", true)));
        assertEquals("'nope' not found in M.tla", e.getMessage());
        e = assertThrows(SessionException.class,
                () -> session.execute("r", WorkspaceOps.replace("Other", "x", "z", true)));
        assertTrue(e.getMessage().startsWith("unknown module or file 'Other'"), e.getMessage());
    }
}
