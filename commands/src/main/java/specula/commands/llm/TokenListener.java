package specula.commands.llm;

/** Receives streamed text as it arrives (the terminal shows it with a running token counter). */
@FunctionalInterface
public interface TokenListener {
    TokenListener NONE = token -> { };

    void onToken(String token);
}
