package specula.commands.session;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The workspace commands as {@link SessionCommand}s, so the shell only parses options and renders. */
public final class WorkspaceOps {
    private static final Pattern MODULE_NAME = Pattern.compile("[A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern MODULE_HEADER = Pattern.compile("-{4,}\\s*MODULE\\s+([A-Za-z0-9_]+)");
    /** Folders are searched this deep: a spec folder, not a whole repository. */
    private static final int FOLDER_DEPTH = 4;

    private WorkspaceOps() {
    }

    /**
     * Opens files (any kind) and folders (their modules, models and traces). Everything is read before the
     * workspace changes, so one bad path leaves it as it was.
     */
    public static SessionCommand open(List<Path> paths) {
        return current -> {
            if (paths.isEmpty()) throw new SessionException("open: give at least one file or folder");
            Map<String, WorkFile> read = new LinkedHashMap<>();
            Map<String, Path> origin = new LinkedHashMap<>();
            for (Path p : paths) {
                if (Files.isDirectory(p)) {
                    List<Path> found = specFiles(p);
                    if (found.stream().noneMatch(f -> FileKind.of(f.toString()) == FileKind.MODULE)) {
                        throw new SessionException(p + ": no TLA+ modules (.tla files) in this folder");
                    }
                    for (Path f : found) add(read, origin, p.relativize(f).toString().replace('\\', '/'), f);
                } else {
                    add(read, origin, p.getFileName().toString(), p);
                }
            }
            List<WorkFile> changed = new ArrayList<>();
            for (WorkFile f : read.values()) {
                boolean same = current.file(f.name()).map(old -> old.text().equals(f.text())).orElse(false);
                if (!same) changed.add(f);
            }
            long modules = read.values().stream().filter(f -> f.kind() == FileKind.MODULE).count();
            String summary = "opened " + read.size() + (read.size() == 1 ? " file" : " files")
                    + " (" + modules + (modules == 1 ? " module" : " modules") + "): "
                    + String.join(", ", read.keySet())
                    + (changed.isEmpty() ? " (already open, unchanged)" : "");
            return Outcome.changed(summary, changed);
        };
    }

    private static void add(Map<String, WorkFile> read, Map<String, Path> origin, String name, Path file) {
        Path previous = origin.put(name, file);
        if (previous != null && !previous.equals(file)) {
            throw new SessionException(file + ": same name as " + previous + " (open them separately)");
        }
        read.put(name, WorkFile.of(name, readText(file)));
    }

    private static List<Path> specFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir, FOLDER_DEPTH)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().charAt(0) != '.')
                    .filter(f -> FileKind.of(f.getFileName().toString()) != FileKind.SOURCE)
                    .sorted().toList();
        } catch (IOException e) {
            throw new SessionException(dir + ": cannot list folder: " + e.getMessage());
        }
    }

    public static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SessionException(file + ": no such file or folder");
        } catch (MalformedInputException e) {
            throw new SessionException(file + ": not a UTF-8 text file");
        } catch (IOException e) {
            throw new SessionException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** A new empty module. */
    public static SessionCommand newModule(String name) {
        return current -> {
            if (!MODULE_NAME.matcher(name).matches()) {
                throw new SessionException("invalid module name '" + name + "': letters, digits and _ only");
            }
            if (current.file(name + ".tla").isPresent()) throw new SessionException("module " + name + " exists");
            String text = "---------------------------- MODULE " + name + " ----------------------------\n"
                    + "EXTENDS Naturals\n\n"
                    + "=============================================================================\n";
            return Outcome.changed("created module " + name, List.of(WorkFile.module(name, text)));
        };
    }

    /** Literal text replacement in one file: the first occurrence, or every one with {@code all}. */
    public static SessionCommand replace(String target, String from, String to, boolean all) {
        return current -> {
            if (from.isEmpty()) throw new SessionException("replace: --from must not be empty");
            WorkFile f = current.require(target);
            int count = count(f.text(), from);
            if (count == 0) throw new SessionException("'" + from + "' not found in " + f.name());
            String text = all ? f.text().replace(from, to)
                    : f.text().replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
            int done = all ? count : 1;
            String summary = "replaced " + done + (done == 1 ? " occurrence" : " occurrences") + " in " + f.name()
                    + (!all && count > 1 ? " (" + (count - 1) + " more; use --all)" : "");
            return Outcome.changed(summary, List.of(f.withText(text)));
        };
    }

    /** Replaces the text of a file (creating the module when it does not exist yet). */
    public static SessionCommand setText(String target, String text, String how) {
        return current -> {
            WorkFile f = current.find(target).orElseGet(() -> {
                if (!MODULE_NAME.matcher(target).matches()) return WorkFile.of(target, "");
                return WorkFile.module(target, "");
            });
            if (f.text().equals(text)) return Outcome.ok(f.name() + " unchanged");
            return Outcome.changed(how + " " + f.name() + " (" + f.withText(text).lineCount() + " lines)",
                    List.of(f.withText(text)));
        };
    }

    /** Writes the current files under {@code dir}; returns the paths written. */
    public static List<Path> export(Snapshot snapshot, Path dir) {
        if (snapshot.isEmpty()) throw new SessionException("nothing to export: the workspace is empty");
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new SessionException(dir + ": not a folder");
        List<Path> written = new ArrayList<>();
        for (WorkFile f : snapshot.files().values()) {
            Path p = dir.resolve(f.name());
            AtomicFiles.write(p, f.text());
            written.add(p);
        }
        return written;
    }

    /** The module name a .tla text declares, if any; used to warn when it disagrees with the file name. */
    public static java.util.Optional<String> declaredModule(String text) {
        Matcher m = MODULE_HEADER.matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) n++;
        return n;
    }
}
