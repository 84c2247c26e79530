package specula.commands.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStoreTest {
    @TempDir
    Path tmp;

    private SessionStore store() {
        return new SessionStore(tmp.resolve("sessions"), new TickingClock());
    }

    private static void run(Session s, String line, SessionCommand step) {
        s.begin(line);
        s.execute(step);
        s.end(Status.OK, null);
    }

    private Session sessionWithEdits(SessionStore store) throws IOException {
        Path spec = Files.writeString(tmp.resolve("Raft.tla"), "---- MODULE Raft ----\nNoLimit == 1\n====\n");
        Files.writeString(tmp.resolve("Raft.cfg"), "CONSTANT N = 3\n");
        Session s = store.newSession();
        run(s, "open Raft.tla Raft.cfg", WorkspaceOps.open(List.of(spec, tmp.resolve("Raft.cfg"))));
        run(s, "replace Raft --from NoLimit --to NoLim --all", WorkspaceOps.replace("Raft", "NoLimit", "NoLim", true));
        run(s, "replace Raft --from 1 --to 2", WorkspaceOps.replace("Raft", "1", "2", false));
        s.begin("undo");
        s.undo(1);
        s.end(Status.OK, null);
        return s;
    }

    @Test
    void sessionsStartedInTheSameSecondNeverShareAFolder() {
        java.time.Clock frozen = java.time.Clock.fixed(java.time.Instant.parse("2026-11-26T10:00:00Z"), java.time.ZoneOffset.UTC);
        SessionStore store = new SessionStore(tmp.resolve("sessions"), frozen);
        Session a = store.newSession();
        run(a, "new A", WorkspaceOps.newModule("A"));
        Session b = store.newSession();
        Session c = new SessionStore(tmp.resolve("sessions"), frozen).newSession();
        assertNotEquals(a.folder().dir(), b.folder().dir());
        assertNotEquals(a.folder().dir(), c.folder().dir(), "another store sees the written folder");
        run(b, "new B", WorkspaceOps.newModule("B"));
        assertEquals(List.of("A"), a.snapshot().names());
    }

    @Test
    void saveAndResumeRoundTrip() throws IOException {
        SessionStore store = store();
        Session s = sessionWithEdits(store);
        Path unsaved = s.folder().dir();
        assertTrue(Files.exists(unsaved.resolve(SessionFolder.JOURNAL)), "unsaved sessions journal too");
        s.begin("save demo");
        store.save(s, "demo", false);
        s.end(Status.OK, null);
        assertFalse(Files.exists(unsaved), "the unsaved folder goes once saved");
        assertTrue(Files.readString(tmp.resolve("sessions/demo/versions/0002/Raft.tla")).contains("NoLim =="));

        SessionStore.Resumed r = store().resume("demo");
        Session back = r.session();
        assertEquals("demo", back.name());
        assertEquals(0, r.recoveredEvents());
        assertEquals(2, back.timeline().current().number());
        assertEquals(List.of(3), back.timeline().redoStack());
        assertEquals(s.snapshot(), back.snapshot());
        assertEquals(4, back.timeline().versions().size());
        assertEquals(s.history().size(), back.history().size());
        assertEquals("save demo", back.history().get(back.history().size() - 1).command());
        assertFalse(back.dirty());
        assertEquals(s.lastResults(), back.lastResults());
        assertEquals(List.of("open", "replace"), List.copyOf(back.lastResults().keySet()));
        // Redo works on the resumed session exactly as before.
        back.redo(1);
        assertTrue(back.snapshot().require("Raft").text().contains("NoLim == 2"));
    }

    @Test
    void refusesToOverwriteUnlessForced() throws IOException {
        SessionStore store = store();
        Session a = sessionWithEdits(store);
        store.save(a, "x", false);
        Session b = store.newSession();
        b.execute("new Other", WorkspaceOps.newModule("Other"));
        SessionException e = assertThrows(SessionException.class, () -> store.save(b, "x", false));
        assertTrue(e.getMessage().contains("already exists") && e.getMessage().contains("--force"), e.getMessage());
        assertEquals(a.snapshot(), store().resume("x").session().snapshot(), "the existing session is untouched");
        store.save(b, "x", true);
        assertTrue(store().resume("x").session().snapshot().find("Other").isPresent());
    }

    @Test
    void recoversAfterCrashMidWrite() throws IOException {
        SessionStore store = store();
        Session s = sessionWithEdits(store);
        store.save(s, "crash", false);
        // Work continues after the save: these events are only in the journal.
        run(s, "new Extra", WorkspaceOps.newModule("Extra"));
        Path journal = tmp.resolve("sessions/crash/" + SessionFolder.JOURNAL);
        // Simulate kill -9 during the next append: a torn, unterminated line, and session.yaml not rewritten.
        Files.writeString(journal, "{\"seq\":99,\"type\":\"version\",\"n\":5,\"pa", StandardOpenOption.APPEND);
        SessionStore.Resumed r = store().resume("crash");
        assertTrue(r.droppedTornLine());
        assertEquals(0, r.recoveredEvents(), "the manifest was rewritten after the completed command");
        assertTrue(r.session().snapshot().find("Extra").isPresent(), "the completed command is recovered");
        assertEquals(s.snapshot(), r.session().snapshot());
        assertTrue(Files.readString(journal).endsWith("\n"), "the torn line is cut off");
        // And the session keeps journaling cleanly after recovery.
        Session back = r.session();
        run(back, "new After", WorkspaceOps.newModule("After"));
        assertTrue(store().resume("crash").session().snapshot().find("After").isPresent());
    }

    @Test
    void changesJournaledAfterTheManifestAreCountedAsRecovered() throws IOException {
        SessionStore store = store();
        Session s = sessionWithEdits(store);
        store.save(s, "mid", false);
        // A kill between the version's journal line and the end of its command: no manifest rewrite.
        s.begin("new Half");
        s.execute(WorkspaceOps.newModule("Half"));
        SessionStore.Resumed r = store().resume("mid");
        assertEquals(1, r.recoveredEvents());
        assertTrue(r.session().snapshot().find("Half").isPresent());
        assertEquals(s.history().size(), r.session().history().size(), "the unfinished command has no entry");
    }

    @Test
    void aSessionOpenInAnotherLiveShellIsRefused() throws IOException {
        SessionStore store = store();
        Session s = sessionWithEdits(store);
        store.save(s, "busy", false);
        Path lock = tmp.resolve("sessions/busy/" + SessionStore.LOCK);
        assertEquals(String.valueOf(ProcessHandle.current().pid()), Files.readString(lock).strip());
        long other = ProcessHandle.current().parent().orElseThrow().pid();
        Files.writeString(lock, other + "\n");
        SessionException e = assertThrows(SessionException.class, () -> store().resume("busy"));
        assertTrue(e.getMessage().contains("open in another shell (pid " + other + ")"), e.getMessage());
        assertThrows(SessionException.class, () -> store().save(store().newSession(), "busy", true));
        // The lock of a killed shell names a dead process: taken over.
        Files.writeString(lock, "999999999\n");
        Session back = store().resume("busy").session();
        store().release(back);
        assertFalse(Files.exists(lock));
    }

    @Test
    void aChangeThatCannotBeJournaledIsTakenBack() throws IOException {
        SessionStore store = store();
        Session s = sessionWithEdits(store);
        Snapshot before = s.snapshot();
        int versions = s.timeline().versions().size();
        // The next version's folder cannot be created: a plain file is in its way.
        Path blocker = s.folder().dir().resolve("versions");
        AtomicFiles.deleteTree(blocker);
        Files.writeString(blocker, "not a folder");
        assertThrows(SessionException.class, () -> s.execute("new X", WorkspaceOps.newModule("X")));
        assertEquals(before, s.snapshot());
        assertEquals(versions, s.timeline().versions().size());
        assertEquals(List.of(3), s.timeline().redoStack(), "the redo stack survives too");
    }

    @Test
    void appendAfterTornLineStartsOnAFreshLine() throws IOException {
        Journal j = new Journal(tmp.resolve("j.jsonl"));
        j.append(java.util.Map.of("a", 1));
        Files.writeString(j.file(), "{\"b\":", StandardOpenOption.APPEND);
        j.append(java.util.Map.of("c", 3));
        Journal.Contents c = j.read();
        assertFalse(c.tornTail());
        assertEquals(2, c.events().size());
        assertEquals(3L, c.events().get(1).get("c"));
    }

    @Test
    void corruptOrHalfWrittenSessionsFailWithThePath() throws IOException {
        SessionStore store = store();
        Session s = sessionWithEdits(store);
        store.save(s, "bad", false);
        Path dir = tmp.resolve("sessions/bad");
        String yaml = Files.readString(dir.resolve("session.yaml"));

        Files.writeString(dir.resolve("session.yaml"), "format: [1\n");
        SessionException e = assertThrows(SessionException.class, () -> store().resume("bad"));
        assertTrue(e.getMessage().startsWith(dir.resolve("session.yaml").toString()), e.getMessage());

        Files.writeString(dir.resolve("session.yaml"), yaml);
        Path v2 = dir.resolve("versions/0002/Raft.tla");
        String v2text = Files.readString(v2);
        Files.delete(v2);
        e = assertThrows(SessionException.class, () -> store().resume("bad"));
        assertTrue(e.getMessage().contains(v2.toString()) && e.getMessage().contains("missing"), e.getMessage());
        Files.writeString(v2, v2text);

        List<String> lines = Files.readAllLines(dir.resolve(SessionFolder.JOURNAL));
        lines.set(1, "{not json");
        Files.write(dir.resolve(SessionFolder.JOURNAL), lines, StandardCharsets.UTF_8);
        e = assertThrows(SessionException.class, () -> store().resume("bad"));
        assertTrue(e.getMessage().startsWith(dir.resolve(SessionFolder.JOURNAL) + ":2: corrupt journal line"),
                e.getMessage());

        // A journal shorter than session.yaml says: written half.
        Files.write(dir.resolve(SessionFolder.JOURNAL), List.of(), StandardCharsets.UTF_8);
        e = assertThrows(SessionException.class, () -> store().resume("bad"));
        assertTrue(e.getMessage().contains("half-written"), e.getMessage());

        e = assertThrows(SessionException.class, () -> store().resume("nope"));
        assertTrue(e.getMessage().startsWith("no session 'nope'"), e.getMessage());
    }

    @Test
    void unsavedSessionCanBeResumedAfterACrash() throws IOException {
        SessionStore store = store();
        Session s = sessionWithEdits(store);
        String id = SessionStore.UNSAVED + "/" + s.folder().dir().getFileName();
        List<SessionStore.Info> infos = store.list();
        assertEquals(1, infos.size());
        assertTrue(infos.get(0).unsaved());
        assertEquals(3, infos.get(0).versions());
        assertEquals(s.snapshot(), store().resume(id).session().snapshot());
    }

    @Test
    void secretsStayOutOfSessionFiles() throws IOException {
        SessionStore store = store();
        Session s = store.newSession();
        s.begin("generate --api-key sk-verysecretvalue123 src");
        s.execute(WorkspaceOps.newModule("M"));
        s.end(Status.OK, null);
        store.save(s, "sec", false);
        try (var files = Files.walk(tmp.resolve("sessions/sec"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(p).contains("sk-verysecretvalue123"), p.toString());
            }
        }
    }
}
