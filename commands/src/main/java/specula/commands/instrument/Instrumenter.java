package specula.commands.instrument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import specula.commands.trace.TraceConfig;

/**
 * {@code trace instrument}: injects the language's stub at every function the trace configuration maps to an
 * action, and supplies the helper those stubs call. The function of an action is {@code actions[].function}, else
 * the action name (without a leading {@code Handle}) in the usual spellings (as is, camelCase, snake_case,
 * PascalCase). The traced variables are the configuration's variables.
 */
public final class Instrumenter {

    /** @param helperName where the helper goes, relative to the instrumented file's folder */
    public record Result(String text, String helperName, String helperText, Map<String, List<Integer>> instrumented,
                         List<String> notFound) {
        public String summary() {
            String done = instrumented.entrySet().stream().map(e -> e.getKey() + " (line" + (e.getValue().size() > 1
                    ? "s " : " ") + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + ")").collect(Collectors.joining(", "));
            return "instrumented " + instrumented.size() + " action(s)" + (done.isEmpty() ? "" : ": " + done)
                    + (notFound.isEmpty() ? "" : "; no function found for " + String.join(", ", notFound));
        }
    }

    private record Insertion(int at, String text) {
    }

    private static final Pattern GO_PACKAGE = Pattern.compile("(?m)^package\\s+(\\w+)");
    private static final Pattern JAVA_PACKAGE = Pattern.compile("(?m)^package\\s+[\\w.]+\\s*;[^\\n]*\\n");
    private final Path templates;

    /** @param templates the {@code templates/instrumentation} folder */
    public Instrumenter(Path templates) {
        this.templates = templates;
    }

    public Result instrument(String source, Language language, TraceConfig config) {
        StubTemplate stub = StubTemplate.parse(language.stubFile(), read(language.stubFile()));
        String vars = config.variables().stream().map(v -> "\"" + v.name() + "\"").collect(Collectors.joining(", "));
        FunctionFinder finder = new FunctionFinder(language);
        List<Insertion> inserts = new ArrayList<>();
        Map<String, List<Integer>> done = new LinkedHashMap<>();
        List<String> notFound = new ArrayList<>();
        for (TraceConfig.Action action : config.actions()) {
            Set<String> names = candidates(action);
            List<FunctionSite> sites = finder.find(source, names);
            if (sites.isEmpty()) {
                notFound.add(action.name() + " (looked for " + String.join(", ", names) + ")");
                continue;
            }
            for (FunctionSite site : sites) {
                Map<String, String> values = Map.of("event", action.event(), "vars", vars, "receiver",
                        site.receiver() == null ? "nil" : site.receiver());
                inserts.addAll(language == Language.PYTHON ? python(site, stub, values)
                        : braces(source, site, stub, values));
                done.computeIfAbsent(action.name(), k -> new ArrayList<>()).add(site.line());
            }
        }
        String text = apply(source, inserts);
        if (!done.isEmpty()) {
            text = addImport(text, language, stub.section("import", Map.of()));
        }
        String helper = read(language.helperFile());
        if (language == Language.GO) {
            Matcher p = GO_PACKAGE.matcher(source);
            helper = helper.replace("{{package}}", p.find() ? p.group(1) : "main");
        }
        return new Result(text, language.helperFile(), helper, done, notFound);
    }

    /** The spellings an action's function may have in source code. */
    static Set<String> candidates(TraceConfig.Action action) {
        Set<String> out = new LinkedHashSet<>();
        if (action.function() != null && !action.function().isBlank()) {
            out.add(action.function().strip());
            return out;
        }
        for (String base : List.of(action.name(), action.event())) {
            out.add(base);
            out.add(Character.toLowerCase(base.charAt(0)) + base.substring(1));
            out.add(Character.toUpperCase(base.charAt(0)) + base.substring(1));
            out.add(base.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static List<Insertion> python(FunctionSite site, StubTemplate stub, Map<String, String> values) {
        return List.of(new Insertion(site.start(), indent(stub.section("decorator", values), site.indent()) + "\n"));
    }

    private static List<Insertion> braces(String source, FunctionSite site, StubTemplate stub,
                                          Map<String, String> values) {
        String inner = bodyIndent(source, site);
        List<Insertion> out = new ArrayList<>();
        String enter = stub.section("enter", values);
        if (!enter.isEmpty()) {
            out.add(new Insertion(site.bodyOpen() + 1, "\n" + indent(enter, inner)));
        }
        String exit = stub.section("exit", values);
        if (!exit.isEmpty()) {
            int close = site.bodyClose();
            int lineStart = source.lastIndexOf('\n', close - 1) + 1;
            boolean ownLine = source.substring(lineStart, close).isBlank();
            out.add(new Insertion(ownLine ? lineStart : close, indent(exit, inner) + "\n"
                    + (ownLine ? "" : site.indent())));
        }
        return out;
    }

    /** The indentation of the body's first line, so stubs look like the code around them. */
    private static String bodyIndent(String source, FunctionSite site) {
        int lineEnd = source.indexOf('\n', site.bodyOpen());
        while (lineEnd >= 0 && lineEnd + 1 < site.bodyClose()) {
            int next = source.indexOf('\n', lineEnd + 1);
            String line = source.substring(lineEnd + 1, next < 0 ? source.length() : next);
            if (!line.isBlank()) {
                String ws = line.substring(0, line.length() - line.stripLeading().length());
                if (ws.length() > site.indent().length()) {
                    return ws;
                }
                break;
            }
            lineEnd = next;
        }
        return site.indent() + (site.indent().contains("\t") ? "\t" : "    ");
    }

    private static String indent(String lines, String prefix) {
        return lines.lines().map(l -> l.isBlank() ? l : prefix + l).collect(Collectors.joining("\n"));
    }

    private static String apply(String source, List<Insertion> inserts) {
        List<Insertion> sorted = new ArrayList<>(inserts);
        sorted.sort(Comparator.comparingInt(Insertion::at).reversed());
        StringBuilder sb = new StringBuilder(source);
        for (Insertion i : sorted) {
            sb.insert(i.at(), i.text());
        }
        return sb.toString();
    }

    /** The import goes after a Java package line, after Python's shebang/encoding/__future__ lines, else on top. */
    private static String addImport(String text, Language language, String importLines) {
        if (importLines.isBlank() || text.contains(importLines.strip())) {
            return text;
        }
        String block = importLines.strip() + "\n";
        if (language == Language.JAVA) {
            Matcher m = JAVA_PACKAGE.matcher(text);
            return m.find() ? text.substring(0, m.end()) + block + text.substring(m.end()) : block + text;
        }
        if (language == Language.PYTHON) {
            int at = 0;
            for (String line : text.split("\n", -1)) {
                String t = line.strip();
                if (t.startsWith("#!") || t.startsWith("# -*-") || t.startsWith("from __future__")) {
                    at += line.length() + 1;
                } else {
                    break;
                }
            }
            return text.substring(0, at) + block + text.substring(at);
        }
        return block + text;
    }

    private String read(String file) {
        try {
            return Files.readString(templates.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read instrumentation template " + templates.resolve(file), e);
        }
    }
}
