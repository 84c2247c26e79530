package specula.commands.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The complete, immutable content of the working spec at one version: files by name. */
public record Snapshot(SortedMap<String, WorkFile> files) {
    public static final Snapshot EMPTY = new Snapshot(new TreeMap<>());

    public Snapshot {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public Snapshot with(Collection<WorkFile> changed, Collection<String> removed) {
        TreeMap<String, WorkFile> next = new TreeMap<>(files);
        removed.forEach(next::remove);
        changed.forEach(f -> next.put(f.name(), f));
        return new Snapshot(next);
    }

    public Optional<WorkFile> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    public List<WorkFile> modules() {
        return ofKind(FileKind.MODULE);
    }

    public List<WorkFile> ofKind(FileKind kind) {
        List<WorkFile> out = new ArrayList<>();
        for (WorkFile f : files.values()) if (f.kind() == kind) out.add(f);
        return out;
    }

    /**
     * Finds a file by module name ("Raft"), file name ("Raft.cfg") or unique base name, so users can type the
     * short form they see in listings.
     */
    public Optional<WorkFile> find(String nameOrModule) {
        WorkFile exact = files.get(nameOrModule);
        if (exact != null) return Optional.of(exact);
        WorkFile module = files.get(nameOrModule + ".tla");
        if (module != null) return Optional.of(module);
        WorkFile found = null;
        for (Map.Entry<String, WorkFile> e : files.entrySet()) {
            String base = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
            if (base.equals(nameOrModule) || base.equals(nameOrModule + ".tla")) {
                if (found != null) return Optional.empty();
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Like {@link #find} but fails with a message listing what exists. */
    public WorkFile require(String nameOrModule) {
        return find(nameOrModule).orElseThrow(() -> new SessionException("unknown module or file '" + nameOrModule
                + "'" + (files.isEmpty() ? ": the workspace is empty (use open or new)"
                : "; known: " + String.join(", ", names()))));
    }

    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (WorkFile f : files.values()) out.add(f.displayName());
        return out;
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }
}
