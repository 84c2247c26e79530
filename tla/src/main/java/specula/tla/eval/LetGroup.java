package specula.tla.eval;

import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * The definitions of one LET as the compilers see them: the bound names in order, the site their bodies and the
 * LET's body are compiled in (every name visible, so definitions may refer to each other), and the binding of
 * one environment shared by all of them at run time (as {@link Evaluator#bindLet}).
 */
record LetGroup(Unit[] units, String[] names, Compiler.Site inner, Scope scope) {

  static LetGroup of(Exprs.Let l, Compiler.Site site) {
    List<Unit> units = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Compiler.Site in = site;
    for (Unit u : l.defs()) {
      String name = Compiler.defName(u);
      if (name != null) {
        units.add(u);
        names.add(name);
        in = in.with(name);
      }
    }
    return new LetGroup(units.toArray(new Unit[0]), names.toArray(new String[0]), in, site.scope());
  }

  int size() {
    return units.length;
  }

  /** The site of definition {@code i}'s body (its parameters bound), or null when it is not an operator. */
  Compiler.Site bodySite(int i) {
    if (!(units[i] instanceof Unit.OpDef d)) {
      return null;
    }
    Compiler.Site s = inner;
    for (Parts.Param p : d.params()) {
      s = s.with(p.name().text());
    }
    return s;
  }

  /** Binds every definition in one environment that each of them closes over; {@code acts} may be null. */
  Env bind(Env env, Code[] bodies, ActionEnumerator.Act[] acts) {
    Env out = env;
    LetDef[] made = new LetDef[units.length];
    for (int i = 0; i < units.length; i++) {
      LetDef ld = new LetDef(units[i], scope);
      ld.body = bodies[i];
      if (acts != null) {
        ld.action = acts[i];
      }
      made[i] = ld;
      out = out.bind(names[i], ld);
    }
    for (LetDef ld : made) {
      ld.env = out;
    }
    return out;
  }
}
