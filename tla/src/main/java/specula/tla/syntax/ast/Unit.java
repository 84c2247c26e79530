package specula.tla.syntax.ast;

import java.util.List;

/** Module-level (and LET-level) declarations, definitions and statements. */
public sealed interface Unit extends Node {

    /** CONSTANT(S) declarations; {@code keyword} as written. */
    record Constants(Range range, String keyword, List<Parts.OpDecl> decls) implements Unit {
    }

    record Variables(Range range, String keyword, List<Parts.Name> names) implements Unit {
    }

    /** {@code F(p) == e}, {@code a + b == e}, {@code -. a == e}, {@code a ^+ == e}. */
    record OpDef(Range range, boolean local, Parts.Name name, Parts.Fixity fixity, List<Parts.Param> params,
                 Expr body) implements Unit {
    }

    /** {@code f[x \in S] == e}. */
    record FnDef(Range range, boolean local, Parts.Name name, List<Parts.Bound> bounds, Expr body)
            implements Unit {
    }

    /** {@code INSTANCE M WITH a <- b}. */
    record Instance(Range range, boolean local, Parts.Name module, List<Parts.Substitution> substitutions)
            implements Unit {
    }

    /** {@code I(p) == INSTANCE M WITH ...}. */
    record ModuleDef(Range range, boolean local, Parts.Name name, List<Parts.Param> params, Instance instance)
            implements Unit {
    }

    /** ASSUME / ASSUMPTION / AXIOM, optionally named. */
    record Assume(Range range, String keyword, Parts.Name name, Expr body) implements Unit {
    }

    /** THEOREM / LEMMA / PROPOSITION / COROLLARY, optionally named, with an optional proof. */
    record Theorem(Range range, String keyword, Parts.Name name, Expr statement, Proof proof) implements Unit {
    }

    record Recursive(Range range, List<Parts.OpDecl> decls) implements Unit {
    }

    /** A {@code ----} line between units. */
    record Separator(Range range) implements Unit {
    }

    record Submodule(Range range, Module module) implements Unit {
    }

    /** USE / HIDE at module level or as a proof step. */
    record UseHide(Range range, boolean use, boolean only, List<Expr> facts, List<Expr> defs) implements Unit {
    }

    /** {@code NEW CONSTANT x \in S} and friends inside ASSUME ... PROVE; {@code kind} is the level keyword or "". */
    record NewDecl(Range range, boolean isNew, String kind, Parts.OpDecl decl, Expr set) implements Unit {
    }
}
