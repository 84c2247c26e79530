package specula.commands.cfa;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.List;

/**
 * One statement of an action read imperatively: the conjuncts of a {@code /\} list run top to bottom. A sequence is a
 * {@code List<Stmt>}; branches and scopes hold their own sequences, which is what the control-flow graph is made of.
 */
sealed interface Stmt {

    /** {@code v' = value} ({@code member} false) or {@code v' \in value} ({@code member} true). */
    record Assign(String var, Expr value, boolean member) implements Stmt {
    }

    /** {@code UNCHANGED v} or {@code UNCHANGED <<v, w>>}, names already expanded through definitions like {@code vars}. */
    record Unchanged(List<String> vars, Expr original) implements Stmt {
    }

    /** An application of another action: {@code A(args)} or {@code A}. */
    record Call(String name, List<Expr> args) implements Stmt {
    }

    /** Anything else: a guard or an expression the transformation does not look inside (besides rewriting reads). */
    record Guard(Expr expr) implements Stmt {
    }

    enum BranchKind { IF, CASE, OR }

    /**
     * Alternatives. IF: {@code guards} = [cond], bodies = [then, else]. CASE: one guard per arm, and one more body than
     * guards when there is an OTHER arm. OR: no guards, one body per disjunct (nondeterministic choice).
     */
    record Branch(BranchKind kind, List<Expr> guards, List<List<Stmt>> bodies) implements Stmt {
    }

    /** {@code LET defs IN body} ({@code defs} non-null) or {@code \E bounds : body} ({@code bounds} non-null). */
    record Scope(List<Unit> defs, List<Parts.Bound> bounds, String quantSpelling, List<Stmt> body) implements Stmt {
    }
}
