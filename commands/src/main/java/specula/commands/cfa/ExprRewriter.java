package specula.commands.cfa;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds an expression bottom-up, asking {@link Leaf} first at every node. The set of names bound between the root
 * and the node (LET, quantifiers, CHOOSE, set/function constructors, LAMBDA) is passed along, so a rewrite of state
 * variables or temporaries never touches a bound name that shadows them.
 */
final class ExprRewriter {

    /** Returns a replacement for {@code e}, or null to descend into its children. */
    @FunctionalInterface
    interface Leaf {
        Expr rewrite(Expr e, Set<String> bound);
    }

    private final Leaf leaf;

    ExprRewriter(Leaf leaf) {
        this.leaf = leaf;
    }

    Expr apply(Expr e) {
        return map(e, Set.of());
    }

    Expr apply(Expr e, Set<String> bound) {
        return map(e, bound);
    }

    private List<Expr> all(List<Expr> es, Set<String> bound) {
        List<Expr> out = new ArrayList<>(es.size());
        for (Expr e : es) out.add(map(e, bound));
        return out;
    }

    private static Set<String> plus(Set<String> bound, List<Parts.Bound> bounds) {
        Set<String> s = new HashSet<>(bound);
        for (Parts.Bound b : bounds) for (Parts.Name n : b.names()) s.add(n.text());
        return s;
    }

    private List<Parts.Bound> bounds(List<Parts.Bound> bs, Set<String> bound) {
        List<Parts.Bound> out = new ArrayList<>();
        for (Parts.Bound b : bs) out.add(b.set() == null ? b : new Parts.Bound(b.range(), b.names(), b.tuple(), map(b.set(), bound)));
        return out;
    }

    private Expr map(Expr e, Set<String> bound) {
        if (e == null) return null;
        Expr r = leaf.rewrite(e, bound);
        if (r != null) return r;
        if (e instanceof Exprs.Ident x) return x;
        if (e instanceof Exprs.Apply x) return new Exprs.Apply(x.range(), x.name(), all(x.args(), bound));
        if (e instanceof Exprs.Qualified x) {
            List<Parts.Segment> segs = new ArrayList<>();
            for (Parts.Segment s : x.segments()) segs.add(new Parts.Segment(s.range(), s.name(), all(s.args(), bound)));
            return new Exprs.Qualified(x.range(), segs);
        }
        if (e instanceof Exprs.OpApp x) return new Exprs.OpApp(x.range(), x.spelling(), x.canonical(), x.fixity(), all(x.args(), bound));
        if (e instanceof Exprs.OpArg x) return x;
        if (e instanceof Exprs.NumberLit x) return x;
        if (e instanceof Exprs.StringLit x) return x;
        if (e instanceof Exprs.At x) return x;
        if (e instanceof Exprs.Paren x) return new Exprs.Paren(x.range(), map(x.inner(), bound));
        if (e instanceof Exprs.If x) return new Exprs.If(x.range(), map(x.cond(), bound), map(x.then(), bound), map(x.otherwise(), bound));
        if (e instanceof Exprs.Case x) {
            List<Parts.CaseArm> arms = new ArrayList<>();
            for (Parts.CaseArm a : x.arms()) arms.add(new Parts.CaseArm(a.range(), map(a.guard(), bound), map(a.body(), bound)));
            return new Exprs.Case(x.range(), arms, map(x.other(), bound));
        }
        if (e instanceof Exprs.Let x) {
            Set<String> inner = new HashSet<>(bound);
            for (Unit u : x.defs()) inner.add(defName(u));
            List<Unit> defs = new ArrayList<>();
            for (Unit u : x.defs()) defs.add(mapDef(u, inner));
            return new Exprs.Let(x.range(), defs, map(x.body(), inner));
        }
        if (e instanceof Exprs.Quant x) return new Exprs.Quant(x.range(), x.spelling(), x.kind(), bounds(x.bounds(), bound),
                map(x.body(), plus(bound, x.bounds())));
        if (e instanceof Exprs.Choose x) return new Exprs.Choose(x.range(), bounds(List.of(x.bound()), bound).get(0),
                map(x.body(), plus(bound, List.of(x.bound()))));
        if (e instanceof Exprs.SetEnum x) return new Exprs.SetEnum(x.range(), all(x.elements(), bound));
        if (e instanceof Exprs.SetFilter x) return new Exprs.SetFilter(x.range(), bounds(List.of(x.bound()), bound).get(0),
                map(x.predicate(), plus(bound, List.of(x.bound()))));
        if (e instanceof Exprs.SetMap x) return new Exprs.SetMap(x.range(), map(x.element(), plus(bound, x.bounds())), bounds(x.bounds(), bound));
        if (e instanceof Exprs.Tuple x) return new Exprs.Tuple(x.range(), all(x.elements(), bound));
        if (e instanceof Exprs.FnCtor x) return new Exprs.FnCtor(x.range(), bounds(x.bounds(), bound), map(x.body(), plus(bound, x.bounds())));
        if (e instanceof Exprs.FnSet x) return new Exprs.FnSet(x.range(), map(x.domain(), bound), map(x.codomain(), bound));
        if (e instanceof Exprs.RecordCtor x) return new Exprs.RecordCtor(x.range(), fields(x.fields(), bound));
        if (e instanceof Exprs.RecordSet x) return new Exprs.RecordSet(x.range(), fields(x.fields(), bound));
        if (e instanceof Exprs.Except x) {
            List<Parts.ExceptClause> cs = new ArrayList<>();
            for (Parts.ExceptClause c : x.clauses()) {
                List<Parts.PathElem> path = new ArrayList<>();
                for (Parts.PathElem p : c.path()) {
                    path.add(p instanceof Parts.IndexPath ip ? new Parts.IndexPath(all(ip.indices(), bound)) : p);
                }
                cs.add(new Parts.ExceptClause(c.range(), path, map(c.value(), bound)));
            }
            return new Exprs.Except(x.range(), map(x.function(), bound), cs);
        }
        if (e instanceof Exprs.FnApply x) return new Exprs.FnApply(x.range(), map(x.function(), bound), all(x.args(), bound));
        if (e instanceof Exprs.FieldAccess x) return new Exprs.FieldAccess(x.range(), map(x.record(), bound), x.field());
        if (e instanceof Exprs.ActionSub x) return new Exprs.ActionSub(x.range(), map(x.action(), bound), map(x.subscript(), bound), x.angle());
        if (e instanceof Exprs.Fairness x) return new Exprs.Fairness(x.range(), x.kind(), map(x.subscript(), bound), map(x.action(), bound));
        if (e instanceof Exprs.Junction x) return new Exprs.Junction(x.range(), x.bullet(), all(x.items(), bound));
        if (e instanceof Exprs.Lambda x) {
            Set<String> inner = new HashSet<>(bound);
            for (Parts.Name n : x.params()) inner.add(n.text());
            return new Exprs.Lambda(x.range(), x.params(), map(x.body(), inner));
        }
        if (e instanceof Exprs.Label x) return new Exprs.Label(x.range(), x.name(), x.params(), map(x.body(), bound));
        if (e instanceof Exprs.StepRef x) return x;
        if (e instanceof Exprs.AssumeProve x) return x;
        if (e instanceof Exprs.ErrorExpr x) return x;
        throw new IllegalStateException("unknown expression " + e);
    }

    private List<Parts.Field> fields(List<Parts.Field> fs, Set<String> bound) {
        List<Parts.Field> out = new ArrayList<>();
        for (Parts.Field f : fs) out.add(new Parts.Field(f.range(), f.name(), map(f.value(), bound)));
        return out;
    }

    /** A LET definition with its body rewritten (its own parameters bound). */
    Unit mapDef(Unit u, Set<String> bound) {
        if (u instanceof Unit.OpDef d) {
            Set<String> inner = new HashSet<>(bound);
            for (Parts.Param p : d.params()) inner.add(p.name().text());
            return new Unit.OpDef(d.range(), d.local(), d.name(), d.fixity(), d.params(), map(d.body(), inner));
        }
        if (u instanceof Unit.FnDef d) {
            Set<String> inner = plus(bound, d.bounds());
            inner.add(d.name().text());
            return new Unit.FnDef(d.range(), d.local(), d.name(), bounds(d.bounds(), bound), map(d.body(), inner));
        }
        return u;
    }

    static String defName(Unit u) {
        if (u instanceof Unit.OpDef d) return d.name().text();
        if (u instanceof Unit.FnDef d) return d.name().text();
        return "";
    }
}
