package specula.shell.commands;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import specula.commands.llm.Exchange;
import specula.commands.llm.ExchangeLog;
import specula.commands.llm.Redactor;
import specula.commands.pipeline.FixSession;
import specula.commands.pipeline.LlmContext;
import specula.commands.pipeline.ParseStep;
import specula.commands.pipeline.SyntaxChecker;
import specula.commands.session.SessionStore;
import specula.commands.session.ShellConfig;
import specula.commands.session.Status;
import specula.shell.console.Interrupts;
import specula.shell.console.LaunchOptions;
import specula.shell.console.Output;
import specula.shell.console.SessionHolder;

/**
 * The shell's command objects wired as in {@code ShellBeans}, without Spring: each {@link #run} brackets a call
 * the way the dispatcher does (begin, end with the status and the failure message), so history, status and
 * versions are the real ones.
 */
final class ShellKit {
    final Path root;
    final StringWriter buffer = new StringWriter();
    final SessionStore store;
    final SessionHolder holder;
    final Output out;
    final WorkspaceCommands workspace;
    final HistoryCommands history;
    final PipelineCommands pipeline;
    final LlmContext llm;
    final LlmCommands llmCommands;
    final GenerateFixCommands steps;

    ShellKit(Path tmp) {
        root = findRoot();
        ShellConfig config = ShellConfig.builder().layer("default", ShellConfig.defaults()).build();
        store = new SessionStore(tmp.resolve("sessions"), Clock.systemUTC());
        holder = new SessionHolder(store, config);
        out = new Output(new PrintWriter(buffer, true), new PrintWriter(new StringWriter(), true), false);
        SyntaxChecker checker = new SyntaxChecker();
        workspace = new WorkspaceCommands(holder, out, new StepRunner(holder, out));
        history = new HistoryCommands(holder, out);
        pipeline = new PipelineCommands(holder, out, new ParseStep(checker), new ProjectPaths(root));
        // Pattern-only retrieval: the embedding model takes seconds to load and the replayed answers do not
        // depend on the hints.
        llm = new LlmContext(config, root, tmp, store.root(), Map.<String, String>of()::get, () -> null);
        llmCommands = new LlmCommands(holder, out, llm);
        steps = new GenerateFixCommands(holder, out, llm, checker, new FixSession(), new Interrupts(),
                new LaunchOptions(LaunchOptions.Mode.SCRIPT, "test"));
    }

    static Path findRoot() {
        String prop = System.getProperty("specula.root");
        Path p = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("DEVELOPERS.md"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("repository root not found");
        return p.toAbsolutePath();
    }

    /** Runs one command line's call; returns null on success or the failure message, as the dispatcher does. */
    String run(String line, Runnable call) {
        holder.session().begin(line);
        try {
            call.run();
            holder.session().end(Status.OK, null);
            return null;
        } catch (RuntimeException e) {
            String message = specula.shell.console.CommandDispatcherAccess.message(e);
            holder.session().end(Status.FAILED, message);
            return message;
        }
    }

    /** Output since the last call. */
    String take() {
        String s = buffer.toString();
        buffer.getBuffer().setLength(0);
        return s;
    }

    /** A recording whose answers a replay hands out by purpose, in order. */
    static Path recording(Path file, List<String[]> purposeAndAnswer) {
        ExchangeLog log = new ExchangeLog(file, Redactor.none());
        int seq = 1;
        for (String[] pa : purposeAndAnswer) {
            log.append(new Exchange(seq++, "2026-01-01T00:00:00Z", "openai", "gpt-test", pa[0], "0".repeat(16), "",
                    "recorded for a test", pa[1], 100, 50, 10, "stop", null));
        }
        return file;
    }

    void useReplay(Path recording) {
        llm.set("provider", "replay");
        llm.set("model", "replay-ordered");
        llm.set("replay-from", recording.toString());
    }

    static String tla(String module) {
        return "Here it is.\n\n```tla\n" + module + "```\n";
    }
}
