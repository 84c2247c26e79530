package specula.commands.fix;

/**
 * One diagnostic of a spec check, as the parser/semantic checker (or the model checker) reports it.
 * {@code line}/{@code column} are 1-based, 0 when unknown.
 */
public record Problem(int line, int column, String message, Phase phase) {

    public enum Phase { PARSE, SEMANTIC, LEVEL, RUNTIME, OTHER }

    /** The message without positions, so the same error after an edit elsewhere compares equal. */
    public String signature() {
        return phase + ":" + ErrorText.maskPositions(message);
    }

    public String render() {
        return (line > 0 ? "line " + line + ", column " + column + ": " : "") + message;
    }
}
