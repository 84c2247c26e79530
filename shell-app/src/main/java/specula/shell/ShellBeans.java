package specula.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandRegistry;

import specula.commands.llm.ProjectRoot;
import specula.commands.pipeline.FixSession;
import specula.commands.pipeline.LlmContext;
import specula.commands.pipeline.ModuleChecker;
import specula.commands.pipeline.ParseStep;
import specula.commands.pipeline.SemanticChecker;
import specula.commands.session.SessionStore;
import specula.commands.session.ShellConfig;
import specula.shell.commands.ProjectPaths;
import specula.shell.console.CommandDispatcher;
import specula.shell.console.Interrupts;
import specula.shell.console.LaunchOptions;
import specula.shell.console.Output;
import specula.shell.console.SessionHolder;
import specula.shell.console.ShellMain;

/**
 * Wiring: the session store, output and the dispatcher, all explicit instances. {@link ShellConfig} and
 * {@link LaunchOptions} are registered by {@link SpeculaShellApplication#main} before the context starts.
 */
@Configuration(proxyBeanMethods = false)
public class ShellBeans {
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SessionStore sessionStore(ShellConfig config, Clock clock) {
        return new SessionStore(Path.of(config.get("session.store", "sessions")), clock);
    }

    @Bean
    SessionHolder sessionHolder(SessionStore store, ShellConfig config) {
        return new SessionHolder(store, config);
    }

    @Bean
    Output output(ShellConfig config) {
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        boolean tty = System.console() != null;
        boolean color = Output.colorWanted(config.get("shell.color", "auto"), tty, System.getenv("NO_COLOR"));
        return new Output(new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), color);
    }

    /** The repository root when the shell runs inside a clone, else the working directory. */
    @Bean
    ProjectPaths projectPaths() {
        try {
            return new ProjectPaths(ProjectRoot.find());
        } catch (IllegalStateException e) {
            return new ProjectPaths(Path.of("").toAbsolutePath());
        }
    }

    /** SANY's whole front end: parse errors first, then resolution, arity and level errors. */
    @Bean
    ModuleChecker moduleChecker() {
        return new SemanticChecker();
    }

    @Bean
    ParseStep parseStep(ModuleChecker checker) {
        return new ParseStep(checker);
    }

    @Bean
    LlmContext llmContext(ShellConfig config, ProjectPaths paths, SessionStore store) {
        return new LlmContext(config, paths.root(), Path.of("").toAbsolutePath(), store.root(), System::getenv);
    }

    @Bean
    FixSession fixSession() {
        return new FixSession();
    }

    @Bean
    Interrupts interrupts() {
        return new Interrupts();
    }

    @Bean
    CommandDispatcher commandDispatcher(CommandRegistry registry, SessionHolder holder, Output output) {
        return new CommandDispatcher(registry, holder, output);
    }

    @Bean
    ShellMain shellMain(LaunchOptions options, CommandDispatcher dispatcher, SessionHolder holder, Output output,
                        CommandRegistry registry, ShellConfig config, Interrupts interrupts) {
        return new ShellMain(options, dispatcher, holder, output, registry, config, interrupts);
    }
}
