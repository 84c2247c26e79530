package specula.commands.llm;

import java.time.Duration;

/** A model answer with the accounting the session shows ({@code attempts} counts the calls incl. retries). */
public record LlmReply(String text, int tokensIn, int tokensOut, String finishReason, Duration latency,
                       int attempts) {
}
