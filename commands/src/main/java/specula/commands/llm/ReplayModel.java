package specula.commands.llm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers from a recorded {@code llm.jsonl}, so a saved session or an example script runs offline and gives the
 * same result every time. Exchanges are consumed in order; when the next one was recorded for a different prompt,
 * a later unused exchange with the same prompt hash is taken instead (a script that skipped a step still
 * replays), and if there is none the error names the exchange and the first line where the prompts differ.
 * Failed recorded calls are skipped: the recording of a retried call answers with its successful try.
 *
 * <p>The ordered mode ({@code llm.model replay-ordered}) answers the next exchange recorded for the same purpose
 * even when the prompt differs, with a notice: example scripts use it so that a reworded template or a parser
 * message that changed its wording does not break a demonstration. Saved sessions replay strictly.
 */
public final class ReplayModel implements ChatBackend {
    private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");
    private final String source;
    private final boolean strict;
    private final java.util.function.Consumer<String> notices;
    private final List<Exchange> exchanges;
    private final boolean[] used;
    private int cursor;

    public ReplayModel(String source, List<Exchange> recorded) {
        this(source, recorded, true, s -> { });
    }

    public ReplayModel(String source, List<Exchange> recorded, boolean strict,
                       java.util.function.Consumer<String> notices) {
        this.source = source;
        this.strict = strict;
        this.notices = notices;
        this.exchanges = recorded.stream().filter(e -> !e.failed()).toList();
        this.used = new boolean[exchanges.size()];
    }

    public static ReplayModel open(Path file) {
        return open(file, true, s -> { });
    }

    public static ReplayModel open(Path file, boolean strict, java.util.function.Consumer<String> notices) {
        List<Exchange> recorded = ExchangeLog.read(file);
        if (recorded.isEmpty()) {
            throw new LlmException(LlmException.Kind.CONFIG, "replay file " + file + " is missing or empty");
        }
        return new ReplayModel(file.toString(), recorded, strict, notices);
    }

    @Override
    public String provider() {
        return "replay";
    }

    @Override
    public String model() {
        return exchanges.isEmpty() ? "replay" : "replay:" + exchanges.get(0).model();
    }

    public int remaining() {
        int n = 0;
        for (boolean u : used) {
            n += u ? 0 : 1;
        }
        return n;
    }

    @Override
    public synchronized LlmReply call(LlmRequest request, TokenListener listener, CancelToken cancel) {
        cancel.throwIfCancelled();
        while (cursor < exchanges.size() && used[cursor]) {
            cursor++;
        }
        if (cursor >= exchanges.size()) {
            throw new LlmException(LlmException.Kind.REPLAY_MISMATCH, "replay " + source + " has no answer left for "
                    + request.purpose() + " (all " + exchanges.size() + " recorded exchanges were used)");
        }
        String hash = request.hash();
        int pick = cursor;
        if (!exchanges.get(cursor).promptHash().equals(hash)) {
            pick = -1;
            for (int i = cursor + 1; i < exchanges.size(); i++) {
                if (!used[i] && exchanges.get(i).promptHash().equals(hash)) {
                    pick = i;
                    break;
                }
            }
            if (pick < 0 && !strict) {
                for (int i = cursor; i < exchanges.size(); i++) {
                    if (!used[i] && exchanges.get(i).purpose().equals(request.purpose())) {
                        pick = i;
                        notices.accept("replay: prompt of " + request.purpose() + " differs from exchange #"
                                + exchanges.get(i).seq() + "; answering with it anyway (ordered replay)");
                        break;
                    }
                }
            }
            if (pick < 0) {
                Exchange expected = exchanges.get(cursor);
                throw new LlmException(LlmException.Kind.REPLAY_MISMATCH, "replay " + source + ": exchange #"
                        + expected.seq() + " (" + expected.purpose() + ") was recorded for another prompt than this "
                        + request.purpose() + " call; " + firstDifference(expected, request));
            }
        }
        used[pick] = true;
        Exchange e = exchanges.get(pick);
        Matcher m = WORD.matcher(e.response());
        while (m.find()) {
            cancel.throwIfCancelled();
            listener.onToken(m.group());
        }
        return new LlmReply(e.response(), e.tokensIn(), e.tokensOut(),
                e.finishReason() == null ? "stop" : e.finishReason(), Duration.ofMillis(e.latencyMs()), 1);
    }

    private static String firstDifference(Exchange expected, LlmRequest actual) {
        String[] a = (expected.system() + "\n" + expected.user()).split("\n", -1);
        String[] b = (actual.system() + "\n" + actual.user()).split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end>";
            String y = i < b.length ? b[i] : "<end>";
            if (!x.equals(y)) {
                return "first difference at prompt line " + (i + 1) + ": recorded «" + clip(x) + "», now «" + clip(y)
                        + "»";
            }
        }
        return "the prompts differ only in line endings";
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
