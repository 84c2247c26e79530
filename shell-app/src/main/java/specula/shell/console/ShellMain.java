package specula.shell.console;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.core.command.CommandRegistry;

import specula.commands.session.ScriptRunner;
import specula.commands.session.SessionException;
import specula.commands.session.ShellConfig;

/**
 * Chooses the mode and sets the process exit status: 0 when every command succeeded, 1 at the first failure.
 * Being the application's runner also keeps Spring Shell's own runner from starting.
 */
public final class ShellMain implements ApplicationRunner, ExitCodeGenerator {
    private final LaunchOptions options;
    private final CommandDispatcher dispatcher;
    private final SessionHolder holder;
    private final Output output;
    private final CommandRegistry registry;
    private final ShellConfig config;
    private final Interrupts interrupts;
    private int exitCode;

    public ShellMain(LaunchOptions options, CommandDispatcher dispatcher, SessionHolder holder, Output output,
                     CommandRegistry registry, ShellConfig config, Interrupts interrupts) {
        this.interrupts = interrupts;
        this.options = options;
        this.dispatcher = dispatcher;
        this.holder = holder;
        this.output = output;
        this.registry = registry;
        this.config = config;
    }

    @Override
    public void run(ApplicationArguments ignored) {
        exitCode = run();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    public int run() {
        try {
            holder.store().pruneUnsaved(20);
            return switch (options.mode()) {
                case SCRIPT -> report(runner(true).runFile(Path.of(options.argument())));
                case INLINE -> report(runner(false).runLines("-c", List.of(options.argument().split("\n"))));
                case STDIN -> report(runner(false).runReader("stdin",
                        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))));
                case INTERACTIVE -> new Repl(dispatcher, holder, output, registry, config, interrupts).run();
                case HELP -> 0;
            };
        } catch (SessionException e) {
            output.error(e.getMessage());
            return 1;
        } finally {
            holder.store().release(holder.session());
            holder.store().discardIfEmpty(holder.session());
        }
    }

    private ScriptRunner runner(boolean echo) {
        return new ScriptRunner(dispatcher::execute, echo ? this::echo : null);
    }

    /** Scripts show each command before its output, like a terminal session would. */
    void echo(String command) {
        output.println(output.dim("> ") + output.bold(command));
    }

    private int report(ScriptRunner.Result r) {
        if (r.ok()) return 0;
        output.error(r.failure());
        return 1;
    }

}
