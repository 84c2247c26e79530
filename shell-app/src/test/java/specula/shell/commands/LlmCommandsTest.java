package specula.shell.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmCommandsTest {
    @TempDir
    Path tmp;
    ShellKit kit;

    @BeforeEach
    void setUp() {
        kit = new ShellKit(tmp);
    }

    @Test
    void llmShowsSettingsWithSourcesAndNamesTheKeyVariableOnly() {
        assertNull(kit.run("llm", () -> kit.llmCommands.llm(List.of(), false)));
        String shown = kit.take();
        assertTrue(shown.contains("llm.provider     openai"), shown);
        assertTrue(shown.contains("llm.api-key-env  OPENAI_API_KEY (NOT set)"), shown);
        assertNull(kit.run("llm set model gpt-x", () -> kit.llmCommands.llm(List.of("set", "model", "gpt-x"), false)));
        kit.take();
        kit.run("llm", () -> kit.llmCommands.llm(List.of(), false));
        String after = kit.take();
        assertTrue(after.lines().anyMatch(l -> l.matches("llm\\.model +gpt-x +llm set")), after);
    }

    @Test
    void llmTestPingsTheModelWithoutRecordingTheExchange() {
        kit.useReplay(ShellKit.recording(tmp.resolve("rec.jsonl"), List.<String[]>of(
                new String[]{"llm.ping", "pong"})));
        assertNull(kit.run("llm --test", () -> kit.llmCommands.llm(List.of(), true)));
        String shown = kit.take();
        assertTrue(shown.contains("replay/replay-ordered answered \"pong\" in "), shown);
        assertTrue(kit.holder.session().history().get(0).outcome().startsWith("replay/replay-ordered answered"));
        assertTrue(java.nio.file.Files.notExists(kit.holder.session().folder().dir().resolve("llm.jsonl")));

        kit.llm.set("replay-from", ShellKit.recording(tmp.resolve("other.jsonl"), List.<String[]>of(
                new String[]{"generate.draft", "notes"})).toString());
        String failure = kit.run("llm --test", () -> kit.llmCommands.llm(List.of(), true));
        assertTrue(failure.startsWith("replay/replay-ordered failed: "), failure);
    }

    @Test
    void badSettingsAreRefusedAndLeaveThePreviousOnesInPlace() {
        String failure = kit.run("llm set", () -> kit.llmCommands.llm(List.of("set", "max-tokens", "-5"), false));
        assertEquals("llm: llm.maxTokens must be positive, got -5", failure);
        assertEquals(8192, kit.llm.config().maxTokens());
        String unknown = assertThrowsMessage(() -> kit.llm.set("colour", "blue"));
        assertTrue(unknown.startsWith("unknown setting llm.colour (known: llm.api-key-env"), unknown);
        String replay = assertThrowsMessage(() -> kit.llm.set("replay-from", "no-such-session"));
        assertTrue(replay.contains("'no-such-session' is neither a recorded llm.jsonl"), replay);
    }

    private static String assertThrowsMessage(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void promptsListAndShowTheTemplates() {
        assertNull(kit.run("prompts", () -> kit.llmCommands.prompts(List.of())));
        String list = kit.take();
        assertTrue(list.contains("fix-syntax") && list.contains("module, attempt, errors, hints, spec"), list);
        assertNull(kit.run("prompts show fix-syntax", () -> kit.llmCommands.prompts(List.of("show", "fix-syntax"))));
        assertTrue(kit.take().contains("## user"));
        String failure = kit.run("prompts show nope", () -> kit.llmCommands.prompts(List.of("show", "nope")));
        assertTrue(failure.startsWith("no prompt named 'nope' in "), failure);
    }

    @Test
    void kbSearchExplainsItsScores() {
        assertNull(kit.run("kb search", () -> kit.llmCommands.kb(List.of("search",
                "Encountered \"Beginning of definition\" at line 31, column 1 and token \"FALSE\""), 3)));
        String shown = kit.take();
        assertTrue(shown.lines().skip(1).findFirst().orElse("").contains("P-MISSING-ELSE"), shown);
        assertTrue(shown.contains("pattern /"), shown);
        assertTrue(kit.holder.session().history().get(0).outcome().startsWith("best: P-MISSING-ELSE"));
    }
}
