package specula.commands.session;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

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
    private final PrintStream echo;
    private final String prompt;

    /** {@code echo} may be null (no echo), {@code prompt} prefixes each echoed command. */
    public ScriptRunner(Executor executor, PrintStream echo, String prompt) {
        this.executor = executor;
        this.echo = echo;
        this.prompt = prompt;
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
        int run = 0;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            List<String> commands;
            try {
                commands = CommandLines.splitCommands(lines.get(i));
            } catch (SessionException e) {
                return fail(source, lineNo, run, e.getMessage());
            }
            for (String command : commands) {
                if (echo != null) {
                    echo.println(prompt + command);
                    echo.flush();
                }
                String failure;
                try {
                    failure = executor.execute(command);
                } catch (RuntimeException e) {
                    failure = e.getMessage() == null ? e.toString() : e.getMessage();
                }
                run++;
                if (failure != null) return fail(source, lineNo, run, failure);
            }
        }
        return new Result(run, null, 0);
    }

    private Result fail(String source, int line, int run, String message) {
        return new Result(run, source + ":" + line + ": " + message, line);
    }
}
