package specula.commands.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import specula.tla.check.cfg.ConfigException;
import specula.tla.check.cfg.ConfigPrinter;
import specula.tla.check.cfg.ModelConfigBuilder;

/**
 * {@code trace spec}: from a {@link TraceConfig}, the trace-validation modules. Two are generic and copied from
 * {@code templates/trace/} ({@code TraceLog.tla}: reading the NDJSON trace, the cursor, acceptance;
 * {@code TraceOps.tla}: applying logged updates); {@code <Spec>Trace.tla} is filled from
 * {@code templates/trace/SpecTrace.tla} with one {@code <Action>IsEvent} per configured action, and
 * {@code <Spec>Trace.cfg} assigns the configured constants and names TraceSpec, TraceView and TraceAccepted.
 */
public final class TraceSpecGenerator {

    /** @param files file name -> text, in the order they should be written */
    public record Output(String moduleName, Map<String, String> files) {
        public Output {
            files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
        }
    }

    public static final List<String> GENERIC_MODULES = List.of("TraceLog", "TraceOps");
    private static final String INDENT = "    ";
    private final Path templates;

    /** @param templates the {@code templates/trace} folder */
    public TraceSpecGenerator(Path templates) {
        this.templates = templates;
    }

    public Output generate(TraceConfig config, String sourceName) {
        String module = config.specName() + "Trace";
        Map<String, String> files = new LinkedHashMap<>();
        files.put(module + ".tla", specTrace(config, module, sourceName));
        files.put(module + ".cfg", cfg(config));
        for (String generic : GENERIC_MODULES) {
            files.put(generic + ".tla", read(generic + ".tla"));
        }
        return new Output(module, files);
    }

    private String read(String file) {
        try {
            return Files.readString(templates.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trace template " + templates.resolve(file), e);
        }
    }

    private String specTrace(TraceConfig c, String module, String sourceName) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("module", module);
        v.put("spec", c.specName());
        v.put("source", sourceName);
        v.put("vars", c.vars());
        v.put("init", c.init());
        v.put("defaults", defaults(c));
        v.put("updates", updates(c));
        v.put("events", events(c));
        v.put("internal", internal(c));
        v.put("next", next(c));
        return TextTemplate.read(templates.resolve("SpecTrace.tla")).fill(v);
    }

    private static String defaults(TraceConfig c) {
        List<String> lines = new ArrayList<>();
        for (TraceConfig.Variable var : c.variables()) {
            Optional<String> d = DefaultValues.of(var, c);
            lines.add(defaultName(var.name()) + " == " + d.orElse("0")
                    + (d.isEmpty() ? "  \\* no default_type or default_value in the configuration" : ""));
        }
        return lines.isEmpty() ? "\\* (no variables are logged)" : String.join("\n", lines);
    }

    static String defaultName(String var) {
        return "TraceDefault_" + var;
    }

    private static String updates(TraceConfig c) {
        if (c.variables().isEmpty()) {
            return INDENT + "TRUE";
        }
        List<String> lines = new ArrayList<>();
        for (TraceConfig.Variable var : c.variables()) {
            String n = var.name();
            lines.add(INDENT + "/\\ IF \"" + n + "\" \\in DOMAIN logline");
            lines.add(INDENT + "   THEN " + n + "' = ApplyUpdates(" + n + ", " + defaultName(n) + ", logline." + n
                    + ")");
            lines.add(INDENT + "   ELSE TRUE");
        }
        return String.join("\n", lines);
    }

    static String eventOperator(TraceConfig.Action a) {
        return a.name().replaceAll("\\W", "_") + "IsEvent";
    }

    private static String events(TraceConfig c) {
        StringBuilder sb = new StringBuilder();
        for (TraceConfig.Action a : c.actions()) {
            sb.append("\\* Event \"").append(a.event()).append("\": action ").append(a.name()).append('\n');
            sb.append(eventOperator(a)).append(" ==\n");
            sb.append(INDENT).append("/\\ IsEvent(\"").append(a.event()).append("\")\n");
            sb.append(INDENT).append("/\\ TraceUpdates\n");
            String body = a.stmt() != null ? a.stmt() : call(a);
            String indent = INDENT + "   ";
            if (!a.parameters().isEmpty()) {
                List<String> binders = new ArrayList<>();
                for (TraceConfig.Parameter p : a.parameters()) {
                    binders.add("\\E " + p.name() + " \\in " + p.source() + " :");
                }
                sb.append(INDENT).append("/\\ ").append(String.join(" ", binders)).append('\n');
                indent = INDENT + "      ";
            } else {
                sb.append(INDENT).append("/\\ ");
                indent = "";
            }
            List<String> lines = reindent(body);
            for (int i = 0; i < lines.size(); i++) {
                sb.append(i == 0 ? indent : INDENT + "      ").append(lines.get(i)).append('\n');
            }
            // After the action: only a whole step counts as reaching the next line (see TraceLog's TraceStepMatched).
            sb.append(INDENT).append("/\\ TraceStepMatched\n");
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String call(TraceConfig.Action a) {
        if (a.parameters().isEmpty()) {
            return a.name();
        }
        return a.name() + "(" + String.join(", ", a.parameters().stream().map(TraceConfig.Parameter::name).toList())
                + ")";
    }

    /** The statement's lines without their common indentation (the YAML may keep the spec's). */
    private static List<String> reindent(String stmt) {
        List<String> lines = stmt.strip().lines().map(String::stripTrailing).toList();
        int common = Integer.MAX_VALUE;
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.isBlank()) {
                common = Math.min(common, l.length() - l.stripLeading().length());
            }
        }
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            out.add(l.isBlank() ? "" : l.substring(Math.min(common, l.length() - l.stripLeading().length())));
        }
        return out;
    }

    private static String internal(TraceConfig c) {
        if (c.interactions().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\n\\* Internal steps that log nothing; they may happen between events.\n");
        sb.append("InternalStep ==\n").append(INDENT).append("/\\ UNCHANGED l\n");
        c.interactionGuard().ifPresent(g -> sb.append(INDENT).append("/\\ ").append(g).append('\n'));
        for (int i = 0; i < c.interactions().size(); i++) {
            sb.append(INDENT).append(i == 0 ? "/\\ \\/ " : "   \\/ ").append(c.interactions().get(i)).append('\n');
        }
        return sb.toString();
    }

    private static String next(TraceConfig c) {
        List<String> lines = new ArrayList<>();
        for (TraceConfig.Action a : c.actions()) {
            lines.add(INDENT + "\\/ " + eventOperator(a));
        }
        lines.add(INDENT + "\\/ StutterIsEvent");
        if (!c.interactions().isEmpty()) {
            lines.add(INDENT + "\\/ InternalStep");
        }
        return String.join("\n", lines);
    }

    private static String cfg(TraceConfig c) {
        ModelConfigBuilder b = new ModelConfigBuilder();
        for (TraceConfig.Constant k : c.constants()) {
            try {
                b.constant(k.name() + " = " + k.value(), "trace configuration");
            } catch (ConfigException e) {
                throw new TraceConfigException("constant " + k.name() + ": its value " + k.value()
                        + " cannot go into a .cfg: " + e.getMessage());
            }
        }
        b.specification("TraceSpec").view("TraceView").postcondition("TraceAccepted").checkDeadlock(false);
        return ConfigPrinter.print(b.build());
    }
}
