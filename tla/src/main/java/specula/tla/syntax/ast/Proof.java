package specula.tla.syntax.ast;

import java.util.List;

/** TLAPS proofs. {@code keyword} records whether the proof was introduced by PROOF. */
public sealed interface Proof extends Node {

    /** BY [ONLY] facts [DEF defs], OBVIOUS or OMITTED ({@code kind}). */
    record Terminal(Range range, boolean proofKeyword, String kind, boolean only, List<Expr> facts,
                    List<Expr> defs) implements Proof {
    }

    record Steps(Range range, boolean proofKeyword, List<ProofStep> steps) implements Proof {
    }
}
