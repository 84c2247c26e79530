package specula.shell.commands;

import java.nio.file.Path;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import specula.commands.instrument.Instrumenter;
import specula.commands.llm.ProjectRoot;
import specula.commands.runtime.ModelSteps;
import specula.commands.runtime.ModelWriter;
import specula.commands.session.SessionException;
import specula.commands.trace.TraceSpecGenerator;
import specula.commands.trace.TraceSteps;
import specula.shell.console.SessionHolder;

/**
 * {@code model new} and the {@code trace} commands that need no model checker ({@code spec}, {@code instrument},
 * {@code convert}); the work is in {@link ModelSteps} and {@link TraceSteps}, run through {@link StepRunner}.
 */
@Component
public class TraceCommands {
    private static final String GROUP = "Model and trace";
    private final SessionHolder holder;
    private final StepRunner steps;

    public TraceCommands(SessionHolder holder, StepRunner steps) {
        this.holder = holder;
        this.steps = steps;
    }

    /** {@code templates.dir} from the configuration, else the project's {@code templates/}. */
    private Path templates() {
        String dir = holder.config().get("templates.dir", "");
        return dir.isBlank() ? ProjectRoot.find().resolve("templates") : Path.of(dir);
    }

    @Command(name = "model", group = GROUP, description = "model new [MODULE]: write MODULE.cfg (constants, "
            + "behaviour, invariants) from the module")
    public void model(@Argument(index = 0, description = "new") String action,
                      @Argument(index = 1, description = "module (optional when there is one)", defaultValue = "")
                      String module,
                      @Option(longName = "llm", description = "let the model choose the constants' values") boolean llm) {
        if (!"new".equals(action)) {
            throw new SessionException("model: expected 'model new [MODULE]', got 'model " + action + "'");
        }
        if (llm) {
            throw new SessionException("model new --llm is not wired into the shell yet (LlmModelWriter in "
                    + "specula.commands.runtime); use model new, then edit the .cfg");
        }
        steps.run(ModelSteps.modelNew(module.isBlank() ? null : module, new ModelWriter()));
    }

    @Command(name = "trace", group = GROUP, description = "trace spec [--config Y] | trace instrument SOURCE "
            + "--lang L --out FILE [--config Y] | trace convert RAW --out TRACE [--map M]")
    public void trace(@Argument(index = 0, description = "spec, instrument or convert") String action,
                      @Argument(index = 1, description = "SOURCE (instrument) or RAW (convert)", defaultValue = "")
                      String input,
                      @Option(longName = "config", description = "YAML trace configuration (file or working "
                              + "file)", defaultValue = "") String config,
                      @Option(longName = "lang", description = "go, python, rust or java", defaultValue = "")
                      String lang,
                      @Option(longName = "out", description = "output file", defaultValue = "") String out,
                      @Option(longName = "map", description = "YAML mapping for convert", defaultValue = "")
                      String map) {
        switch (action) {
            case "spec" -> steps.run(TraceSteps.spec(blankToNull(config),
                    new TraceSpecGenerator(templates().resolve("trace"))));
            case "instrument" -> steps.run(TraceSteps.instrument(require(input, "trace instrument SOURCE"), lang,
                    Path.of(require(out, "trace instrument SOURCE --out FILE")), blankToNull(config),
                    new Instrumenter(templates().resolve("instrumentation"))));
            case "convert" -> steps.run(TraceSteps.convert(require(input, "trace convert RAW"),
                    Path.of(require(out, "trace convert RAW --out TRACE")), blankToNull(map)));
            case "validate" -> throw new SessionException("trace validate needs the model checker, which is not "
                    + "part of this build yet");
            default -> throw new SessionException("trace: expected spec, instrument or convert, got '" + action + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String require(String value, String usage) {
        if (value == null || value.isBlank()) {
            throw new SessionException("usage: " + usage);
        }
        return value;
    }
}
