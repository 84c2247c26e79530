package specula.shell.commands;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import specula.commands.session.AtomicFiles;
import specula.commands.session.HistoryEntry;
import specula.commands.session.Session;
import specula.commands.session.SessionException;
import specula.commands.session.Snapshot;
import specula.commands.session.Timeline;
import specula.commands.session.UnifiedDiff;
import specula.commands.session.Version;
import specula.commands.session.WorkFile;
import specula.shell.console.Output;
import specula.shell.console.SessionHolder;

/** Versions and history: versions, diff, undo, redo, history. */
@Component
public class HistoryCommands {
    private static final String GROUP = "History";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    /** Commands left out of exported scripts: they inspect or drive the shell rather than the spec. */
    private static final Set<String> NOT_REPLAYED = Set.of("history", "replay", "resume", "sessions", "help");

    private final SessionHolder holder;
    private final Output out;

    public HistoryCommands(SessionHolder holder, Output out) {
        this.holder = holder;
        this.out = out;
    }

    @Command(name = "versions", group = GROUP, description = "List versions: number, parent, time, command, files changed")
    public void versions() {
        Session s = holder.session();
        Timeline t = s.timeline();
        Set<Integer> line = new TreeSet<>();
        for (Version v = t.current(); v.parent() >= 0; v = t.version(v.parent())) line.add(v.number());
        line.add(0);
        List<Integer> redo = t.redoStack();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"", "V", "FROM", "TIME", "CHANGED", "COMMAND"});
        for (Version v : t.versions()) {
            String mark = v.number() == t.current().number() ? "*" : redo.contains(v.number()) ? "r"
                    : line.contains(v.number()) ? "" : "x";
            rows.add(new String[]{mark, String.valueOf(v.number()), v.parent() < 0 ? "" : String.valueOf(v.parent()),
                    TIME.format(v.time()), String.join(",", v.changed()), v.command()});
        }
        out.println(Tables.render(rows, out));
        out.println(out.dim("* current   r redo-able   x abandoned (reachable by number)"));
        s.note((t.versions().size() - 1) + " versions, at v" + t.current().number());
    }

    @Command(name = "diff", group = GROUP, description = "Unified diff between versions (default: previous and current)")
    public void diff(@Argument(index = 0, description = "from version", defaultValue = "") String a,
                     @Argument(index = 1, description = "to version", defaultValue = "") String b,
                     @Option(longName = "module", description = "only this module or file", defaultValue = "") String module,
                     @Option(longName = "context", description = "context lines", defaultValue = "3") Integer context) {
        Session s = holder.session();
        Timeline t = s.timeline();
        Version to = Tables.blank(b) ? t.current() : t.version(number(b));
        Version from;
        if (!Tables.blank(a)) from = t.version(number(a));
        else if (to.parent() >= 0) from = t.version(to.parent());
        else throw new SessionException("nothing to diff: version 0 is the empty session");
        Snapshot x = from.snapshot();
        Snapshot y = to.snapshot();
        Set<String> names = new TreeSet<>(x.files().keySet());
        names.addAll(y.files().keySet());
        if (!Tables.blank(module)) {
            String file = y.find(module).or(() -> x.find(module)).map(WorkFile::name)
                    .orElseThrow(() -> new SessionException("unknown module or file '" + module + "' in v"
                            + from.number() + " and v" + to.number()));
            names = Set.of(file);
        }
        int changedFiles = 0;
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            String left = x.file(name).map(WorkFile::text).orElse("");
            String right = y.file(name).map(WorkFile::text).orElse("");
            List<UnifiedDiff.Line> lines = UnifiedDiff.diff(
                    x.file(name).isPresent() ? "v" + from.number() + "/" + name : "/dev/null", left,
                    y.file(name).isPresent() ? "v" + to.number() + "/" + name : "/dev/null", right, context);
            if (lines.isEmpty()) continue;
            changedFiles++;
            for (UnifiedDiff.Line l : lines) sb.append(paint(l)).append('\n');
        }
        if (changedFiles == 0) sb.append(out.dim("no differences between v" + from.number() + " and v" + to.number())).append('\n');
        out.out().print(sb);
        out.out().flush();
        s.note("v" + from.number() + " -> v" + to.number() + ": " + changedFiles + (changedFiles == 1 ? " file" : " files") + " differ");
    }

    private String paint(UnifiedDiff.Line l) {
        String text = l.toString();
        return switch (l.kind()) {
            case '+' -> out.green(text);
            case '-' -> out.red(text);
            case '@' -> out.cyan(text);
            case 'h' -> out.bold(text);
            default -> text;
        };
    }

    @Command(name = "undo", group = GROUP, description = "Go back N versions (default 1)")
    public void undo(@Argument(index = 0, description = "steps", defaultValue = "1") int steps) {
        Version v = holder.session().undo(steps);
        out.println("now at " + out.bold("v" + v.number()) + out.dim("  " + v.command()));
    }

    @Command(name = "redo", group = GROUP, description = "Re-apply N undone versions (default 1)")
    public void redo(@Argument(index = 0, description = "steps", defaultValue = "1") int steps) {
        Version v = holder.session().redo(steps);
        out.println("now at " + out.bold("v" + v.number()) + out.dim("  " + v.command()));
    }

    @Command(name = "history", group = GROUP, description = "Commands run in this session, or --export FILE as a replay script")
    public void history(@Option(longName = "export", description = "write the commands as a replay script", defaultValue = "") String export,
                        @Option(longName = "limit", description = "show only the last N", defaultValue = "0") Integer limit) {
        Session s = holder.session();
        List<HistoryEntry> entries = s.history();
        if (!Tables.blank(export)) {
            StringBuilder sb = new StringBuilder("# specula-shell replay script, exported from session "
                    + (s.name() == null ? "(unsaved)" : s.name()) + "\n# run with: ./shell --script " + export
                    + "   or, inside the shell: replay " + export + "\n");
            int n = 0;
            for (HistoryEntry h : entries) {
                String verb = h.command().strip().split("\\s+")[0];
                if (!h.status().ok()) sb.append("# failed: ").append(h.command()).append('\n');
                else if (NOT_REPLAYED.contains(verb)) sb.append("# ").append(h.command()).append('\n');
                else {
                    sb.append(h.command()).append('\n');
                    n++;
                }
            }
            AtomicFiles.write(Path.of(export), sb.toString());
            String summary = "exported " + n + " commands to " + export;
            out.println(out.green(summary));
            s.note(summary);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"#", "TIME", "MS", "STATUS", "V", "COMMAND", "OUTCOME"});
        int start = limit > 0 ? Math.max(0, entries.size() - limit) : 0;
        for (int i = start; i < entries.size(); i++) {
            HistoryEntry h = entries.get(i);
            rows.add(new String[]{String.valueOf(i + 1), TIME.format(h.start()), String.valueOf(h.duration().toMillis()),
                    h.status().ok() ? "ok" : "FAILED", "v" + h.version(), h.command(), h.outcome()});
        }
        out.println(Tables.render(rows, out));
        s.note(entries.size() + " commands");
    }

    private static int number(String v) {
        String s = v.startsWith("v") ? v.substring(1) : v;
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new SessionException("not a version number: '" + v + "'");
        }
    }
}
