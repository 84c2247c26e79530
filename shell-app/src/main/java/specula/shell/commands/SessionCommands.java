package specula.shell.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import specula.commands.session.ScriptRunner;
import specula.commands.session.Secrets;
import specula.commands.session.SessionException;
import specula.commands.session.SessionStore;
import specula.commands.session.ShellConfig;
import specula.shell.console.CommandDispatcher;
import specula.shell.console.Output;
import specula.shell.console.SessionHolder;

/** Persistence and scripts: save, resume, sessions, replay, config. */
@Component
public class SessionCommands {
    private static final String GROUP = "Session";
    private final SessionHolder holder;
    private final Output out;
    private final org.springframework.beans.factory.ObjectProvider<CommandDispatcher> dispatcher;

    public SessionCommands(SessionHolder holder, Output out,
                           org.springframework.beans.factory.ObjectProvider<CommandDispatcher> dispatcher) {
        this.holder = holder;
        this.out = out;
        this.dispatcher = dispatcher;
    }

    @Command(name = "save", group = GROUP, description = "Save the session under NAME (or its current name)")
    public void save(@Argument(index = 0, description = "session name", defaultValue = "") String name,
                     @Option(longName = "force", description = "overwrite an existing session") boolean force) {
        Path dir = holder.store().save(holder.session(), Tables.blank(name) ? null : name, force);
        String summary = "saved session " + holder.session().name() + " at v"
                + holder.session().timeline().current().number() + " in " + dir;
        out.println(out.green(summary));
        holder.session().note(summary);
    }

    @Command(name = "resume", group = GROUP, description = "Continue a saved (or crashed unsaved) session")
    public void resume(@Argument(index = 0, description = "session name", defaultValue = "") String name) {
        WorkspaceCommands.require(name, "resume NAME (see: sessions)");
        SessionStore.Resumed r = holder.store().resume(name);
        holder.replace(r.session());
        var s = r.session();
        StringBuilder summary = new StringBuilder("resumed " + name + " at v" + s.timeline().current().number()
                + " (" + (s.timeline().versions().size() - 1) + " versions, " + s.history().size() + " commands)");
        if (r.recoveredEvents() > 0) summary.append("; recovered ").append(r.recoveredEvents())
                .append(" journal events written after the last save");
        if (r.droppedTornLine()) summary.append("; dropped an incomplete last journal line (interrupted write)");
        out.println(out.green(summary.toString()));
        s.note(summary.toString());
    }

    @Command(name = "sessions", group = GROUP, description = "List saved sessions (and recoverable unsaved ones)")
    public void sessions() {
        List<SessionStore.Info> infos = holder.store().list();
        if (infos.isEmpty()) {
            out.println("no sessions in " + holder.store().root().toAbsolutePath());
            holder.session().note("no sessions");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"NAME", "VERSIONS", "UPDATED", "NOTE"});
        for (SessionStore.Info i : infos) {
            rows.add(new String[]{i.name(), String.valueOf(i.versions()), i.updated(),
                    !i.problem().isEmpty() ? "unreadable: " + i.problem() : i.unsaved() ? "unsaved (recoverable)" : ""});
        }
        out.println(Tables.render(rows, out));
        holder.session().note(infos.size() + " sessions");
    }

    @Command(name = "replay", group = GROUP, description = "Run the commands of a script file, echoing each")
    public void replay(@Argument(index = 0, description = "script file", defaultValue = "") String file) {
        WorkspaceCommands.require(file, "replay FILE");
        CommandDispatcher d = dispatcher.getObject();
        ScriptRunner runner = new ScriptRunner(d::execute,
                cmd -> out.println(out.dim("> ") + out.bold(cmd)));
        ScriptRunner.Result r = runner.runFile(Path.of(file));
        if (!r.ok()) throw new SessionException(r.failure());
        String summary = "replayed " + r.commandsRun() + " commands from " + file;
        out.println(out.green(summary));
        holder.session().note(summary);
    }

    @Command(name = "config", group = GROUP, description = "Show the effective configuration and where each value comes from")
    public void config() {
        ShellConfig c = holder.config();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"KEY", "VALUE", "SOURCE"});
        for (Map.Entry<String, ShellConfig.Entry> e : c.masked().entrySet()) {
            rows.add(new String[]{e.getKey(), e.getValue().value(), e.getValue().source()});
        }
        out.println(Tables.render(rows, out));
        out.println(out.dim("layers: defaults < ~/.config/specula-shell/config.yaml < ./specula-shell.yaml < SPECULA_* env"
                + (c.entries().keySet().stream().anyMatch(Secrets::isSecretKey) ? "; secrets masked" : "")));
        holder.session().note(c.entries().size() + " settings");
    }
}
