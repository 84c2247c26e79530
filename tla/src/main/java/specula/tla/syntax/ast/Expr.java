package specula.tla.syntax.ast;

/** TLA+ expressions. Identifiers are not resolved here: names keep their spelling. */
public sealed interface Expr extends Node permits Exprs.Ident, Exprs.Apply, Exprs.Qualified, Exprs.OpApp,
        Exprs.OpArg, Exprs.NumberLit, Exprs.StringLit, Exprs.At, Exprs.Paren, Exprs.If, Exprs.Case, Exprs.Let,
        Exprs.Quant, Exprs.Choose, Exprs.SetEnum, Exprs.SetFilter, Exprs.SetMap, Exprs.Tuple, Exprs.FnCtor,
        Exprs.FnSet, Exprs.RecordCtor, Exprs.RecordSet, Exprs.Except, Exprs.FnApply, Exprs.FieldAccess,
        Exprs.ActionSub, Exprs.Fairness, Exprs.Junction, Exprs.Lambda, Exprs.Label, Exprs.StepRef,
        Exprs.AssumeProve, Exprs.ErrorExpr {
}
