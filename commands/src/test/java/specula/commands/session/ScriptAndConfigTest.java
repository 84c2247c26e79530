package specula.commands.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptAndConfigTest {
    @TempDir
    Path tmp;

    @Test
    void splitsCommandsAndWordsLikeAShell() {
        assertEquals(List.of("open a", "replace R --from \"x; y\" --to 'z'", "undo"),
                CommandLines.splitCommands("open a; replace R --from \"x; y\" --to 'z' ;undo # trailing comment"));
        assertEquals(List.of("replace", "R", "--from", "a b", "--to", "it's", "--all"),
                CommandLines.words("replace R --from \"a b\" --to \"it's\" --all"));
        assertEquals(List.of("say", "\"quoted\"", "x \\in S", "a\\/b", "q\"t"),
                CommandLines.words("say '\"quoted\"' \"x \\in S\" a\\/b \"q\\\"t\""));
        assertEquals(List.of(), CommandLines.splitCommands("   # only a comment"));
        assertEquals(List.of("a#b"), CommandLines.splitCommands("a#b"));
        assertThrows(SessionException.class, () -> CommandLines.words("x \"open"));
        for (String w : List.of("plain", "a b", "q\"uote", "semi;colon", "")) {
            assertEquals(List.of(w), CommandLines.words(CommandLines.quote(w)));
        }
    }

    @Test
    void scriptStopsAtFirstFailureWithFileAndLine() throws IOException {
        Path script = Files.writeString(tmp.resolve("t.replay"), "# tour\nfirst\n\nsecond; bad\nnever\n");
        List<String> ran = new ArrayList<>();
        ByteArrayOutputStream echo = new ByteArrayOutputStream();
        ScriptRunner runner = new ScriptRunner(cmd -> {
            ran.add(cmd);
            return cmd.equals("bad") ? "unknown command 'bad'" : null;
        }, cmd -> new PrintStream(echo, true).println("> " + cmd));
        ScriptRunner.Result r = runner.runFile(script);
        assertFalse(r.ok());
        assertEquals(4, r.failedLine());
        assertEquals(script + ":4: unknown command 'bad' (in: bad)", r.failure());
        assertEquals(List.of("first", "second", "bad"), ran);
        assertEquals("> first\n> second\n> bad\n", echo.toString().replace("\r", ""));

        ran.clear();
        ScriptRunner.Result early = runner.runLines("s", List.of("first", "exit", "bad"));
        assertTrue(early.ok());
        assertEquals(List.of("first"), ran, "exit ends a script successfully");

        ScriptRunner.Result missing = runner.runFile(tmp.resolve("nope.replay"));
        assertTrue(missing.failure().endsWith("nope.replay: no such file"), missing.failure());
        ScriptRunner.Result quote = runner.runLines("-c", List.of("open \"x"));
        assertEquals("-c:1: unclosed double quote", quote.failure());
    }

    @Test
    void configLayersOverrideInOrderAndMaskSecrets() throws IOException {
        Path home = tmp.resolve("home");
        Path work = Files.createDirectories(tmp.resolve("work"));
        Files.createDirectories(home.resolve(".config/specula-shell"));
        Files.writeString(home.resolve(".config/specula-shell/config.yaml"),
                "session:\n  store: /home/store\nllm:\n  api-key: sk-user-secret-0001\n  model: small\n");
        Files.writeString(work.resolve("specula-shell.yaml"), "llm:\n  model: large\n");
        ShellConfig c = ShellConfig.load(home, work, Map.of("SPECULA_SESSION_STORE", "/env/store",
                "SPECULA_LLM_TIMEOUT", "30", "OTHER", "x"));
        assertEquals("/env/store", c.get("session.store", null));
        assertEquals("env SPECULA_SESSION_STORE", c.entries().get("session.store").source());
        assertEquals("large", c.get("llm.model", null));
        assertEquals(work.resolve("specula-shell.yaml").toString(), c.entries().get("llm.model").source());
        assertEquals("sk-user-secret-0001", c.get("llm.api-key", null));
        assertEquals("30", c.get("llm.timeout", null));
        assertEquals("auto", c.get("shell.color", null));
        assertEquals("****0001", c.masked().get("llm.api-key").value());
        assertEquals("large", c.masked().get("llm.model").value());

        Files.writeString(work.resolve("specula-shell.yaml"), "llm: [unclosed\n");
        SessionException e = assertThrows(SessionException.class, () -> ShellConfig.load(home, work, Map.of()));
        assertTrue(e.getMessage().startsWith(work.resolve("specula-shell.yaml").toString()), e.getMessage());
    }

    @Test
    void redactsSecretOptionsFromCommandLines() {
        assertEquals("generate --api-key **** src", Secrets.redact("generate --api-key sk-123456789 src"));
        assertEquals("x token=**** y", Secrets.redact("x token=abc y"));
        assertEquals("open Raft.tla", Secrets.redact("open Raft.tla"));
    }

    @Test
    void unifiedDiffShowsHunksWithContext() {
        String a = "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\n";
        String b = "l1\nl2\nX3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\n";
        List<String> out = UnifiedDiff.diff("a/M.tla", a, "b/M.tla", b, 1).stream().map(Object::toString).toList();
        assertEquals(List.of("--- a/M.tla", "+++ b/M.tla", "@@ -2,3 +2,3 @@", " l2", "-l3", "+X3", " l4",
                "@@ -9 +9,2 @@", " l9", "+l10"), out);
        assertEquals(List.of(), UnifiedDiff.diff("a", a, "b", a, 3));
        List<String> fromEmpty = UnifiedDiff.diff("a", "", "b", "x\n", 3).stream().map(Object::toString).toList();
        assertEquals(List.of("--- a", "+++ b", "@@ -0,0 +1 @@", "+x"), fromEmpty);
        // Beyond the table limit the changed middle is shown as a whole rewrite, still a valid diff.
        StringBuilder big1 = new StringBuilder("same\n");
        StringBuilder big2 = new StringBuilder("same\n");
        for (int i = 0; i < 2500; i++) {
            big1.append("a").append(i).append('\n');
            big2.append("b").append(i).append('\n');
        }
        List<UnifiedDiff.Line> rewrite = UnifiedDiff.diff("a", big1.toString(), "b", big2.toString(), 1);
        assertEquals("@@ -1,2501 +1,2501 @@", rewrite.get(2).toString());
        assertEquals(2 + 1 + 1 + 2500 + 2500, rewrite.size());
    }

    @Test
    void openRejectsMissingPathsAndFoldersWithoutModules() throws IOException {
        Session s = new Session(new TickingClock(), null);
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "hi");
        SessionException e = assertThrows(SessionException.class,
                () -> s.execute("open", WorkspaceOps.open(List.of(empty))));
        assertEquals(empty + ": no TLA+ modules (.tla files) in this folder", e.getMessage());
        e = assertThrows(SessionException.class,
                () -> s.execute("open", WorkspaceOps.open(List.of(tmp.resolve("missing.tla")))));
        assertEquals(tmp.resolve("missing.tla") + ": no such file or folder", e.getMessage());
        assertTrue(s.snapshot().isEmpty());

        Path spec = Files.createDirectories(tmp.resolve("spec"));
        Files.writeString(spec.resolve("A.tla"), "---- MODULE A ----\n====\n");
        Files.writeString(spec.resolve("A.cfg"), "INIT Init\n");
        Files.writeString(spec.resolve("main.go"), "package main\n");
        s.execute("open spec", WorkspaceOps.open(List.of(spec)));
        assertEquals(List.of("A.cfg", "A.tla"), List.copyOf(s.snapshot().files().keySet()));
        assertEquals(FileKind.MODEL, s.snapshot().require("A.cfg").kind());
        s.execute("open spec", WorkspaceOps.open(List.of(spec)));
        assertEquals(2, s.timeline().versions().size(), "reopening unchanged files makes no version");
    }
}
