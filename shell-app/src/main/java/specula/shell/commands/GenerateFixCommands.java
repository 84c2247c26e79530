package specula.shell.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import specula.commands.fix.FixAttempt;
import specula.commands.fix.FixReport;
import specula.commands.fix.FixRun;
import specula.commands.fix.Problem;
import specula.commands.generate.Generator;
import specula.commands.llm.CancelToken;
import specula.commands.llm.LlmClient;
import specula.commands.pipeline.FixSession;
import specula.commands.pipeline.GenerateStep;
import specula.commands.pipeline.LlmContext;
import specula.commands.pipeline.ModuleChecker;
import specula.commands.session.Outcome;
import specula.commands.session.Session;
import specula.commands.session.SessionException;
import specula.commands.session.UnifiedDiff;
import specula.shell.console.Interrupts;
import specula.shell.console.Output;
import specula.shell.console.SessionHolder;

/** The LLM pipeline steps: generate, fix, attempts. */
@Component
public class GenerateFixCommands {
    private static final String GROUP = "Pipeline";
    private final SessionHolder holder;
    private final Output out;
    private final LlmContext llm;
    private final ModuleChecker checker;
    private final FixSession fixes;
    private final Interrupts interrupts;
    private final boolean interactive;

    public GenerateFixCommands(SessionHolder holder, Output out, LlmContext llm, ModuleChecker checker,
                               FixSession fixes, Interrupts interrupts, specula.shell.console.LaunchOptions launch) {
        this.holder = holder;
        this.out = out;
        this.llm = llm;
        this.checker = checker;
        this.fixes = fixes;
        this.interrupts = interrupts;
        this.interactive = launch.mode() == specula.shell.console.LaunchOptions.Mode.INTERACTIVE;
    }

    private LlmClient client(Session s, Progress progress) {
        Path dir = s.folder() == null ? null : s.folder().dir();
        return llm.client(dir, progress::line);
    }

    @Command(name = "generate", group = GROUP, description = "Translate source code into a TLA+ module with the LLM (a new version)")
    public void generate(@Arguments List<String> sources,
                         @Option(longName = "mode", description = "draft (analysis first) or direct", defaultValue = "draft") String mode,
                         @Option(longName = "module", description = "module name (default: from the first file)", defaultValue = "") String module) {
        Generator.Mode m = switch (mode.toLowerCase(Locale.ROOT)) {
            case "draft" -> Generator.Mode.DRAFT;
            case "direct" -> Generator.Mode.DIRECT;
            default -> throw new SessionException("--mode is draft or direct, got '" + mode + "'");
        };
        Session s = holder.session();
        Progress progress = new Progress(out, interactive);
        CancelToken cancel = interrupts.begin();
        GenerateStep step = new GenerateStep(client(s, progress), llm.prompts());
        Generator.Options options = new Generator.Options(m, Tables.blank(module) ? null : module,
                Generator.Options.defaults().chunkChars());
        GenerateStep.Result[] result = new GenerateStep.Result[1];
        Outcome o = s.execute(current -> {
            result[0] = step.run(current, sources, options, progress, cancel, progress::line);
            return result[0].outcome();
        });
        progress.clear();
        for (String note : result[0].generated().mergeNotes()) out.println(out.dim("  merge: " + note));
        out.println(out.green(o.summary()));
    }

    @Command(name = "fix", group = GROUP, description = "Parse, and while there are errors ask the LLM for a corrected module (each attempt a version)")
    public void fix(@Argument(index = 0, description = "module (default: the only one)", defaultValue = "") String module,
                    @Option(longName = "attempts", description = "model attempts", defaultValue = "3") Integer attempts,
                    @Option(longName = "step", description = "one attempt, then stop (fix --continue goes on)") boolean step,
                    @Option(longName = "continue", description = "continue the last run from the current text") boolean resume) {
        Session s = holder.session();
        if (resume && !Tables.blank(module)) throw new SessionException("fix --continue takes no MODULE");
        Progress progress = new Progress(out, interactive);
        CancelToken cancel = interrupts.begin();
        FixSession.Tools tools = new FixSession.Tools(checker, client(s, progress), llm.prompts(), knowledge(progress));
        String label = s.currentCommand();
        FixSession.Committer commit = (summary, file) -> {
            progress.clear();
            s.execute(label + "  [" + summary.substring(summary.indexOf("attempt")) + "]",
                    current -> Outcome.changed(summary, List.of(file)));
            out.println("  " + summary + " -> v" + s.timeline().current().number());
        };
        Outcome result = resume
                ? fixes.resume(s, s.snapshot(), step, tools, progress, cancel, commit)
                : fixes.start(s, s.snapshot(), module, attempts, step, tools, progress, cancel, commit);
        progress.clear();
        FixRun run = fixes.last(s).orElseThrow();
        if (!run.attempts().isEmpty()) out.out().print(FixReport.table(run.attempts()));
        for (Problem p : run.problems()) out.println(out.red("  " + p.render()));
        Outcome o = s.execute(current -> result);
        out.println(o.status().ok() ? out.green(o.summary()) : out.red(o.summary()));
        if (!o.status().ok()) throw new SessionException(o.summary());
    }

    /** Hints help but are not essential: without a knowledge base the loop runs without them. */
    private specula.commands.fix.KnowledgeBase knowledge(Progress progress) {
        try {
            if (!llm.knowledgeLoaded()) progress.line("loading the knowledge base (first use in this shell)");
            return llm.knowledge();
        } catch (IllegalArgumentException e) {
            progress.line("no knowledge-base hints: " + e.getMessage());
            return null;
        }
    }

    @Command(name = "attempts", group = GROUP, description = "The attempts of the last fix run; attempts show K for one in full")
    public void attempts(@Arguments List<String> args) {
        Session s = holder.session();
        FixRun run = fixes.last(s).orElseThrow(() -> new SessionException("no fix run in this session yet: fix [MODULE]"));
        if (args.isEmpty()) {
            out.out().print(FixReport.table(run.attempts()));
            out.println(run.moduleName() + ": " + run.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (run.message().isEmpty() ? "" : " (" + run.message() + ")"));
            s.note(run.attempts().size() + " attempts on " + run.moduleName());
            return;
        }
        if (args.size() != 2 || !args.get(0).equals("show")) throw new SessionException("usage: attempts [show K]");
        int k;
        try {
            k = Integer.parseInt(args.get(1));
        } catch (NumberFormatException e) {
            throw new SessionException("attempts show K: K is a number, got '" + args.get(1) + "'");
        }
        FixAttempt a;
        try {
            a = run.attempt(k);
        } catch (IllegalArgumentException e) {
            throw new SessionException(e.getMessage());
        }
        show(run, a);
        s.note("attempt " + k + " of the fix run on " + run.moduleName());
    }

    private void show(FixRun run, FixAttempt a) {
        out.println(out.bold("attempt " + a.number()) + "  " + a.kind().name().toLowerCase(Locale.ROOT) + "  "
                + (a.failed() ? out.red(a.failure()) : a.description()));
        out.println("time " + a.time().toMillis() + " ms, tokens " + a.tokensIn() + " in / " + a.tokensOut() + " out");
        out.println(out.bold("errors before (" + a.errorsBefore().size() + ")"));
        a.errorsBefore().forEach(p -> out.println("  " + p.render()));
        out.println(out.bold("errors after (" + (a.after() == null ? "-" : a.errorsAfter().size()) + ")"));
        if (a.after() != null) a.errorsAfter().forEach(p -> out.println("  " + p.render()));
        if (!a.retrieved().isEmpty()) {
            out.println(out.bold("knowledge-base hints"));
            a.retrieved().forEach(r -> out.println(String.format("  %.3f %s — %s", r.score(), r.id(), r.why())));
        }
        if (a.changed()) {
            out.println(out.bold("change"));
            for (UnifiedDiff.Line l : UnifiedDiff.diff("before/" + run.moduleName() + ".tla", a.before(),
                    "after/" + run.moduleName() + ".tla", a.after(), 2)) {
                String t = l.toString();
                out.println(l.kind() == '+' ? out.green(t) : l.kind() == '-' ? out.red(t) : t);
            }
        }
        if (a.prompt() != null) {
            out.println(out.bold("prompt"));
            out.println(a.prompt());
        }
        if (a.answer() != null) {
            out.println(out.bold("answer"));
            out.println(a.answer());
        }
    }
}
