package specula.commands.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the TLA+ module out of a model answer: the last fenced block tagged {@code tla}/{@code tlaplus}, else the
 * longest fenced block that holds a module, else the text from the first {@code ---- MODULE} line to the first
 * {@code ====} line. The result is validated: module header, terminator, and the module name.
 *
 * <p>An answer naming another module than the expected one is handled by {@link NamePolicy}: {@code REQUIRE}
 * rejects it ({@code fix}: the model answered about something else, the working spec must stay as it was),
 * {@code RENAME} rewrites the header ({@code generate}: the user chose the name, the model only suggested one).
 */
public final class ResponseExtractor {

    public enum NamePolicy { REQUIRE, RENAME, ANY }

    /** @param renamedFrom the module name the answer used when it was renamed, else {@code null} */
    public record Extracted(String moduleName, String text, String renamedFrom) {
    }

    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})\\s*([A-Za-z+\\-]*)[^\\n]*$",
            Pattern.MULTILINE);
    static final Pattern HEADER = Pattern.compile("^\\s*-{4,}\\s*MODULE\\s+([A-Za-z0-9_]+)\\s*-{4,}\\s*$",
            Pattern.MULTILINE);
    private static final Pattern HEADER_START = Pattern.compile("^\\s*-{4,}\\s*MODULE\\b", Pattern.MULTILINE);
    private static final Pattern TERMINATOR = Pattern.compile("^\\s*={4,}\\s*$", Pattern.MULTILINE);

    private record Block(String tag, String body) {
    }

    public Extracted extract(String answer, String expectedName, NamePolicy policy) {
        if (answer == null || answer.isBlank()) {
            throw new LlmException(LlmException.Kind.NO_TLA_BLOCK, "the model returned an empty answer");
        }
        String candidate = pick(answer.replace("\r\n", "\n"));
        if (candidate == null) {
            throw new LlmException(LlmException.Kind.NO_TLA_BLOCK,
                    "the answer holds no TLA+ module (no ```tla block and no '---- MODULE' line); first line: «"
                            + firstLine(answer) + "»");
        }
        Matcher header = HEADER.matcher(candidate);
        if (!header.find()) {
            throw new LlmException(LlmException.Kind.NO_TLA_BLOCK,
                    "the TLA+ block in the answer has no '---- MODULE Name ----' header");
        }
        Matcher end = TERMINATOR.matcher(candidate);
        if (!end.find(header.end())) {
            throw new LlmException(LlmException.Kind.TRUNCATED,
                    "the module in the answer has no closing '====' line: the answer looks cut off");
        }
        String text = candidate.substring(header.start(), end.end()).strip() + "\n";
        String name = header.group(1);
        if (expectedName == null || expectedName.equals(name) || policy == NamePolicy.ANY) {
            return new Extracted(name, text, null);
        }
        if (policy == NamePolicy.REQUIRE) {
            throw new LlmException(LlmException.Kind.WRONG_MODULE, "the answer is module '" + name
                    + "', not '" + expectedName + "'; it was not applied");
        }
        Matcher h = HEADER.matcher(text);
        h.find();
        String renamed = text.substring(0, h.start(1)) + expectedName + text.substring(h.end(1));
        return new Extracted(expectedName, renamed, name);
    }

    private static String pick(String answer) {
        List<Block> blocks = fencedBlocks(answer);
        Block tagged = null;
        for (Block b : blocks) {
            if (b.tag().equalsIgnoreCase("tla") || b.tag().equalsIgnoreCase("tlaplus")
                    || b.tag().equalsIgnoreCase("tla+")) {
                tagged = b;
            }
        }
        if (tagged != null && HEADER_START.matcher(tagged.body()).find()) {
            return tagged.body();
        }
        Block longest = null;
        for (Block b : blocks) {
            if (HEADER_START.matcher(b.body()).find()
                    && (longest == null || b.body().length() > longest.body().length())) {
                longest = b;
            }
        }
        if (longest != null) {
            return longest.body();
        }
        Matcher start = HEADER_START.matcher(answer);
        if (start.find()) {
            int lineStart = answer.lastIndexOf('\n', start.start()) + 1;
            return answer.substring(lineStart);
        }
        return null;
    }

    private static List<Block> fencedBlocks(String text) {
        List<Block> out = new ArrayList<>();
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
            String fence = m.group(1);
            String tag = m.group(2);
            int bodyStart = m.end() + 1;
            if (bodyStart > text.length()) {
                break;
            }
            Pattern close = Pattern.compile("^\\s*" + Pattern.quote(fence) + "\\s*$", Pattern.MULTILINE);
            Matcher c = close.matcher(text);
            if (c.find(bodyStart)) {
                out.add(new Block(tag, text.substring(bodyStart, c.start())));
                if (!m.find(c.end())) {
                    break;
                }
                m.region(c.end(), text.length());
            } else {
                out.add(new Block(tag, text.substring(bodyStart))); // an unclosed fence: truncated answer
                break;
            }
        }
        return out;
    }

    private static String firstLine(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
