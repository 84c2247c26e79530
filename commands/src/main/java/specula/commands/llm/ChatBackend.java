package specula.commands.llm;

/**
 * One call to a model, no retries: the provider clients (through langchain4j) and the replay model. Failures are
 * thrown as {@link LlmException} with a kind; {@link LlmClient} decides about retries.
 */
public interface ChatBackend {

    LlmReply call(LlmRequest request, TokenListener listener, CancelToken cancel);

    /** Provider id recorded in each exchange. */
    String provider();

    String model();
}
