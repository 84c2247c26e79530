package specula.commands.runtime;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import specula.commands.llm.CancelToken;
import specula.commands.llm.LlmTestKit;
import specula.commands.llm.ProjectRoot;
import specula.commands.llm.PromptLibrary;
import specula.commands.llm.Provider;
import specula.commands.llm.StubLlmServer;
import specula.commands.llm.TokenListener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LlmModelWriterTest {
    private StubLlmServer server;
    private final LlmTestKit kit = new LlmTestKit();

    @BeforeEach
    void start() throws IOException {
        server = new StubLlmServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LlmModelWriter writer() {
        return new LlmModelWriter(new ModelWriter(), kit.client(kit.config(Provider.OPENAI, server, false), null),
                new PromptLibrary(ProjectRoot.find().resolve("templates/prompts")));
    }

    @Test
    void takesTheCfgBlockOfTheAnswerAfterSendingTheDraft() {
        String cfg = "CONSTANTS\n    Node = {n1, n2}\n    Key = {k1}\n    Nil = Nil\n    MaxVersion = 2\n"
                + "    Ids = {7}\nSPECIFICATION Spec\nINVARIANT TypeOK\n";
        server.answer("Two nodes are enough.\n```cfg\n" + cfg + "```\n");
        ModelWriter.Result r = writer().write("KV", ModelWriterTest.KV, TokenListener.NONE, CancelToken.none());
        assertEquals(cfg, r.text());
        assertTrue(server.received().get(0).body().toString().contains("Node = {n1, n2, n3}"), "the draft is sent");
    }

    @Test
    void refusesAnAnswerThatDropsAConstantOrDoesNotParse() {
        server.answer("```cfg\nCONSTANTS Node = {n1}\nSPECIFICATION Spec\n```");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> writer().write("KV", ModelWriterTest.KV, TokenListener.NONE, CancelToken.none()));
        assertTrue(e.getMessage().contains("leaves constants without a value: Key, Nil, MaxVersion, Ids"),
                e.getMessage());
        server.answer("```cfg\nCONSTANTS Node = = {\n```");
        e = assertThrows(IllegalArgumentException.class,
                () -> writer().write("KV", ModelWriterTest.KV, TokenListener.NONE, CancelToken.none()));
        assertTrue(e.getMessage().startsWith("model new --llm: the model in the answer does not parse: KV.cfg:"),
                e.getMessage());
    }

    @Test
    void refusesAConstantTheModuleDoesNotDeclare() {
        server.answer("```cfg\nCONSTANTS\n    Node = {n1, n2}\n    Key = {k1}\n    Nil = Nil\n    MaxVersion = 2\n"
                + "    Ids = {7}\n    Quorum = 2\nSPECIFICATION Spec\n```");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> writer().write("KV", ModelWriterTest.KV, TokenListener.NONE, CancelToken.none()));
        assertTrue(e.getMessage().contains("assigns constants KV does not declare: Quorum"), e.getMessage());
    }
}
