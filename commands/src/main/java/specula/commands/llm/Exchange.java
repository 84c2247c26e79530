package specula.commands.llm;

/**
 * One recorded model call, as stored in {@code llm.jsonl}: enough to inspect the exact prompt afterwards and to
 * replay the answer offline. {@code time} is ISO-8601 UTC. {@code error} is set (and {@code response} empty) for a call that failed for good.
 */
public record Exchange(int seq, String time, String provider, String model, String purpose, String promptHash,
                       String system, String user, String response, int tokensIn, int tokensOut, long latencyMs,
                       String finishReason, String error) {

    public boolean failed() {
        return error != null;
    }
}
