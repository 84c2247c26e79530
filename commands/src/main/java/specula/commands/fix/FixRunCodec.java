package specula.commands.fix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fix run as plain JSON-ready maps and back, so {@code fix --continue} and {@code attempts} work after
 * {@code resume} in a new shell. Everything the loop reads on its next step is kept, prompts and answers included,
 * because {@code attempts show K} displays them.
 */
public final class FixRunCodec {
    static final int FORMAT = 1;

    private FixRunCodec() {
    }

    /** The run and the workspace file it edits. */
    public record Stored(FixRun run, String moduleFile) {
    }

    public static Map<String, Object> encode(FixRun run, String moduleFile) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("moduleFile", moduleFile);
        m.put("module", run.moduleName());
        m.put("maxLlmAttempts", run.maxLlmAttempts());
        m.put("llmAttempts", run.llmAttempts());
        m.put("status", run.status().name());
        m.put("message", run.message());
        m.put("text", run.text());
        m.put("problems", problems(run.problems()));
        m.put("usedPrefixes", List.copyOf(run.usedPrefixes()));
        List<Object> attempts = new ArrayList<>();
        for (FixAttempt a : run.attempts()) attempts.add(attempt(a));
        m.put("attempts", attempts);
        return m;
    }

    /** Rebuilds a run; a malformed or foreign document fails with the field that is wrong. */
    public static Stored decode(Object json) {
        Map<?, ?> m = map(json, "fix run");
        if (integer(m, "format") != FORMAT) {
            throw new IllegalArgumentException("unsupported fix-run format " + m.get("format"));
        }
        FixRun run = new FixRun(string(m, "module"), string(m, "text"), problems(m.get("problems")),
                integer(m, "maxLlmAttempts"));
        run.llmAttempts = integer(m, "llmAttempts");
        run.finish(FixRun.Status.valueOf(string(m, "status")), string(m, "message"));
        for (Object p : list(m.get("usedPrefixes"), "usedPrefixes")) run.usedPrefixes().add((String) p);
        for (Object a : list(m.get("attempts"), "attempts")) run.add(attempt(map(a, "attempt")));
        return new Stored(run, string(m, "moduleFile"));
    }

    private static Map<String, Object> attempt(FixAttempt a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", a.number());
        m.put("kind", a.kind().name());
        m.put("description", a.description());
        m.put("before", a.before());
        m.put("after", a.after());
        m.put("errorsBefore", problems(a.errorsBefore()));
        m.put("errorsAfter", problems(a.errorsAfter()));
        List<Object> retrieved = new ArrayList<>();
        for (FixAttempt.Retrieved r : a.retrieved()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", r.id());
            e.put("score", r.score());
            e.put("why", r.why());
            retrieved.add(e);
        }
        m.put("retrieved", retrieved);
        m.put("prompt", a.prompt());
        m.put("answer", a.answer());
        m.put("tokensIn", a.tokensIn());
        m.put("tokensOut", a.tokensOut());
        m.put("ms", a.time().toMillis());
        m.put("failure", a.failure());
        return m;
    }

    private static FixAttempt attempt(Map<?, ?> m) {
        List<FixAttempt.Retrieved> retrieved = new ArrayList<>();
        for (Object o : list(m.get("retrieved"), "retrieved")) {
            Map<?, ?> r = map(o, "retrieved entry");
            retrieved.add(new FixAttempt.Retrieved(string(r, "id"), ((Number) r.get("score")).doubleValue(),
                    (String) r.get("why")));
        }
        return new FixAttempt(integer(m, "number"), FixAttempt.Kind.valueOf(string(m, "kind")),
                string(m, "description"), string(m, "before"), (String) m.get("after"),
                problems(m.get("errorsBefore")), problems(m.get("errorsAfter")), retrieved, (String) m.get("prompt"),
                (String) m.get("answer"), integer(m, "tokensIn"), integer(m, "tokensOut"),
                Duration.ofMillis(((Number) m.get("ms")).longValue()), (String) m.get("failure"));
    }

    private static List<Object> problems(List<Problem> ps) {
        List<Object> out = new ArrayList<>();
        for (Problem p : ps) {
            out.add(Map.of("line", p.line(), "column", p.column(), "message", p.message(),
                    "phase", p.phase().name()));
        }
        return out;
    }

    private static List<Problem> problems(Object json) {
        List<Problem> out = new ArrayList<>();
        for (Object o : list(json, "problems")) {
            Map<?, ?> p = map(o, "problem");
            out.add(new Problem(integer(p, "line"), integer(p, "column"), string(p, "message"),
                    Problem.Phase.valueOf(string(p, "phase"))));
        }
        return List.copyOf(out);
    }

    private static Map<?, ?> map(Object o, String what) {
        if (o instanceof Map<?, ?> m) return m;
        throw new IllegalArgumentException(what + ": expected an object");
    }

    private static List<?> list(Object o, String what) {
        if (o instanceof List<?> l) return l;
        throw new IllegalArgumentException(what + ": expected a list");
    }

    private static String string(Map<?, ?> m, String key) {
        if (m.get(key) instanceof String s) return s;
        throw new IllegalArgumentException(key + ": expected a string");
    }

    private static int integer(Map<?, ?> m, String key) {
        if (m.get(key) instanceof Number n) return n.intValue();
        throw new IllegalArgumentException(key + ": expected a number");
    }
}
