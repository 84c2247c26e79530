package specula.commands.fix;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/** Reads {@code *.yaml} knowledge files; every problem is reported with the file and the entry id. */
public final class KnowledgeLoader {

    public List<KnowledgeEntry> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("knowledge base folder " + dir + " does not exist");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        List<KnowledgeEntry> all = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path f : files) {
            for (KnowledgeEntry e : loadFile(f)) {
                String previous = seen.putIfAbsent(e.id(), f.getFileName().toString());
                if (previous != null) {
                    throw new IllegalArgumentException(f + ": entry id " + e.id() + " is already used in " + previous);
                }
                all.add(e);
            }
        }
        return List.copyOf(all);
    }

    public List<KnowledgeEntry> loadFile(Path file) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof List<?> list)) {
            throw new IllegalArgumentException(file + ": expected a list of entries");
        }
        List<KnowledgeEntry> out = new ArrayList<>();
        int index = 0;
        for (Object o : list) {
            index++;
            if (!(o instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException(file + ": entry " + index + " is not a mapping");
            }
            out.add(entry(file, index, m));
        }
        return out;
    }

    private static KnowledgeEntry entry(Path file, int index, Map<?, ?> m) {
        String id = text(m, "id");
        String where = file.getFileName() + " entry " + (id == null ? "#" + index : id);
        for (String required : List.of("id", "title", "explanation", "fix")) {
            if (text(m, required) == null || text(m, required).isBlank()) {
                throw new IllegalArgumentException(where + ": missing '" + required + "'");
            }
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String p : strings(m, "patterns", where)) {
            try {
                patterns.add(Pattern.compile(p));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + ": bad pattern «" + p + "»: " + e.getDescription(), e);
            }
        }
        List<Pattern> context = new ArrayList<>();
        for (String p : strings(m, "context", where)) {
            try {
                context.add(Pattern.compile(p));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + ": bad context pattern «" + p + "»: " + e.getDescription(),
                        e);
            }
        }
        List<String> samples = strings(m, "samples", where);
        if (patterns.isEmpty() && samples.isEmpty()) {
            throw new IllegalArgumentException(where + ": needs at least one pattern or sample");
        }
        String phase = text(m, "phase") == null ? "parse" : text(m, "phase");
        return new KnowledgeEntry(id, text(m, "title"), phase, List.copyOf(patterns), List.copyOf(context), samples,
                text(m, "explanation"), text(m, "fix"), text(m, "bad"), text(m, "good"),
                file.getFileName().toString());
    }

    private static String text(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    private static List<String> strings(Map<?, ?> m, String key, String where) {
        Object v = m.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be a list");
        }
        return l.stream().map(String::valueOf).toList();
    }
}
