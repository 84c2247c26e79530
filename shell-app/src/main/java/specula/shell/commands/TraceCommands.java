package specula.shell.commands;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import specula.commands.instrument.Instrumenter;
import specula.commands.llm.ProjectRoot;
import specula.commands.pipeline.LlmContext;
import specula.commands.runtime.ModelSteps;
import specula.commands.runtime.ModelWriter;
import specula.commands.runtime.TlcProcessRunner;
import specula.commands.session.SessionException;
import specula.commands.trace.TraceSpecGenerator;
import specula.commands.trace.TlcTraceValidator;
import specula.commands.trace.TraceSteps;
import specula.commands.trace.TraceValidator;
import specula.shell.console.Interrupts;
import specula.shell.console.LaunchOptions;
import specula.shell.console.Output;
import specula.shell.console.SessionHolder;

/**
 * {@code model new} and the {@code trace} commands that need no model checker ({@code spec}, {@code instrument},
 * {@code convert}); the work is in {@link ModelSteps} and {@link TraceSteps}, run through {@link StepRunner}.
 * {@code trace validate} runs on the embedded checker, or on an external TLC when {@code TLA2TOOLS_JAR} is set
 * (with {@code COMMUNITY_MODULES_JAR} for Json, IOUtils, SequencesExt).
 */
@Component
public class TraceCommands {
    private static final String GROUP = "Model and trace";
    private final SessionHolder holder;
    private final StepRunner steps;
    private final Output output;
    private final Map<String, String> environment;
    private final ModelNewLlm modelLlm;

    @Autowired
    public TraceCommands(SessionHolder holder, StepRunner steps, Output out, LlmContext llm, Interrupts interrupts,
                         LaunchOptions launch) {
        this(holder, steps, out, System.getenv(), new ModelNewLlm(holder, out, llm, interrupts,
                launch.mode() == LaunchOptions.Mode.INTERACTIVE));
    }

    TraceCommands(SessionHolder holder, StepRunner steps, Output out, Map<String, String> environment) {
        this(holder, steps, out, environment, null);
    }

    /** @param modelLlm null: {@code model new --llm} unavailable (tests of the deterministic commands) */
    TraceCommands(SessionHolder holder, StepRunner steps, Output out, Map<String, String> environment,
                  ModelNewLlm modelLlm) {
        this.holder = holder;
        this.steps = steps;
        this.output = out;
        this.environment = Map.copyOf(environment);
        this.modelLlm = modelLlm;
    }

    /** {@code templates.dir} from the configuration, else the project's {@code templates/}. */
    private Path templates() {
        String dir = holder.config().get("templates.dir", "");
        return dir.isBlank() ? ProjectRoot.find().resolve("templates") : Path.of(dir);
    }

    @Command(name = "model", group = GROUP, description = "model new [MODULE] [--llm]: write MODULE.cfg "
            + "(constants, behaviour, invariants) from the module; --llm lets the model choose the constants' values")
    public void model(@Argument(index = 0, description = "new") String action,
                      @Argument(index = 1, description = "module (optional when there is one)", defaultValue = "")
                      String module,
                      @Option(longName = "llm", description = "let the model choose the constants' values") boolean llm) {
        if (!"new".equals(action)) {
            throw new SessionException("model: expected 'model new [MODULE]', got 'model " + action + "'");
        }
        String target = module.isBlank() ? null : module;
        if (llm) {
            if (modelLlm == null) throw new SessionException("model new --llm needs the LLM settings of this shell");
            steps.run(modelLlm.writer(target));
            return;
        }
        steps.run(ModelSteps.modelNew(target, new ModelWriter()));
    }

    @Command(name = "trace", group = GROUP, description = "trace spec [--config Y] | trace instrument SOURCE "
            + "--lang L --out FILE [--config Y] | trace convert RAW --out TRACE [--map M] | trace validate TRACE "
            + "[--spec M] [--json] [--no-fail]")
    public void trace(@Argument(index = 0, description = "spec, instrument or convert") String action,
                      @Argument(index = 1, description = "SOURCE (instrument) or RAW (convert)", defaultValue = "")
                      String input,
                      @Option(longName = "config", description = "YAML trace configuration (file or working "
                              + "file)", defaultValue = "") String config,
                      @Option(longName = "lang", description = "go, python, rust or java", defaultValue = "")
                      String lang,
                      @Option(longName = "out", description = "output file", defaultValue = "") String out,
                      @Option(longName = "map", description = "YAML mapping for convert", defaultValue = "")
                      String map,
                      @Option(longName = "spec", description = "trace module for validate", defaultValue = "")
                      String spec,
                      @Option(longName = "json", description = "validate: the verdict as JSON") boolean json,
                      @Option(longName = "no-fail", description = "validate: a rejection is reported, the command "
                              + "(and a script) goes on") boolean noFail) {
        switch (action) {
            case "spec" -> steps.run(TraceSteps.spec(blankToNull(config),
                    new TraceSpecGenerator(templates().resolve("trace"))));
            case "instrument" -> steps.run(TraceSteps.instrument(require(input, "trace instrument SOURCE"), lang,
                    Path.of(require(out, "trace instrument SOURCE --out FILE")), blankToNull(config),
                    new Instrumenter(templates().resolve("instrumentation"))));
            case "convert" -> steps.run(TraceSteps.convert(require(input, "trace convert RAW"),
                    Path.of(require(out, "trace convert RAW --out TRACE")), blankToNull(map)));
            case "validate" -> steps.run(TraceSteps.validate(require(input, "trace validate TRACE"),
                    blankToNull(spec), tlcValidator(), v -> details(v, json),
                    !noFail));
            default -> throw new SessionException("trace: expected spec, instrument or convert, got '" + action + "'");
        }
    }

    /** The verdict's details; its summary line is the command's outcome, printed after it. */
    private void details(specula.commands.trace.TraceVerdict v, boolean json) {
        if (json) {
            output.println(v.toJson());
            return;
        }
        String text = v.render().stripTrailing();
        int nl = text.indexOf('\n');
        if (nl >= 0) {
            output.println(text.substring(nl + 1));
        }
    }

    /** TLC from TLA2TOOLS_JAR (+ COMMUNITY_MODULES_JAR) when set, else the embedded checker. */
    private TraceValidator tlcValidator() {
        String jar = environment.getOrDefault("TLA2TOOLS_JAR", "");
        if (jar.isBlank()) {
            return new specula.commands.check.EmbeddedTraceValidator(specula.tla.check.CheckOptions.defaults());
        }
        List<String> cp = new ArrayList<>(List.of(jar));
        String community = environment.getOrDefault("COMMUNITY_MODULES_JAR", "");
        if (!community.isBlank()) {
            cp.add(community);
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new TlcTraceValidator(new TlcProcessRunner(new TlcProcessRunner.Options(List.of(javaBin,
                "-XX:+UseParallelGC", "-cp", String.join(java.io.File.pathSeparator, cp), "tlc2.TLC", "-workers", "1",
                "-cleanup"), Duration.ofMinutes(10), Path.of(System.getProperty("java.io.tmpdir"), "specula-tlc"),
                Map.of())));
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
