package specula.shell.commands;

import java.nio.file.Path;

import specula.commands.llm.CancelToken;
import specula.commands.llm.LlmClient;
import specula.commands.pipeline.LlmContext;
import specula.commands.runtime.LlmModelWriter;
import specula.commands.runtime.ModelSteps;
import specula.commands.runtime.ModelWriter;
import specula.commands.session.Session;
import specula.commands.session.SessionCommand;
import specula.shell.console.Interrupts;
import specula.shell.console.Output;
import specula.shell.console.SessionHolder;

/**
 * {@code model new --llm}: the deterministic model is drafted, then the shell's model chooses the constants'
 * values ({@link LlmModelWriter}); an answer whose .cfg does not parse or misses a constant fails the command and
 * writes nothing. The exchange is recorded in the session's llm.jsonl like every other.
 */
final class ModelNewLlm {
    private final SessionHolder holder;
    private final Output out;
    private final LlmContext llm;
    private final Interrupts interrupts;
    private final boolean interactive;

    ModelNewLlm(SessionHolder holder, Output out, LlmContext llm, Interrupts interrupts, boolean interactive) {
        this.holder = holder;
        this.out = out;
        this.llm = llm;
        this.interrupts = interrupts;
        this.interactive = interactive;
    }

    /** @param module null for the only module */
    SessionCommand writer(String module) {
        Session s = holder.session();
        Progress progress = new Progress(out, interactive);
        CancelToken cancel = interrupts.begin();
        Path dir = s.folder() == null ? null : s.folder().dir();
        LlmClient client = llm.client(dir, progress::line);
        LlmModelWriter writer = new LlmModelWriter(new ModelWriter(), client, llm.prompts());
        return ModelSteps.modelNew(module, (name, text) -> {
            try {
                return writer.write(name, text, progress, cancel);
            } finally {
                progress.clear();
            }
        });
    }
}
