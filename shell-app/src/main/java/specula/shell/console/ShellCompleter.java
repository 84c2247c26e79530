package specula.shell.console;

import java.util.List;
import java.util.Set;

import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;

import specula.commands.session.SessionStore;

/** Tab completion: command names first, then the command's options, module names, session names or paths. */
final class ShellCompleter implements Completer {
    /** Commands whose arguments are files or folders on disk. */
    private static final Set<String> PATH_COMMANDS = Set.of("open", "load-text", "export", "replay", "generate");
    private static final Set<String> SESSION_COMMANDS = Set.of("resume", "save");

    private final CommandRegistry registry;
    private final SessionHolder holder;
    private final Completer files = new Completers.FileNameCompleter();

    ShellCompleter(CommandRegistry registry, SessionHolder holder) {
        this.registry = registry;
        this.holder = holder;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0) {
            for (Command c : registry.getCommands()) {
                if (!c.isHidden()) candidates.add(new Candidate(c.getName(), c.getName(), null, c.getDescription(),
                        null, null, true));
            }
            return;
        }
        String name = line.words().get(0);
        Command command = registry.getCommandByName(name);
        if (command == null) return;
        String word = line.word();
        if (word.startsWith("-")) {
            for (CommandOption o : command.getOptions()) {
                candidates.add(new Candidate("--" + o.longName(), "--" + o.longName(), null, o.description(), null,
                        null, true));
            }
            return;
        }
        if (SESSION_COMMANDS.contains(name)) {
            for (SessionStore.Info i : holder.store().list()) candidates.add(new Candidate(i.name()));
            return;
        }
        if (PATH_COMMANDS.contains(name) && !(name.equals("load-text") && line.wordIndex() == 1)) {
            files.complete(reader, line, candidates);
            return;
        }
        for (String module : holder.session().snapshot().names()) candidates.add(new Candidate(module));
    }
}
