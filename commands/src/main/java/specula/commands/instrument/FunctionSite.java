package specula.commands.instrument;

/**
 * A function definition found in a source file, by character offsets into the text.
 *
 * @param start     where its declaration line starts (Python: the {@code def} line; decorators go above it)
 * @param bodyOpen  brace languages: the offset of the body's opening brace; Python: -1
 * @param bodyClose brace languages: the offset of the body's closing brace; Python: -1
 * @param receiver  Go: the receiver variable ({@code r} in {@code func (r *Raft)}), else null
 * @param indent    the declaration's indentation
 */
public record FunctionSite(String name, int line, int start, int bodyOpen, int bodyClose, String receiver,
                           String indent) {
}
