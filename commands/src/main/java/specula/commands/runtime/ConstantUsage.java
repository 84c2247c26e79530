package specula.commands.runtime;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Parts;

/**
 * How each constant of a module is used, which tells a model writer what kind of value it needs: a set when it is
 * quantified over or a member is tested ({@code \in C}, {@code [C -> T]}, {@code SUBSET C}), a number when it takes
 * part in arithmetic or comparison ({@code 1..N}, {@code N - 1}, {@code x < N}, {@code N \in Nat}), a set of
 * numbers when it is a subset of {@code Nat}/{@code Int}.
 */
final class ConstantUsage {

    enum Use { SET, NUMBER, NUMBER_SET }

    private static final Set<String> SET_OPS = Set.of("\\cup", "\\cap", "\\", "\\X", "\\subseteq");
    private static final Set<String> NUMBER_OPS = Set.of("+", "-", "*", "..", "<", "<=", ">", ">=", "\\div", "%",
            "^");
    private static final Set<String> NUMBER_SETS = Set.of("Nat", "Int", "Real");
    private static final Set<String> SET_FUNCTIONS = Set.of("Cardinality", "IsFiniteSet", "Permutations",
            "SUBSET", "UNION");

    private final Map<String, EnumSet<Use>> uses = new LinkedHashMap<>();
    private final Map<String, String> subsetsOf = new LinkedHashMap<>();

    ConstantUsage(Module module, List<String> constants) {
        for (String c : constants) {
            uses.put(c, EnumSet.noneOf(Use.class));
        }
        AstWalk.forEach(module.units(), this::visit);
    }

    Set<Use> of(String constant) {
        return uses.getOrDefault(constant, EnumSet.noneOf(Use.class));
    }

    /** {@code Quorum \subseteq SUBSET Acceptor}: Quorum -> Acceptor. */
    java.util.Optional<String> subsetsOf(String constant) {
        return java.util.Optional.ofNullable(subsetsOf.get(constant));
    }

    private void visit(Object node) {
        if (node instanceof Parts.Bound b) {
            mark(b.set(), Use.SET);
        } else if (node instanceof Exprs.FnSet f) {
            mark(f.domain(), Use.SET);
            mark(f.codomain(), Use.SET);
        } else if (node instanceof Exprs.Apply a && SET_FUNCTIONS.contains(a.name())) {
            a.args().forEach(x -> mark(x, Use.SET));
        } else if (node instanceof Exprs.OpApp op) {
            visitOp(op);
        } else if (node instanceof Exprs.Quant q) {
            visitQuant(q);
        }
    }

    /** {@code \A Q \in Quorum : Q \subseteq Acceptor} also says Quorum is a set of subsets of Acceptor. */
    private void visitQuant(Exprs.Quant q) {
        for (Parts.Bound b : q.bounds()) {
            if (!(unparen(b.set()) instanceof Exprs.Ident set) || !uses.containsKey(set.name())) {
                continue;
            }
            Set<String> vars = new java.util.HashSet<>();
            b.names().forEach(n -> vars.add(n.text()));
            AstWalk.forEach(q.body(), n -> {
                if (n instanceof Exprs.OpApp op && op.canonical().equals("\\subseteq") && op.args().size() == 2
                        && unparen(op.args().get(0)) instanceof Exprs.Ident x && vars.contains(x.name())
                        && unparen(op.args().get(1)) instanceof Exprs.Ident base && uses.containsKey(base.name())) {
                    subsetsOf.put(set.name(), base.name());
                }
            });
        }
    }

    private void visitOp(Exprs.OpApp op) {
        String c = op.canonical();
        List<Expr> args = op.args();
        if (SET_FUNCTIONS.contains(c)) {
            args.forEach(x -> mark(x, Use.SET));
        } else if ((c.equals("\\in") || c.equals("\\notin")) && args.size() == 2) {
            if (isIdent(args.get(1), NUMBER_SETS)) {
                mark(args.get(0), Use.NUMBER);
            } else {
                mark(args.get(1), Use.SET);
            }
        } else if (c.equals("\\subseteq") && args.size() == 2 && unparen(args.get(1)) instanceof Exprs.OpApp s
                && s.canonical().equals("SUBSET") && unparen(args.get(0)) instanceof Exprs.Ident q
                && unparen(s.args().get(0)) instanceof Exprs.Ident base && uses.containsKey(q.name())) {
            subsetsOf.put(q.name(), base.name());
            mark(args.get(0), Use.SET);
        } else if (c.equals("\\subseteq") && args.size() == 2 && isIdent(args.get(1), NUMBER_SETS)) {
            mark(args.get(0), Use.NUMBER_SET);
        } else if (SET_OPS.contains(c)) {
            args.forEach(x -> mark(x, Use.SET));
        } else if (NUMBER_OPS.contains(c)) {
            args.forEach(x -> mark(x, Use.NUMBER));
        }
    }

    private static boolean isIdent(Expr e, Set<String> names) {
        return unparen(e) instanceof Exprs.Ident i && names.contains(i.name());
    }

    private static Expr unparen(Expr e) {
        return e instanceof Exprs.Paren p ? unparen(p.inner()) : e;
    }

    private void mark(Expr e, Use use) {
        if (unparen(e) instanceof Exprs.Ident i && uses.containsKey(i.name())) {
            uses.get(i.name()).add(use);
        }
    }
}
