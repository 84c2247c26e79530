package specula.shell.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import specula.shell.console.Interrupts;

/** model new --llm with recorded answers (the replay provider): a version when the .cfg is good, nothing else. */
class ModelNewLlmTest {
    /** What a model answers for examples/lockserver/LockServer.tla: strings where the implementation logs them. */
    static final String GOOD = """
            CONSTANTS
                Client = {"c1", "c2", "c3"}
                Nil = "Nil"
                MaxGrants = 2
            SPECIFICATION Spec
            INVARIANTS
                TypeOK
                QueueInv
            """;

    @TempDir
    Path tmp;
    ShellKit kit;
    TraceCommands commands;

    @BeforeEach
    void setUp() {
        kit = new ShellKit(tmp);
        commands = new TraceCommands(kit.holder, new StepRunner(kit.holder, kit.out), kit.out, Map.of(),
                new ModelNewLlm(kit.holder, kit.out, kit.llm, new Interrupts(), false));
        Path module = kit.root.resolve("examples/lockserver/LockServer.tla");
        assertNull(kit.run("open", () -> kit.workspace.open(List.of(module.toString()))));
        kit.take();
    }

    private String modelNewLlm() {
        return kit.run("model new --llm", () -> commands.model("new", "", true));
    }

    @Test
    void theAnswersModelBecomesAVersion() {
        kit.useReplay(ShellKit.recording(tmp.resolve("rec.jsonl"), List.<String[]>of(new String[]{"model.new",
                "MaxGrants = 2 keeps the state space small; clients are strings as the server logs them.\n\n```cfg\n"
                        + GOOD + "```\n"})));
        int before = kit.holder.session().timeline().current().number();
        assertNull(modelNewLlm());
        assertEquals(before + 1, kit.holder.session().timeline().current().number());
        assertEquals(GOOD, kit.holder.session().snapshot().file("LockServer.cfg").orElseThrow().text());
        String shown = kit.take();
        assertTrue(shown.contains("model LockServer.cfg: 3 constant(s), SPECIFICATION Spec, invariants TypeOK, "
                + "QueueInv"), shown);
    }

    @Test
    void anAnswerMissingAConstantIsRefusedAndWritesNothing() {
        kit.useReplay(ShellKit.recording(tmp.resolve("rec.jsonl"), List.<String[]>of(new String[]{"model.new",
                "```cfg\nCONSTANTS\n    Client = {c1, c2}\n    Nil = Nil\nSPECIFICATION Spec\n```\n"})));
        int before = kit.holder.session().timeline().current().number();
        String failure = modelNewLlm();
        assertNotNull(failure);
        assertTrue(failure.contains("leaves constants without a value: MaxGrants"), failure);
        assertEquals(before, kit.holder.session().timeline().current().number());
        assertTrue(kit.holder.session().snapshot().file("LockServer.cfg").isEmpty());
    }

    @Test
    void anAnswerThatDoesNotParseIsRefused() {
        kit.useReplay(ShellKit.recording(tmp.resolve("rec.jsonl"), List.<String[]>of(new String[]{"model.new",
                "```cfg\nCONSTANTS\n    Client = {c1, c2\n    Nil = Nil\n    MaxGrants = 2\nSPECIFICATION Spec\n```\n"})));
        String failure = modelNewLlm();
        assertNotNull(failure);
        assertTrue(failure.contains("the model in the answer does not parse: LockServer.cfg:"), failure);
        assertTrue(kit.holder.session().snapshot().file("LockServer.cfg").isEmpty());
    }
}
