package specula.commands.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs scripts of shell commands (replay files, {@code --script}, {@code -c}, piped stdin): one or more commands a
 * line separated by {@code ;}, {@code #} comments, each command echoed before it runs, stopping at the first
 * failure with {@code SOURCE:LINE: message}.
 */
public final class ScriptRunner {
    /** Executes one command; returns null on success or the failure message. */
    @FunctionalInterface
    public interface Executor {
        String execute(String command);
    }

    /** Where a script stopped, if it did. */
    public record Result(int commandsRun, String failure, int failedLine) {
        public boolean ok() {
            return failure == null;
        }
    }

    private final Executor executor;
    private final Consumer<String> echo;

    /** {@code echo} receives each command before it runs; null for no echo. */
    public ScriptRunner(Executor executor, Consumer<String> echo) {
        this.executor = executor;
        this.echo = echo;
    }

    public Result runFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Result(0, file + ": no such file", 0);
        } catch (IOException e) {
            return new Result(0, file + ": cannot read: " + e.getMessage(), 0);
        }
        return runLines(file.toString(), lines);
    }

    public Result runLines(String source, List<String> lines) {
        return run(source, lines.iterator());
    }

    /** Runs lines as they arrive (piped stdin), so each command's effects are journaled before the next is read. */
    public Result runReader(String source, BufferedReader reader) {
        return run(source, reader.lines().iterator());
    }

    private Result run(String source, Iterator<String> lines) {
        int run = 0;
        int lineNo = 0;
        while (lines.hasNext()) {
            String line = lines.next();
            lineNo++;
            List<String> commands;
            try {
                commands = CommandLines.splitCommands(line);
            } catch (SessionException e) {
                return fail(source, lineNo, run, e.getMessage());
            }
            for (String command : commands) {
                if (echo != null) echo.accept(command);
                if (command.equals("exit") || command.equals("quit")) return new Result(run, null, 0);
                String failure;
                try {
                    failure = executor.execute(command);
                } catch (RuntimeException e) {
                    failure = e.getMessage() == null ? e.toString() : e.getMessage();
                }
                run++;
                if (failure != null) {
                    // With several commands on one line, the line number alone does not say which one failed.
                    return fail(source, lineNo, run, commands.size() > 1 ? failure + " (in: " + command + ")" : failure);
                }
            }
        }
        return new Result(run, null, 0);
    }

    private Result fail(String source, int line, int run, String message) {
        return new Result(run, source + ":" + line + ": " + message, line);
    }
}
