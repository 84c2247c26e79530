package specula.tla.semantic;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Range;

import java.util.List;

/**
 * Levels of TLA+'s own operators as SANY's table of built-ins gives them: the level of each application, the
 * highest level each argument may have ({@code OPERATOR_LEVEL_CONSTRAINTS_EXCEEDED}), and the special rules for
 * {@code []}/{@code <>} over actions and for connectives mixing actions with temporal formulas.
 */
final class BuiltinLevels {
    private final AnalysisContext ctx;
    private final ExprAnalyzer exprs;

    BuiltinLevels(AnalysisContext ctx, ExprAnalyzer exprs) {
        this.ctx = ctx;
        this.exprs = exprs;
    }

    /** A built-in operator other than the connectives, applied in {@code o}. */
    int apply(Exprs.OpApp o, String name, Scope s) {
        switch (name) {
            case "'" -> {
                int l = exprs.exprAtMost(o.args().get(0), s, Level.STATE, false);
                if (l >= Level.ACTION) {
                    levelError(o.range(), "'", 1);
                }
                return Level.ACTION;
            }
            case "UNCHANGED" -> {
                int l = exprs.exprAtMost(o.args().get(0), s, Level.STATE, false);
                if (l >= Level.ACTION) {
                    levelError(o.range(), "UNCHANGED", 1);
                }
                return Level.ACTION;
            }
            case "ENABLED" -> {
                // ENABLED A is a state predicate whatever A's level: A's parameters are not level parameters.
                long saved = exprs.saveFlow();
                int l = exprs.exprAtMost(o.args().get(0), s, Level.ACTION, false);
                exprs.restoreFlow(saved);
                if (l >= Level.TEMPORAL) {
                    levelError(o.range(), "ENABLED", 1);
                }
                return Level.STATE;
            }
            case "[]", "<>" -> {
                Expr arg = o.args().get(0);
                int l = exprs.exprAtMost(arg, s, Level.TEMPORAL, false);
                Expr inner = unparen(arg);
                boolean sub = inner instanceof Exprs.ActionSub as && as.angle() == name.equals("<>");
                if (l == Level.ACTION && !sub) {
                    ctx.error(o.range(), "ALWAYS_PROPERTY_SENSITIVE_TO_STUTTERING", name.equals("[]")
                            ? "[] followed by action not of form [A]_v."
                            : "<> followed by action not of form <<A>>_v.");
                }
                return Level.TEMPORAL;
            }
            case "~>", "-+->" -> {
                for (Expr a : o.args()) {
                    exprs.exprAtMost(a, s, Level.TEMPORAL, false);
                }
                return Level.TEMPORAL;
            }
            case "\\cdot" -> {
                for (int i = 0; i < o.args().size(); i++) {
                    unweighted(o.range(), "\\cdot", o.args().get(i), i + 1, Level.ACTION, s);
                }
                return Level.ACTION;
            }
            default -> {
                // =, \in, \cup, SUBSET, DOMAIN, \X, ...: SANY allows arguments up to action level.
                return capped(o.range(), sanyName(name), o.args(), 1, Level.ACTION, s);
            }
        }
    }

    private void levelError(Range r, String op, int argument) {
        ctx.error(r, "OPERATOR_LEVEL_CONSTRAINTS_EXCEEDED", "Level error in applying operator " + op
                + ":\nThe level of argument " + argument + " exceeds the maximum level allowed by the operator.");
    }

    /**
     * Analyses arguments {@code first}, {@code first + 1}, ... of SANY's operator {@code op}, each allowed up to
     * level {@code max} (SANY's table of built-in operators); returns the highest level.
     */
    int capped(Range r, String op, List<Expr> args, int first, int max, Scope s) {
        int l = 0;
        for (int i = 0; i < args.size(); i++) {
            int al = exprs.exprAtMost(args.get(i), s, max);
            if (al > max) {
                levelError(r, op, first + i);
            }
            l = Math.max(l, al);
        }
        return l;
    }

    /** An argument whose level does not reach the result (SANY's weight 0): only its own limit applies inside. */
    int unweighted(Range r, String op, Expr arg, int argument, int max, Scope s) {
        int al = exprs.exprAtMost(arg, s, max, false);
        if (al > max) {
            levelError(r, op, argument);
        }
        return al;
    }

    int capped(Range r, String op, Expr arg, int argument, int max, Scope s) {
        int al = exprs.exprAtMost(arg, s, max);
        if (al > max) {
            levelError(r, op, argument);
        }
        return al;
    }

    /** SANY's names of the built-in operators, as its level messages print them. */
    private static String sanyName(String canonical) {
        return switch (canonical) {
            case "\\cap" -> "\\intersect";
            case "\\cup" -> "\\union";
            case "\\X" -> "$CartesianProd";
            default -> canonical;
        };
    }

    static Expr unparen(Expr e) {
        while (e instanceof Exprs.Paren p) {
            e = p.inner();
        }
        return e;
    }

    /** Boolean connectives: SANY rejects an action and a temporal formula as arguments of the same one. */
    int logical(String op, List<Expr> args, Range r, Scope s) {
        boolean action = false;
        boolean temporal = false;
        int l = 0;
        for (Expr a : args) {
            int al = exprs.expr(a, s);
            action |= al == Level.ACTION;
            temporal |= al == Level.TEMPORAL;
            l = Math.max(l, al);
        }
        if (action && temporal) {
            ctx.error(r, "LOGICAL_OPERATOR_WITH_MIXED_ACTION_TEMPORAL_PARAMETERS",
                    op + " has both temporal formula and action as arguments.");
        }
        return l;
    }

}
