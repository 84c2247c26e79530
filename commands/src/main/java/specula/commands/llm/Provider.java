package specula.commands.llm;

import java.util.Locale;

/** The model back-ends the shell can talk to. {@code REPLAY} answers from a recorded {@code llm.jsonl}. */
public enum Provider {
    OPENAI, ANTHROPIC, GEMINI, OLLAMA, REPLAY;

    public static Provider parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LlmException(LlmException.Kind.CONFIG,
                    "unknown llm provider '" + text + "' (expected openai, anthropic, gemini, ollama or replay)");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
