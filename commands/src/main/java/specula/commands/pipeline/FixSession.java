package specula.commands.pipeline;

import java.util.List;
import java.util.Optional;

import specula.commands.fix.FixAttempt;
import specula.commands.fix.FixLoop;
import specula.commands.fix.FixRun;
import specula.commands.fix.FixRunCodec;
import specula.commands.fix.KnowledgeBase;
import specula.commands.fix.PreFixes;
import specula.commands.llm.CancelToken;
import specula.commands.llm.LlmClient;
import specula.commands.llm.PromptLibrary;
import specula.commands.llm.TokenListener;
import specula.commands.session.AtomicFiles;
import specula.commands.session.FileKind;
import specula.commands.session.Json;
import specula.commands.session.Outcome;
import specula.commands.session.Session;
import specula.commands.session.SessionException;
import specula.commands.session.SessionFolder;
import specula.commands.session.Snapshot;
import specula.commands.session.WorkFile;

/**
 * {@code fix}, {@code fix --step}, {@code fix --continue} and {@code attempts}: the fix run of the current session,
 * kept between commands. Every attempt that changes the module is handed to the {@link Committer} at once, so
 * each becomes its own version (undo walks back through the attempts) and a cancel or a provider failure later
 * in the loop loses nothing already done. The run itself is written to the session folder after every attempt,
 * so a resumed session (or a new shell) can go on with {@code fix --continue}.
 */
public final class FixSession {
    /** Turns an attempt's text into a version of the session. */
    @FunctionalInterface
    public interface Committer {
        void commit(String summary, WorkFile changed);
    }

    /** What the loop needs for one command; the client records into the session folder of that command. */
    public record Tools(ModuleChecker checker, LlmClient client, PromptLibrary prompts, KnowledgeBase knowledge) {
    }

    private Session owner;
    private FixRun run;
    private String moduleFile;

    /** The last run of {@code session}: the one made in this process, else the one its folder keeps. */
    public Optional<FixRun> last(Session session) {
        if (owner == session && run != null) return Optional.of(run);
        Optional<FixRunCodec.Stored> stored = stored(session);
        stored.ifPresent(st -> {
            owner = session;
            run = st.run();
            moduleFile = st.moduleFile();
        });
        return stored.map(FixRunCodec.Stored::run);
    }

    private static Optional<FixRunCodec.Stored> stored(Session session) {
        SessionFolder folder = session.folder();
        if (folder == null) return Optional.empty();
        java.nio.file.Path file = folder.dir().resolve(SessionFolder.FIX_RUN);
        if (!java.nio.file.Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(FixRunCodec.decode(Json.parse(java.nio.file.Files.readString(file))));
        } catch (java.io.IOException | RuntimeException e) {
            throw new SessionException("cannot read the saved fix run " + file + ": " + e.getMessage()
                    + " (start a new run with fix MODULE)", e);
        }
    }

    /** Atomic, so a crash mid-write leaves the previous state of the run, never half of one. */
    private void persist() {
        SessionFolder folder = owner.folder();
        if (folder == null) return;
        AtomicFiles.write(folder.dir().resolve(SessionFolder.FIX_RUN), Json.write(FixRunCodec.encode(run, moduleFile)));
    }

    /** Starts a new run on {@code module} (or the only module) and runs it to the end, or one attempt. */
    public Outcome start(Session session, Snapshot snapshot, String module, int attempts, boolean oneStep, Tools tools,
                         TokenListener tokens, CancelToken cancel, Committer committer) {
        if (attempts < 1 || attempts > 20) throw new SessionException("--attempts must be within 1..20, got " + attempts);
        WorkFile f = pick(snapshot, module);
        FixLoop loop = loop(snapshot, attempts, tools);
        String name = f.displayName().substring(f.displayName().lastIndexOf('/') + 1);
        FixRun r = loop.start(name, f.text());
        owner = session;
        run = r;
        moduleFile = f.name();
        return advance(loop, oneStep, tokens, cancel, committer);
    }

    /** Continues the last run from the module as it is now (after an edit or an undo). */
    public Outcome resume(Session session, Snapshot snapshot, boolean oneStep, Tools tools, TokenListener tokens,
                          CancelToken cancel, Committer committer) {
        FixRun r = last(session).orElseThrow(() -> new SessionException(
                "no fix run to continue in this session: start one with fix [MODULE]"));
        WorkFile f = snapshot.file(moduleFile).orElseThrow(() -> new SessionException(
                moduleFile + " is no longer in the workspace: start a new run with fix MODULE"));
        FixLoop loop = loop(snapshot, r.maxLlmAttempts(), tools);
        loop.resume(r, f.text());
        if (r.status() == FixRun.Status.OUT_OF_ATTEMPTS) {
            throw new SessionException("the last run used all " + r.maxLlmAttempts() + " model attempts; "
                    + "start a new one: fix " + r.moduleName() + " --attempts N");
        }
        return advance(loop, oneStep, tokens, cancel, committer);
    }

    private Outcome advance(FixLoop loop, boolean oneStep, TokenListener tokens, CancelToken cancel,
                            Committer committer) {
        FixRun r = run;
        int before = r.attempts().size();
        FixLoop.Listener listener = (a, unused) -> {
            if (a.changed()) committer.commit(attemptSummary(r.moduleName(), a),
                    new WorkFile(moduleFile, FileKind.MODULE, a.after()));
        };
        try {
            while (!r.finished()) {
                loop.step(r, listener, tokens, cancel);
                persist();
                if (oneStep) break;
            }
        } finally {
            persist();
        }
        int made = r.attempts().size() - before;
        String done = made + (made == 1 ? " attempt" : " attempts");
        return switch (r.status()) {
            case CLEAN -> Outcome.ok(r.moduleName() + ": clean" + (r.attempts().isEmpty() ? " (nothing to fix)"
                    : " after " + r.attempts().size() + (r.attempts().size() == 1 ? " attempt" : " attempts")));
            case RUNNING -> Outcome.ok(r.moduleName() + ": " + done + ", " + r.problems().size()
                    + " error(s) left; fix --continue for the next");
            case CANCELLED -> Outcome.failed(r.moduleName() + ": cancelled after " + done
                    + "; the spec is as the last attempt left it (fix --continue resumes)");
            case FAILED -> Outcome.failed(r.moduleName() + ": " + r.message() + " (fix --continue resumes)");
            case OUT_OF_ATTEMPTS, NO_PROGRESS -> Outcome.failed(r.moduleName() + ": " + r.message());
        };
    }

    static String attemptSummary(String module, FixAttempt a) {
        return "fix " + module + " attempt " + a.number() + " (" + a.kind().name().toLowerCase() + "): "
                + a.errorsBefore().size() + " -> " + a.errorsAfter().size() + " errors";
    }

    private static FixLoop loop(Snapshot snapshot, int attempts, Tools tools) {
        FixLoop.Options d = FixLoop.Options.defaults();
        return new FixLoop(tools.checker().forFix(ParseStep.modules(snapshot)), tools.client(), tools.prompts(),
                tools.knowledge(), PreFixes.all(), new FixLoop.Options(attempts, d.hints(), d.maxErrorsInPrompt()));
    }

    private static WorkFile pick(Snapshot snapshot, String module) {
        if (module != null && !module.isBlank()) {
            WorkFile f = snapshot.require(module);
            if (f.kind() != FileKind.MODULE) throw new SessionException(f.name() + " is not a TLA+ module");
            return f;
        }
        List<WorkFile> modules = snapshot.modules();
        if (modules.size() == 1) return modules.get(0);
        throw new SessionException(modules.isEmpty() ? "no modules to fix: open PATH..., new MODULE or generate"
                : "which module? fix MODULE (" + String.join(", ", snapshot.names()) + ")");
    }
}
