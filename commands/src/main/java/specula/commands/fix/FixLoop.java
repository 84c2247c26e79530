package specula.commands.fix;

import specula.commands.llm.CancelToken;
import specula.commands.llm.LlmClient;
import specula.commands.llm.LlmException;
import specula.commands.llm.LlmReply;
import specula.commands.llm.LlmRequest;
import specula.commands.llm.PromptLibrary;
import specula.commands.llm.ResponseExtractor;
import specula.commands.llm.TokenListener;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Step 2: check, and while there are errors: deterministic repairs first (each its own attempt), then model
 * corrections helped by the knowledge base. Stops when the module is clean, when the model attempts run out,
 * when a correction leaves exactly the same errors, or on a provider failure (the spec stays as it was).
 */
public final class FixLoop {

    /** @param maxAttempts model attempts (deterministic repairs do not count) */
    public record Options(int maxAttempts, int hints, int maxErrorsInPrompt) {
        public static Options defaults() {
            return new Options(3, 3, 5);
        }
    }

    /** Told about each attempt as soon as it is made (the session turns it into a version). */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (a, r) -> { };

        void onAttempt(FixAttempt attempt, FixRun run);
    }

    private static final Set<LlmException.Kind> BAD_ANSWER = Set.of(LlmException.Kind.NO_TLA_BLOCK,
            LlmException.Kind.WRONG_MODULE, LlmException.Kind.TRUNCATED);
    private static final int MAX_PREFIX_ATTEMPTS = 10;

    private final SpecChecker checker;
    private final LlmClient client;
    private final PromptLibrary prompts;
    private final KnowledgeBase knowledge;
    private final List<PreFix> preFixes;
    private final Options options;
    private final ResponseExtractor extractor = new ResponseExtractor();

    /** @param knowledge {@code null} runs without hints */
    public FixLoop(SpecChecker checker, LlmClient client, PromptLibrary prompts, KnowledgeBase knowledge,
                   List<PreFix> preFixes, Options options) {
        this.checker = checker;
        this.client = client;
        this.prompts = prompts;
        this.knowledge = knowledge;
        this.preFixes = List.copyOf(preFixes);
        this.options = options;
    }

    public FixRun start(String moduleName, String text) {
        FixRun run = new FixRun(moduleName, text, checker.check(moduleName, text), options.maxAttempts());
        settle(run);
        return run;
    }

    /** Runs until the loop stops. */
    public FixRun runToEnd(String moduleName, String text, Listener listener, TokenListener tokens,
                           CancelToken cancel) {
        FixRun run = start(moduleName, text);
        while (!run.finished()) {
            step(run, listener, tokens, cancel);
        }
        return run;
    }

    /**
     * The user changed the spec between steps (edit, undo): continue from that text. A run that stopped for a
     * reason the user may have dealt with (no progress, a provider failure, a cancel) becomes resumable; one that
     * ran out of attempts stays stopped.
     */
    public void adopt(FixRun run, String text) {
        run.text = text;
        run.problems = List.copyOf(checker.check(run.moduleName(), text));
        if (run.status != FixRun.Status.OUT_OF_ATTEMPTS) {
            run.finish(FixRun.Status.RUNNING, "");
        }
        settle(run);
    }

    /** {@code fix --continue} after a cancel or a provider failure, with the spec as it is now. */
    public void resume(FixRun run, String currentText) {
        adopt(run, currentText);
    }

    /** One attempt; returns it, or empty when the run had already stopped. */
    public Optional<FixAttempt> step(FixRun run, Listener listener, TokenListener tokens, CancelToken cancel) {
        if (run.finished()) {
            return Optional.empty();
        }
        FixAttempt a = nextPreFix(run).map(p -> preFixAttempt(run, p)).orElseGet(() -> llmAttempt(run, tokens,
                cancel));
        run.add(a);
        if (a.after() != null) {
            run.text = a.after();
            run.problems = a.errorsAfter();
        }
        if (a.kind() == FixAttempt.Kind.LLM && !a.failed() && !run.problems.isEmpty()
                && signatures(a.errorsBefore()).equals(signatures(a.errorsAfter()))) {
            run.finish(FixRun.Status.NO_PROGRESS, "attempt " + a.number() + " left the same errors; stopping");
        }
        settle(run);
        listener.onAttempt(a, run);
        return Optional.of(a);
    }

    private void settle(FixRun run) {
        if (run.finished()) {
            return;
        }
        if (run.problems.isEmpty()) {
            run.finish(FixRun.Status.CLEAN, run.attempts().isEmpty() ? "the module is already clean"
                    : "clean after " + run.attempts().size() + " attempt(s)");
        } else if (run.llmAttempts >= run.maxLlmAttempts() && nextPreFix(run).isEmpty()) {
            run.finish(FixRun.Status.OUT_OF_ATTEMPTS, run.problems.size() + " error(s) left after "
                    + run.llmAttempts + " model attempt(s)");
        }
    }

    private Optional<PreFix.Repair> nextPreFix(FixRun run) {
        if (run.usedPrefixes().size() >= MAX_PREFIX_ATTEMPTS) {
            return Optional.empty();
        }
        for (PreFix p : preFixes) {
            Optional<PreFix.Repair> r = p.apply(run.moduleName(), run.text, run.problems);
            if (r.isPresent() && !r.get().text().equals(run.text)) {
                return r.map(x -> new PreFix.Repair(x.text(), p.id() + ": " + x.description()));
            }
        }
        return Optional.empty();
    }

    private FixAttempt preFixAttempt(FixRun run, PreFix.Repair repair) {
        long start = System.nanoTime();
        run.usedPrefixes().add(repair.description());
        List<Problem> after = checker.check(run.moduleName(), repair.text());
        return new FixAttempt(run.attempts().size() + 1, FixAttempt.Kind.PREFIX, repair.description(), run.text,
                repair.text(), run.problems, after, List.of(), null, null, 0, 0,
                Duration.ofNanos(System.nanoTime() - start), null);
    }

    private FixAttempt llmAttempt(FixRun run, TokenListener tokens, CancelToken cancel) {
        long start = System.nanoTime();
        run.llmAttempts++;
        int number = run.attempts().size() + 1;
        List<Problem> shown = run.problems.subList(0, Math.min(run.problems.size(), options.maxErrorsInPrompt()));
        List<KnowledgeBase.Hit> hits = knowledge == null ? List.of()
                : knowledge.searchAll(shown.stream().map(p -> new KnowledgeBase.Query(p.message(),
                sourceAround(run.text, p.line()))).toList(), options.hints());
        List<FixAttempt.Retrieved> retrieved = hits.stream()
                .map(h -> new FixAttempt.Retrieved(h.entry().id(), h.score(), h.why())).toList();
        String hints = hits.isEmpty() ? "(none)" : hits.stream().map(h -> h.entry().asHint())
                .collect(Collectors.joining("\n"));
        LlmRequest request = prompts.get("fix-syntax").render("fix.attempt", Map.of("module", run.moduleName(),
                "attempt", run.llmAttempts + " of " + run.maxLlmAttempts(), "spec", run.text,
                "errors", renderErrors(shown, run.text, run.problems.size()), "hints", hints));
        LlmReply reply = null;
        try {
            reply = client.chat(request, tokens, cancel);
            ResponseExtractor.Extracted x = extractor.extract(reply.text(), run.moduleName(),
                    ResponseExtractor.NamePolicy.REQUIRE);
            List<Problem> after = checker.check(run.moduleName(), x.text());
            return new FixAttempt(number, FixAttempt.Kind.LLM, "model correction", run.text, x.text(), run.problems,
                    after, retrieved, request.rendered(), reply.text(), reply.tokensIn(), reply.tokensOut(),
                    Duration.ofNanos(System.nanoTime() - start), null);
        } catch (LlmException e) {
            if (!BAD_ANSWER.contains(e.kind())) {
                run.finish(e.kind() == LlmException.Kind.CANCELLED ? FixRun.Status.CANCELLED : FixRun.Status.FAILED,
                        e.getMessage());
            }
            return new FixAttempt(number, FixAttempt.Kind.LLM, "model correction (failed)", run.text, null,
                    run.problems, run.problems, retrieved, request.rendered(), reply == null ? null : reply.text(),
                    reply == null ? 0 : reply.tokensIn(), reply == null ? 0 : reply.tokensOut(),
                    Duration.ofNanos(System.nanoTime() - start), e.kind() + ": " + e.getMessage());
        }
    }

    /** The reported line and the few before it (where the mistake usually is), or null when unknown. */
    static String sourceAround(String text, int line) {
        String[] lines = text.split("\n", -1);
        if (line <= 0 || line > lines.length) {
            return null;
        }
        int from = Math.max(0, line - 5);
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, line));
    }

    /** Errors with the offending source line under each, as the prompt shows them. */
    static String renderErrors(List<Problem> shown, String text, int total) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        for (Problem p : shown) {
            StringBuilder b = new StringBuilder(p.render());
            if (p.line() > 0 && p.line() <= lines.length) {
                b.append("\n  ").append(p.line()).append(" | ").append(lines[p.line() - 1]);
            }
            out.add(b.toString());
        }
        if (total > shown.size()) {
            out.add("(" + (total - shown.size()) + " more error(s) not shown)");
        }
        return String.join("\n", out);
    }

    private static List<String> signatures(List<Problem> ps) {
        return ps.stream().map(Problem::signature).sorted().toList();
    }
}
