package specula.commands.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * {@code session.yaml}: what a person reading the folder wants to know (name, times, current files, versions with
 * the commands that made them) plus the journal length at the last write, which tells a complete session from a
 * half-written one. Holds no secrets: command lines are redacted before they get here.
 */
public final class SessionManifest {
    private SessionManifest() {
    }

    /** The fields resume relies on. */
    public record Header(String name, Instant created, int events) {
    }

    static String render(Session s, int events) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", SessionFolder.FORMAT);
        root.put("name", s.name() == null ? "(unsaved)" : s.name());
        root.put("created", s.created().toString());
        root.put("updated", s.clock().instant().toString());
        root.put("current", s.timeline().current().number());
        root.put("saved", s.savedVersion());
        root.put("redo", s.timeline().redoStack());
        List<String> files = new ArrayList<>(s.snapshot().files().keySet());
        root.put("files", files);
        List<Map<String, Object>> versions = new ArrayList<>();
        for (Version v : s.timeline().versions()) {
            if (v.number() == 0) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", v.number());
            m.put("parent", v.parent());
            m.put("time", v.time().toString());
            m.put("command", v.command());
            m.put("changed", new ArrayList<>(new java.util.TreeSet<>(v.changed())));
            versions.add(m);
        }
        root.put("versions", versions);
        root.put("journal", SessionFolder.JOURNAL);
        root.put("events", events);
        DumperOptions opts = new DumperOptions();
        opts.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        opts.setWidth(120);
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(opts), opts);
        return "# specula-shell session; the journal history.jsonl is authoritative\n" + yaml.dump(root);
    }

    static Header read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new SessionException(file + ": missing (not a session folder, or half-written)");
        } catch (IOException e) {
            throw new SessionException(file + ": cannot read: " + e.getMessage());
        }
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            throw YamlErrors.of(file, "corrupt YAML", e);
        }
        if (!(doc instanceof Map<?, ?> m)) throw new SessionException(file + ": corrupt (not a YAML mapping)");
        Object format = m.get("format");
        if (!(format instanceof Integer f) || f != SessionFolder.FORMAT) {
            throw new SessionException(file + ": unsupported or missing format '" + format + "'");
        }
        Object events = m.get("events");
        Object created = m.get("created");
        if (!(events instanceof Integer n) || n < 0) throw new SessionException(file + ": missing 'events' count");
        Instant createdAt;
        try {
            createdAt = Instant.parse(String.valueOf(created));
        } catch (RuntimeException e) {
            throw new SessionException(file + ": bad 'created' time '" + created + "'");
        }
        return new Header(String.valueOf(m.get("name")), createdAt, n);
    }

}
