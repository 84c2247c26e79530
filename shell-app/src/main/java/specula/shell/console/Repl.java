package specula.shell.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.springframework.shell.core.command.CommandRegistry;

import specula.commands.session.CommandLines;
import specula.commands.session.Session;
import specula.commands.session.SessionException;
import specula.commands.session.ShellConfig;

/**
 * The interactive loop: JLine line editing with a persistent history file and completion of commands, options,
 * module names, session names and paths. A failing command prints its message and the loop goes on.
 */
final class Repl {
    private final CommandDispatcher dispatcher;
    private final SessionHolder holder;
    private final Output output;
    private final CommandRegistry registry;
    private final ShellConfig config;
    private final Interrupts interrupts;

    Repl(CommandDispatcher dispatcher, SessionHolder holder, Output output, CommandRegistry registry,
         ShellConfig config, Interrupts interrupts) {
        this.interrupts = interrupts;
        this.dispatcher = dispatcher;
        this.holder = holder;
        this.output = output;
        this.registry = registry;
        this.config = config;
    }

    int run() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            Path historyFile = Path.of(config.get("shell.history-file", ".specula/shell-history"));
            Files.createDirectories(historyFile.toAbsolutePath().getParent());
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("specula-shell")
                    .completer(new ShellCompleter(registry, holder))
                    .variable(LineReader.HISTORY_FILE, historyFile)
                    .build();
            reader.unsetOpt(LineReader.Option.INSERT_TAB);
            // While a command runs, Ctrl-C cancels its model call (the line reader handles it while editing).
            terminal.handle(Terminal.Signal.INT, signal -> interrupts.interrupt());
            output.println(output.bold("specula-shell") + " — type " + output.cyan("help") + " for commands, "
                    + output.cyan("exit") + " to leave.");
            while (true) {
                String line;
                try {
                    line = reader.readLine(prompt());
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                String trimmed = line.strip();
                if (trimmed.equals("exit") || trimmed.equals("quit")) break;
                runLine(line);
            }
            reader.getHistory().save();
            return 0;
        } catch (IOException e) {
            throw new SessionException("cannot open the terminal: " + e.getMessage());
        }
    }

    private void runLine(String line) {
        List<String> commands;
        try {
            commands = CommandLines.splitCommands(line);
        } catch (SessionException e) {
            output.error(e.getMessage());
            return;
        }
        for (String command : commands) {
            String failure = dispatcher.execute(command);
            if (failure != null) {
                output.error(failure);
                return;
            }
        }
    }

    private String prompt() {
        Session s = holder.session();
        String name = s.name() == null ? "unsaved" : s.name();
        String dirty = s.name() != null && s.dirty() ? "*" : "";
        String base = config.get("shell.prompt", "specula");
        return output.yellow(base + "[" + name + dirty + " v" + s.timeline().current().number() + "]") + "> ";
    }
}
