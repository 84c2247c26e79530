package specula.commands.runtime;

import java.util.List;

import specula.commands.session.Outcome;
import specula.commands.session.SessionCommand;
import specula.commands.session.SessionException;
import specula.commands.session.Snapshot;
import specula.commands.session.WorkFile;

/** {@code model new [MODULE]} as a session step: the model becomes {@code MODULE.cfg}, one new version. */
public final class ModelSteps {
    private ModelSteps() {
    }

    /** Writes a model for a module: {@link ModelWriter} (deterministic) or {@link LlmModelWriter}. */
    @FunctionalInterface
    public interface Writer {
        /** @throws IllegalArgumentException with a message for the user when no model can be written */
        ModelWriter.Result write(String moduleName, String text);
    }

    /** @param module the module to write a model for; null when the workspace has exactly one */
    public static SessionCommand modelNew(String module, ModelWriter writer) {
        return modelNew(module, (Writer) writer::write);
    }

    /** The same with any writer, e.g. {@code model new --llm}; its model is a version like the deterministic one. */
    public static SessionCommand modelNew(String module, Writer writer) {
        return current -> {
            WorkFile m = pickModule(current, module);
            ModelWriter.Result r;
            try {
                r = writer.write(m.displayName(), m.text());
            } catch (IllegalArgumentException e) {
                throw new SessionException(e.getMessage());
            }
            String name = r.moduleName() + ".cfg";
            boolean same = current.file(name).map(f -> f.text().equals(r.text())).orElse(false);
            String summary = "model " + name + ": " + r.config().constants().size() + " constant(s), "
                    + r.config().specification().map(s -> "SPECIFICATION " + s)
                    .orElse("INIT " + r.config().init().orElse("?") + " NEXT " + r.config().next().orElse("?"))
                    + (r.config().invariants().isEmpty() ? "" : ", invariants " + String.join(", ",
                    r.config().invariants())) + (same ? " (unchanged)" : "");
            return same ? Outcome.ok(summary) : Outcome.changed(summary, List.of(WorkFile.of(name, r.text())));
        };
    }

    static WorkFile pickModule(Snapshot current, String module) {
        if (module != null && !module.isBlank()) {
            return current.require(module);
        }
        List<WorkFile> modules = current.modules();
        if (modules.size() != 1) {
            throw new SessionException(modules.isEmpty() ? "no module in the workspace (open or new first)"
                    : "several modules: name one (" + String.join(", ", modules.stream().map(WorkFile::displayName)
                    .toList()) + ")");
        }
        return modules.get(0);
    }
}
