package specula.shell.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import specula.commands.session.Session;
import specula.commands.session.SessionException;
import specula.commands.session.Snapshot;
import specula.commands.session.Version;
import specula.commands.session.WorkFile;
import specula.commands.session.WorkspaceOps;
import specula.shell.console.Output;
import specula.shell.console.SessionHolder;

/** Commands on the working spec: open, new, modules, show, edit, replace, load-text, export, status. */
@Component
public class WorkspaceCommands {
    private static final String GROUP = "Workspace";
    private final SessionHolder holder;
    private final Output out;
    private final StepRunner steps;

    public WorkspaceCommands(SessionHolder holder, Output out, StepRunner steps) {
        this.holder = holder;
        this.out = out;
        this.steps = steps;
    }

    private Session session() {
        return holder.session();
    }

    @Command(name = "open", group = GROUP, description = "Open TLA+ modules, models, traces or source files (files or folders)")
    public void open(@Arguments List<String> paths) {
        List<Path> p = new ArrayList<>();
        for (String s : paths) p.add(Path.of(s));
        steps.run(WorkspaceOps.open(p));
    }

    @Command(name = "new", group = GROUP, description = "Create an empty TLA+ module")
    public void newModule(@Argument(index = 0, description = "module name") String name) {
        steps.run(WorkspaceOps.newModule(require(name, "new MODULE")));
    }

    @Command(name = "modules", group = GROUP, description = "List the files of the working spec")
    public void modules() {
        Snapshot s = session().snapshot();
        if (s.isEmpty()) {
            out.println("the workspace is empty: open PATH... or new MODULE");
            session().note("no modules");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"NAME", "KIND", "LINES", "LAST CHANGED"});
        for (WorkFile f : s.files().values()) {
            rows.add(new String[]{f.displayName(), f.kind().label(), String.valueOf(f.lineCount()),
                    "v" + lastChanged(f.name())});
        }
        out.println(Tables.render(rows, out));
        session().note(s.files().size() + " files");
    }

    private int lastChanged(String file) {
        for (Version v = session().timeline().current(); v.parent() >= 0;
             v = session().timeline().version(v.parent())) {
            if (v.changed().contains(file)) return v.number();
        }
        return 0;
    }

    @Command(name = "show", group = GROUP, description = "Print a module (with line numbers)")
    public void show(@Argument(index = 0, description = "module or file", defaultValue = "") String name,
                     @Option(longName = "lines", description = "line range A:B (1-based, inclusive)", defaultValue = "") String lines,
                     @Option(longName = "raw", description = "no line numbers") boolean raw) {
        WorkFile f = pick(name);
        String[] all = f.text().split("\n", -1);
        int count = f.text().endsWith("\n") ? all.length - 1 : all.length;
        int from = 1;
        int to = count;
        if (!Tables.blank(lines)) {
            String[] ab = lines.split(":", -1);
            try {
                if (ab.length != 2) throw new NumberFormatException();
                if (!ab[0].isBlank()) from = Integer.parseInt(ab[0].strip());
                if (!ab[1].isBlank()) to = Integer.parseInt(ab[1].strip());
            } catch (NumberFormatException e) {
                throw new SessionException("--lines wants A:B, e.g. 10:20, got '" + lines + "'");
            }
            if (from < 1 || from > to) throw new SessionException("bad line range " + lines);
            if (from > count) throw new SessionException(f.name() + " has " + count + " lines");
            to = Math.min(to, count);
        }
        int width = String.valueOf(Math.max(to, 1)).length();
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (!raw) sb.append(out.dim(String.format("%" + width + "d  ", i)));
            sb.append(all[i - 1]).append('\n');
        }
        out.out().print(sb);
        out.out().flush();
        session().note("shown " + f.name() + " lines " + from + "-" + to);
    }

    @Command(name = "edit", group = GROUP, description = "Edit a module in $EDITOR, then load it back as a new version")
    public void edit(@Argument(index = 0, description = "module or file", defaultValue = "") String name) {
        WorkFile f = pick(name);
        String editor = holder.config().get("shell.editor", "");
        if (editor.isBlank()) editor = firstNonBlank(System.getenv("VISUAL"), System.getenv("EDITOR"), "vi");
        try {
            Path dir = Files.createTempDirectory("specula-edit");
            Path tmp = dir.resolve(f.name().replace('/', '_'));
            Files.writeString(tmp, f.text());
            List<String> cmd = new ArrayList<>(List.of(editor.split("\\s+")));
            cmd.add(tmp.toString());
            int code = new ProcessBuilder(cmd).inheritIO().start().waitFor();
            String text = Files.readString(tmp);
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(dir);
            if (code != 0) throw new SessionException("editor '" + editor + "' exited with status " + code
                    + "; " + f.name() + " unchanged");
            steps.run(WorkspaceOps.setText(f.name(), text, "edited"));
        } catch (IOException e) {
            throw new SessionException("cannot run editor '" + editor + "': " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SessionException("edit interrupted; " + f.name() + " unchanged");
        }
    }

    @Command(name = "replace", group = GROUP, description = "Replace literal text in a module")
    public void replace(@Argument(index = 0, description = "module or file", defaultValue = "") String name,
                        @Option(longName = "from", description = "text to find", required = true) String from,
                        @Option(longName = "to", description = "replacement text", required = true) String to,
                        @Option(longName = "all", description = "replace every occurrence") boolean all) {
        steps.run(WorkspaceOps.replace(pick(name).name(), from, to, all));
    }

    @Command(name = "load-text", group = GROUP, description = "Replace a module's text with a file's content")
    public void loadText(@Argument(index = 0, description = "module or file", defaultValue = "") String name,
                         @Argument(index = 1, description = "file to read", defaultValue = "") String file) {
        require(name, "load-text MODULE FILE");
        require(file, "load-text MODULE FILE");
        String text = WorkspaceOps.readText(Path.of(file));
        steps.run(WorkspaceOps.setText(name, text, "loaded " + file + " into"));
    }

    @Command(name = "export", group = GROUP, description = "Write the working files into a folder")
    public void export(@Argument(index = 0, description = "target folder", defaultValue = "") String dir) {
        List<Path> written = WorkspaceOps.export(session().snapshot(), Path.of(require(dir, "export DIR")));
        for (Path p : written) out.println("  " + p);
        String summary = "exported " + written.size() + (written.size() == 1 ? " file" : " files") + " to " + dir;
        out.println(out.green(summary));
        session().note(summary);
    }

    @Command(name = "status", group = GROUP, description = "Session name, modules, saved state and last results")
    public void status() {
        Session s = session();
        String name = s.name() == null ? "(unsaved)" : s.name();
        out.println(out.bold("session  ") + name + "  " + out.dim(s.folder() == null ? "" : s.folder().dir().toString()));
        Version v = s.timeline().current();
        String saved = s.name() == null ? out.yellow("not saved (save NAME)")
                : s.dirty() ? out.yellow("modified since save (saved at v" + s.savedVersion() + ")") : out.green("saved");
        out.println(out.bold("version  ") + "v" + v.number() + " of " + (s.timeline().versions().size() - 1)
                + "  " + saved);
        out.println(out.bold("files    ") + (s.snapshot().isEmpty() ? "none" : String.join(", ", s.snapshot().names())));
        Map<String, String> results = s.lastResults();
        if (!results.isEmpty()) {
            out.println(out.bold("last results"));
            results.forEach((verb, summary) -> out.println("  " + String.format("%-10s", verb) + " "
                    + (summary.startsWith("FAILED") ? out.red(summary) : summary)));
        }
        s.note(name + " v" + v.number() + (s.dirty() ? " (modified)" : ""));
    }

    /** The named file, or the only module when no name is given. */
    private WorkFile pick(String name) {
        Snapshot s = session().snapshot();
        if (name != null && !name.isBlank()) return s.require(name);
        List<WorkFile> modules = s.modules();
        if (modules.size() == 1) return modules.get(0);
        throw new SessionException(modules.isEmpty() ? "no modules: open PATH... or new MODULE"
                : "which module? " + String.join(", ", s.names()));
    }

    static String require(String value, String usage) {
        if (value == null || value.isBlank()) throw new SessionException("usage: " + usage);
        return value;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return "";
    }
}
