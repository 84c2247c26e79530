package specula.commands.runtime;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import specula.commands.fix.KnowledgeBase;
import specula.commands.llm.CancelToken;
import specula.commands.llm.LlmClient;
import specula.commands.llm.LlmException;
import specula.commands.llm.LlmReply;
import specula.commands.llm.LlmRequest;
import specula.commands.llm.PromptLibrary;
import specula.commands.llm.ResponseExtractor;
import specula.commands.llm.TokenListener;
import specula.tla.check.cfg.ConfigException;
import specula.tla.check.cfg.ConfigParser;

/**
 * Step 4, {@code check --fix}: check; while the checker reports a runtime error (evaluation, undetermined or
 * doubly assigned variable, type/compare error, parse error of a correction), send spec + model + error + trace
 * excerpt + knowledge hints to the model, take the corrected module (and model, if the answer has a ```cfg block),
 * refuse it if {@link InvariantGuard} objects, else check again. Findings (violations, deadlock, false
 * assumptions) stop the loop: they are results, and asking a model to make them go away would hide them.
 */
public final class RuntimeFixLoop {

    public record Options(int maxAttempts, int hints) {
        public static Options defaults() {
            return new Options(3, 3);
        }
    }

    @FunctionalInterface
    public interface Listener {
        Listener NONE = (a, r) -> { };

        /** Called after each attempt (the session turns an accepted one into a version). */
        void onAttempt(RuntimeAttempt attempt, RuntimeRun run);
    }

    public static final String PROMPT = "check-fix";
    private static final Set<LlmException.Kind> BAD_ANSWER = Set.of(LlmException.Kind.NO_TLA_BLOCK,
            LlmException.Kind.WRONG_MODULE, LlmException.Kind.TRUNCATED);
    private static final Pattern CFG_BLOCK = Pattern.compile("(?ms)^\\s*`{3,}\\s*(?:cfg|tlc|config)\\s*$\\n(.*?)^\\s*`{3,}\\s*$");

    private final ModelRunner runner;
    private final LlmClient client;
    private final PromptLibrary prompts;
    private final KnowledgeBase knowledge;
    private final Options options;
    private final InvariantGuard guard = new InvariantGuard();
    private final ResponseExtractor extractor = new ResponseExtractor();
    private final Map<String, String> otherModules;

    /**
     * @param otherModules the modules the root module extends or instances (not corrected, passed to the runner)
     * @param knowledge    {@code null} runs without hints
     */
    public RuntimeFixLoop(ModelRunner runner, LlmClient client, PromptLibrary prompts, KnowledgeBase knowledge,
                          Map<String, String> otherModules, Options options) {
        this.runner = runner;
        this.client = client;
        this.prompts = prompts;
        this.knowledge = knowledge;
        this.otherModules = Map.copyOf(otherModules);
        this.options = options;
    }

    public RuntimeRun start(String moduleName, String text, String cfg) {
        RuntimeRun run = new RuntimeRun(moduleName, text, cfg, check(moduleName, text, cfg), options.maxAttempts());
        settle(run);
        return run;
    }

    /**
     * Continues {@code run} from the module and model as they are now (after a {@code --step} pause, an edit, an
     * undo, a cancel or a provider failure): they are checked again, and the run goes on with the attempts it has
     * left; its attempts so far stay in its table.
     */
    public RuntimeRun resume(RuntimeRun run, String text, String cfg) {
        run.reopen(text, cfg, check(run.moduleName(), text, cfg));
        settle(run);
        return run;
    }

    public RuntimeRun runToEnd(String moduleName, String text, String cfg, Listener listener, TokenListener tokens,
                               CancelToken cancel) {
        RuntimeRun run = start(moduleName, text, cfg);
        while (!run.finished()) {
            step(run, listener, tokens, cancel);
        }
        return run;
    }

    /** One attempt; empty when the run had already stopped. */
    public Optional<RuntimeAttempt> step(RuntimeRun run, Listener listener, TokenListener tokens,
                                         CancelToken cancel) {
        if (run.finished()) {
            return Optional.empty();
        }
        RuntimeAttempt a = attempt(run, tokens, cancel);
        run.add(a);
        if (a.accepted()) {
            run.text = a.afterText();
            if (a.afterCfg() != null) {
                run.cfg = a.afterCfg();
            }
            RunReport previous = run.report;
            run.report = a.reportAfter();
            if (sameError(previous, run.report)) {
                run.finish(RuntimeRun.Status.NO_PROGRESS, "attempt " + a.number() + " left the same error: "
                        + run.report.headline());
            }
        }
        settle(run);
        listener.onAttempt(a, run);
        return Optional.of(a);
    }

    private RunReport check(String moduleName, String text, String cfg) {
        Map<String, String> modules = new LinkedHashMap<>(otherModules);
        modules.put(moduleName, text);
        return runner.run(moduleName, modules, cfg);
    }

    private void settle(RuntimeRun run) {
        if (run.finished()) {
            return;
        }
        RunReport r = run.report;
        int n = run.attempts().size();
        switch (r.kind().role()) {
            case SUCCESS -> run.finish(RuntimeRun.Status.CHECKS, n == 0 ? "the model checks without error"
                    : "checks after " + n + " attempt(s)");
            case FINDING -> run.finish(RuntimeRun.Status.FINDING, r.headline() + ": a finding, reported and not "
                    + "sent for correction");
            case INCONCLUSIVE -> run.finish(RuntimeRun.Status.INCONCLUSIVE, r.headline());
            case RUNTIME_ERROR -> {
                if (n >= run.maxAttempts()) {
                    run.finish(RuntimeRun.Status.OUT_OF_ATTEMPTS, r.headline() + " left after " + n + " attempt(s)");
                }
            }
        }
    }

    private RuntimeAttempt attempt(RuntimeRun run, TokenListener tokens, CancelToken cancel) {
        long start = System.nanoTime();
        int number = run.attempts().size() + 1;
        RunReport before = run.report;
        List<KnowledgeBase.Hit> hits = knowledge == null ? List.of()
                : knowledge.searchAll(List.of(new KnowledgeBase.Query(before.message(), null)), options.hints());
        List<String> hintIds = hits.stream().map(h -> h.entry().id()).toList();
        String hints = hits.isEmpty() ? "(none)"
                : hits.stream().map(h -> h.entry().asHint()).collect(Collectors.joining("\n"));
        LlmRequest request = prompts.get(PROMPT).render("check.fix", Map.of("module", run.moduleName(),
                "attempt", number + " of " + run.maxAttempts(), "spec", run.text, "cfg", run.cfg,
                "kind", before.kind().label(), "error", before.message(),
                "location", before.location().map(Object::toString).orElse("(unknown)"),
                "trace", before.trace().isEmpty() ? "(none)" : before.trace(), "hints", hints));
        LlmReply reply = null;
        try {
            reply = client.chat(request, tokens, cancel);
            String text = extractor.extract(reply.text(), run.moduleName(), ResponseExtractor.NamePolicy.REQUIRE)
                    .text();
            String cfg = cfgBlock(reply.text()).orElse(null);
            String cfgAfter = cfg == null ? run.cfg : cfg;
            List<String> refusals = guard.check(new InvariantGuard.Candidate(run.moduleName(), run.text, run.cfg),
                    new InvariantGuard.Candidate(run.moduleName(), text, cfgAfter));
            if (!refusals.isEmpty()) {
                return new RuntimeAttempt(number, run.text, run.cfg, null, null, before, null, refusals, hintIds,
                        request.rendered(), reply.text(), reply.tokensIn(), reply.tokensOut(), elapsed(start), null);
            }
            RunReport after = check(run.moduleName(), text, cfgAfter);
            return new RuntimeAttempt(number, run.text, run.cfg, text, cfg, before, after, List.of(), hintIds,
                    request.rendered(), reply.text(), reply.tokensIn(), reply.tokensOut(), elapsed(start), null);
        } catch (LlmException e) {
            if (!BAD_ANSWER.contains(e.kind())) {
                run.finish(e.kind() == LlmException.Kind.CANCELLED ? RuntimeRun.Status.CANCELLED
                        : RuntimeRun.Status.FAILED, e.getMessage());
            }
            return failed(run, number, before, hintIds, request, reply, start, e.kind() + ": " + e.getMessage());
        } catch (ConfigException e) {
            return failed(run, number, before, hintIds, request, reply, start, "the model in the answer does not "
                    + "parse: " + e.getMessage());
        }
    }

    private static RuntimeAttempt failed(RuntimeRun run, int number, RunReport before, List<String> hints,
                                         LlmRequest request, LlmReply reply, long start, String error) {
        return new RuntimeAttempt(number, run.text, run.cfg, null, null, before, null, List.of(), hints,
                request.rendered(), reply == null ? null : reply.text(), reply == null ? 0 : reply.tokensIn(),
                reply == null ? 0 : reply.tokensOut(), elapsed(start), error);
    }

    /** A ```cfg block of the answer, validated by the config parser (throws ConfigException when malformed). */
    static Optional<String> cfgBlock(String answer) {
        Matcher m = CFG_BLOCK.matcher(answer.replace("\r\n", "\n"));
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        if (found == null) {
            return Optional.empty();
        }
        ConfigParser.parse("answer.cfg", found);
        return Optional.of(found.strip() + "\n");
    }

    private static boolean sameError(RunReport a, RunReport b) {
        return a.kind() == b.kind() && a.kind().role() == RunReport.Role.RUNTIME_ERROR
                && a.message().equals(b.message()) && a.location().equals(b.location());
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
