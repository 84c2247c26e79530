package specula.commands.cfa;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is known at a point of one atomic step: variables already assigned in this step, variables committed by
 * earlier steps of the same action, local names in scope (which shadow variables), the temporaries a cut must save
 * and how to read the ones saved by earlier steps ({@code info.temp.t}), and LET operators that cannot be saved as
 * values and are therefore re-declared in continuations.
 */
record PathState(Set<String> assigned, Set<String> done, Map<String, Expr> subst, List<String> temps,
                 Set<String> shadow, List<Unit> carried) {

    static PathState start(List<String> params) {
        return new PathState(Set.of(), Set.of(), Map.of(), List.of(), Set.copyOf(params), List.of());
    }

    PathState withAssigned(Set<String> a) {
        return new PathState(Set.copyOf(a), done, subst, temps, shadow, carried);
    }

    /** The state a continuation starts in: nothing assigned yet, everything assigned so far committed. */
    PathState continuation(Set<String> alsoDone) {
        Set<String> d = new LinkedHashSet<>(done);
        d.addAll(assigned);
        d.addAll(alsoDone);
        Map<String, Expr> s = new LinkedHashMap<>();
        for (String t : temps) s.put(t, Ast.field(Ast.field(Ast.id("info"), "temp"), t));
        return new PathState(Set.of(), Set.copyOf(d), s, temps, shadow, carried);
    }

    PathState enter(Stmt.Scope sc) {
        Map<String, Expr> s = new LinkedHashMap<>(subst);
        List<String> t = new ArrayList<>(temps);
        Set<String> sh = new HashSet<>(shadow);
        List<Unit> c = new ArrayList<>(carried);
        List<String> names = new ArrayList<>();
        if (sc.defs() != null) {
            for (Unit u : sc.defs()) {
                String n = ExprRewriter.defName(u);
                names.add(n);
                boolean value = u instanceof Unit.OpDef d && d.params().isEmpty();
                if (!value) c.add(u);
                s.remove(n);
                t.remove(n);
                if (value) t.add(n);
                sh.add(n);
            }
        } else {
            for (Parts.Bound b : sc.bounds()) {
                for (Parts.Name n : b.names()) {
                    s.remove(n.text());
                    t.remove(n.text());
                    t.add(n.text());
                    sh.add(n.text());
                }
            }
        }
        return new PathState(assigned, done, s, t, sh, c);
    }

    /** The current value of a temporary: itself, or where an earlier step saved it. */
    Expr valueOf(String temp) {
        Expr e = subst.get(temp);
        return e != null ? e : Ast.id(temp);
    }
}
