package specula.tla.syntax.ast;

/** {@code <1>2. body proof}: {@code label} as written without the dot; {@code proof} may be null. */
public record ProofStep(Range range, String label, boolean dot, StepBody body, Proof proof) implements Node {
}
