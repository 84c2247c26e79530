package specula.commands.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import specula.commands.fix.Problem;
import specula.commands.generate.Generator;
import specula.commands.llm.CancelToken;
import specula.commands.llm.Exchange;
import specula.commands.llm.ExchangeLog;
import specula.commands.llm.LlmConfig;
import specula.commands.llm.LlmException;
import specula.commands.llm.ProjectRoot;
import specula.commands.llm.Provider;
import specula.commands.llm.Redactor;
import specula.commands.llm.TokenListener;
import specula.commands.session.FileKind;
import specula.commands.session.Session;
import specula.commands.session.SessionException;
import specula.commands.session.SessionStore;
import specula.commands.session.ShellConfig;
import specula.commands.session.WorkFile;
import specula.commands.session.WorkspaceOps;

class PipelineStepsTest {
    @TempDir
    Path tmp;

    private static void record(Path file, String purpose, String answer) {
        ExchangeLog log = new ExchangeLog(file, Redactor.none());
        log.append(new Exchange(log.nextSeq(), "2026-01-01T00:00:00Z", "openai", "m", purpose, "0".repeat(16), "",
                "u", answer, 1, 1, 1, "stop", null));
    }

    @Test
    void shellKeysMapToTheCoreConfigAndReplayFromNamesASession() throws Exception {
        Path sessions = tmp.resolve("sessions");
        record(sessions.resolve("demo/llm.jsonl"), "x", "y");
        LlmConfig c = LlmSettings.toConfig(Map.of("llm.provider", "replay", "llm.max-tokens", "100",
                "llm.replay-from", "demo", "llm.timeout", "2m"), tmp, sessions);
        assertEquals(Provider.REPLAY, c.provider());
        assertEquals(100, c.maxTokens());
        assertEquals(120, c.timeout().toSeconds());
        assertEquals(sessions.resolve("demo/llm.jsonl"), c.replayFile());
        // A folder holding a recording works too; a name that is nothing fails naming the key.
        assertEquals(sessions.resolve("demo/llm.jsonl"), LlmSettings.toConfig(Map.of("llm.provider", "replay",
                "llm.replay-from", sessions.resolve("demo").toString()), tmp, sessions).replayFile());
        LlmException e = assertThrows(LlmException.class, () -> LlmSettings.toConfig(Map.of("llm.replay-from",
                "nothing"), tmp, sessions));
        assertTrue(e.getMessage().startsWith("llm.replay-from: 'nothing'"), e.getMessage());
        assertEquals("https://x", LlmSettings.toConfig(Map.of("llm.base-url", "https://x"), tmp, sessions).baseUrl());
    }

    @Test
    void environmentVariablesReachTheDashedKeysAndAKeyInConfigurationIsRefused() {
        ShellConfig c = ShellConfig.builder().layer("default", ShellConfig.defaults())
                .env(Map.of("SPECULA_LLM_API_KEY_ENV", "MY_KEY", "SPECULA_LLM_MAX_TOKENS", "512")).build();
        Map<String, String> flat = new java.util.LinkedHashMap<>();
        c.entries().forEach((k, e) -> {
            if (k.startsWith("llm.")) flat.put(k, e.value());
        });
        LlmConfig cfg = LlmSettings.toConfig(flat, tmp, tmp);
        assertEquals("MY_KEY", cfg.apiKeyEnv());
        assertEquals(512, cfg.maxTokens());
        LlmException e = assertThrows(LlmException.class, () -> LlmSettings.toConfig(Map.of("llm.api-key", "sk-1"),
                tmp, tmp));
        assertTrue(e.getMessage().contains("name that variable in llm.api-key-env"), e.getMessage());
    }

    @Test
    void aCancelledGenerateLeavesTheSessionUnchanged() throws Exception {
        Path rec = tmp.resolve("rec.jsonl");
        record(rec, "generate.direct", "```tla\n---- MODULE A ----\n====\n```\n");
        ShellConfig config = ShellConfig.builder().layer("test", Map.of("llm.provider", "replay",
                "llm.model", "replay-ordered", "llm.replay-from", rec.toString())).build();
        Path root = ProjectRoot.find();
        LlmContext llm = new LlmContext(config, root, tmp, tmp.resolve("sessions"), Map.<String, String>of()::get,
                () -> null);
        Session session = new SessionStore(tmp.resolve("sessions"), Clock.systemUTC()).newSession();
        Path src = Files.writeString(tmp.resolve("a.go"), "package a\nfunc A() {}\n");
        CancelToken cancel = new CancelToken();
        cancel.cancel();
        GenerateStep step = new GenerateStep(llm.client(session.folder().dir(), s -> { }), llm.prompts());
        Generator.Options direct = new Generator.Options(Generator.Mode.DIRECT, "A", 24_000);
        session.begin("generate a.go");
        SessionException e = assertThrows(SessionException.class, () -> session.execute(current ->
                step.run(current, List.of(src.toString()), direct, TokenListener.NONE, cancel, s -> { }).outcome()));
        assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
        assertEquals(0, session.timeline().current().number());

        // Not cancelled: the module and the source are one version; direct mode has no analysis artefact.
        GenerateStep.Result r = step.run(session.snapshot(), List.of(src.toString()), direct, TokenListener.NONE,
                new CancelToken(), s -> { });
        assertEquals(List.of("a.go", "A.tla"), r.outcome().written().stream().map(WorkFile::name).toList());
        assertEquals(null, r.analysisFile());
    }

    @Test
    void theFixCheckerSeesTheOtherWorkspaceModules() {
        ModuleChecker checker = new SyntaxChecker();
        var others = (java.util.function.Function<String, java.util.Optional<String>>) n ->
                n.equals("Lib") ? java.util.Optional.of("---- MODULE Lib ----\nBad == \n====\n") : java.util.Optional.empty();
        List<Problem> problems = checker.forFix(others).check("Main", "---- MODULE Main ----\nEXTENDS Lib\n====\n");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Problem.Phase.PARSE, problems.get(0).phase());
        assertTrue(checker.forFix(n -> java.util.Optional.empty())
                .check("Main", "---- MODULE Main ----\nEXTENDS Lib\n====\n").isEmpty());
    }

    @Test
    void artefactsKeepTheirKindAndTheRecordingIsSavedWithTheSession() throws Exception {
        assertEquals(FileKind.ARTIFACT, FileKind.of("artefacts/Raft.draft.md"));
        SessionStore store = new SessionStore(tmp.resolve("sessions"), Clock.systemUTC());
        Session s = store.newSession();
        s.begin("new A");
        s.execute(WorkspaceOps.newModule("A"));
        s.end(specula.commands.session.Status.OK, null);
        record(s.folder().dir().resolve("llm.jsonl"), "fix.attempt", "answer");
        store.save(s, "kept", false);
        List<Exchange> saved = ExchangeLog.read(tmp.resolve("sessions/kept/llm.jsonl"));
        assertEquals(1, saved.size());
        assertEquals("answer", saved.get(0).response());
    }
}
