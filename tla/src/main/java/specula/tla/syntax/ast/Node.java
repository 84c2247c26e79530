package specula.tla.syntax.ast;

/** Every syntax tree node knows where it came from. */
public sealed interface Node permits Expr, Unit, Module, ProofStep, Proof, Parts.Name, Parts.Bound, Parts.OpDecl,
        Parts.Param, Parts.Field, Parts.CaseArm, Parts.ExceptClause, Parts.Substitution, Parts.Segment,
        Parts.Comment, StepBody {
    Range range();
}
