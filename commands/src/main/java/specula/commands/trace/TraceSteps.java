package specula.commands.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import specula.commands.instrument.Instrumenter;
import specula.commands.instrument.Language;
import specula.commands.session.AtomicFiles;
import specula.commands.session.Outcome;
import specula.commands.session.SessionCommand;
import specula.commands.session.SessionException;
import specula.commands.session.Snapshot;
import specula.commands.session.WorkFile;

/**
 * The {@code trace} commands that need no model checker, as session steps. Inputs named on the command line
 * are workspace files when the workspace has them, else files on disk; outputs become working files (one
 * version per command) and, for {@code instrument} and {@code convert}, also the files named by {@code --out}.
 */
public final class TraceSteps {
    private TraceSteps() {
    }

    /** {@code trace spec [--config FILE]}: the trace-validation modules and model. */
    public static SessionCommand spec(String configName, TraceSpecGenerator generator) {
        return current -> {
            Input cfg = config(current, configName);
            TraceConfig config = parse(cfg);
            TraceSpecGenerator.Output out;
            try {
                out = generator.generate(config, cfg.name());
            } catch (TraceConfigException e) {
                throw new SessionException(cfg.name() + ": " + e.getMessage());
            }
            List<WorkFile> changed = new ArrayList<>();
            out.files().forEach((name, text) -> {
                if (!current.file(name).map(f -> f.text().equals(text)).orElse(false)) {
                    changed.add(WorkFile.of(name, text));
                }
            });
            String summary = "trace spec " + out.moduleName() + " from " + cfg.name() + ": "
                    + config.actions().size() + " action(s), " + config.variables().size() + " logged variable(s); "
                    + String.join(", ", out.files().keySet()) + (changed.isEmpty() ? " (unchanged)" : "");
            return Outcome.changed(summary, changed);
        };
    }

    /** {@code trace instrument SOURCE --lang L --out FILE [--config FILE]}. */
    public static SessionCommand instrument(String source, String lang, Path out, String configName,
                                            Instrumenter instrumenter) {
        return current -> {
            Input src = input(current, source, "source");
            Language language = lang == null || lang.isBlank() ? Language.ofFile(src.name()).orElseThrow(
                    () -> new SessionException("trace instrument: give --lang go|python|rust|java for " + src.name()))
                    : parseLanguage(lang);
            Input cfg = config(current, configName);
            Instrumenter.Result r;
            try {
                r = instrumenter.instrument(src.text(), language, parse(cfg));
            } catch (IllegalArgumentException e) {
                throw new SessionException(src.name() + ": " + e.getMessage());
            }
            if (r.instrumented().isEmpty()) {
                throw new SessionException("trace instrument: no function of " + src.name() + " matches an action; "
                        + r.summary());
            }
            Path helper = out.toAbsolutePath().getParent().resolve(r.helperName());
            AtomicFiles.write(out, r.text());
            AtomicFiles.write(helper, r.helperText());
            String name = workName(out, "instrumented/" + out.getFileName());
            return Outcome.changed(r.summary() + "; wrote " + out + " and " + helper.getFileName(),
                    List.of(WorkFile.of(name, r.text())));
        };
    }

    /** {@code trace convert RAW --out TRACE [--map FILE]}. */
    public static SessionCommand convert(String raw, Path out, String mapName) {
        return current -> {
            Input in = input(current, raw, "raw trace");
            TraceMapping mapping = TraceMapping.identity();
            if (mapName != null && !mapName.isBlank()) {
                Input m = input(current, mapName, "mapping");
                try {
                    mapping = TraceMapping.parse(m.name(), m.text());
                } catch (TraceConfigException e) {
                    throw new SessionException(e.getMessage());
                }
            }
            TraceConverter.Result r;
            try {
                r = new TraceConverter(mapping).convert(in.name(), in.text());
            } catch (TraceConfigException e) {
                throw new SessionException(in.name() + ": " + e.getMessage());
            }
            if (!r.problems().isEmpty()) {
                throw new SessionException("trace convert: " + r.problems().size() + " unreadable line(s), first: "
                        + r.problems().get(0));
            }
            AtomicFiles.write(out, r.text());
            return Outcome.changed(r.summary() + "; wrote " + out, List.of(WorkFile.of(workName(out,
                    out.getFileName().toString()), r.text())));
        };
    }

    /**
     * {@code trace validate TRACE [--spec M]}: lints the trace against the workspace's trace configuration (when
     * there is exactly one), then replays it with {@code validator}. {@code details} receives the verdict before
     * the outcome is returned, so the shell can print it even when the step fails.
     */
    public static SessionCommand validate(String trace, String specModule, TraceValidator validator,
                                          java.util.function.Consumer<TraceVerdict> details) {
        return validate(trace, specModule, validator, details, true);
    }

    /**
     * @param failOnRejection false for {@code --no-fail}: a rejection is a verdict to report, not a failed command
     *                        (a script goes on); lint problems and a validation that cannot run still fail
     */
    public static SessionCommand validate(String trace, String specModule, TraceValidator validator,
                                          java.util.function.Consumer<TraceVerdict> details,
                                          boolean failOnRejection) {
        return current -> {
            Input t = input(current, trace, "trace");
            List<WorkFile> yamls = current.files().values().stream()
                    .filter(f -> f.name().endsWith(".yaml") || f.name().endsWith(".yml")).toList();
            if (yamls.size() == 1) {
                List<TraceLint.Problem> problems = new TraceLint().check(parse(new Input(yamls.get(0).name(),
                        yamls.get(0).text())), t.text());
                if (!problems.isEmpty()) {
                    return Outcome.failed(t.name() + ": " + problems.size() + " problem(s) before validation, first: "
                            + problems.get(0));
                }
            }
            String module = traceModule(current, specModule);
            String cfg = current.file(module + ".cfg").map(WorkFile::text).orElseThrow(() -> new SessionException(
                    "no model " + module + ".cfg (run trace spec)"));
            java.util.Map<String, String> modules = new java.util.LinkedHashMap<>();
            for (WorkFile f : current.modules()) {
                if (!f.displayName().contains("/")) {
                    modules.put(f.displayName(), f.text());
                }
            }
            TraceVerdict v = validator.validate(module, modules, cfg, t.name(), t.text());
            details.accept(v);
            return v.accepted() || !failOnRejection ? Outcome.ok(v.summary()) : Outcome.failed(v.summary());
        };
    }

    /** The named trace module, else the only module named {@code *Trace} that has a model. */
    private static String traceModule(Snapshot current, String name) {
        if (name != null && !name.isBlank()) {
            return current.require(name).displayName();
        }
        List<String> found = current.modules().stream().map(WorkFile::displayName)
                .filter(n -> n.endsWith("Trace") && current.file(n + ".cfg").isPresent()).toList();
        if (found.size() != 1) {
            throw new SessionException(found.isEmpty() ? "no trace spec in the workspace: run trace spec first"
                    : "several trace specs: give --spec (" + String.join(", ", found) + ")");
        }
        return found.get(0);
    }

    private record Input(String name, String text) {
    }

    /**
     * The working-file name of an output: its path as given when that is a plain relative path (two outputs with
     * the same file name stay apart), else {@code fallback}.
     */
    static String workName(Path out, String fallback) {
        Path n = out.normalize();
        String s = n.toString().replace('\\', '/');
        if (n.isAbsolute() || s.isEmpty() || s.startsWith("..") || s.contains(":")) {
            return fallback;
        }
        return s;
    }

    private static Language parseLanguage(String lang) {
        try {
            return Language.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new SessionException(e.getMessage());
        }
    }

    private static TraceConfig parse(Input cfg) {
        try {
            return TraceConfig.parse(cfg.name(), cfg.text());
        } catch (TraceConfigException e) {
            throw new SessionException(e.getMessage());
        }
    }

    /** The named configuration, else the workspace's only {@code .yaml}/{@code .yml} file. */
    private static Input config(Snapshot current, String name) {
        if (name != null && !name.isBlank()) {
            return input(current, name, "trace configuration");
        }
        List<WorkFile> yamls = current.files().values().stream()
                .filter(f -> f.name().endsWith(".yaml") || f.name().endsWith(".yml")).toList();
        if (yamls.size() != 1) {
            throw new SessionException("give --config FILE (the YAML trace configuration)" + (yamls.isEmpty() ? ""
                    : "; the workspace has several: " + String.join(", ", yamls.stream().map(WorkFile::name)
                    .toList())));
        }
        return new Input(yamls.get(0).name(), yamls.get(0).text());
    }

    private static Input input(Snapshot current, String name, String what) {
        Optional<WorkFile> f = current.find(name);
        if (f.isPresent()) {
            return new Input(f.get().name(), f.get().text());
        }
        Path p = Path.of(name);
        if (!Files.isRegularFile(p)) {
            throw new SessionException(what + " '" + name + "' is neither a working file nor a file on disk");
        }
        try {
            return new Input(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SessionException(p + ": cannot read: " + e.getMessage());
        }
    }
}
