package specula.tla.eval;

import specula.tla.syntax.ast.Unit;

/**
 * A LET definition bound in an environment. {@code env} is set once all definitions of the LET are bound, so they
 * may refer to each other (and to themselves when RECURSIVE).
 */
public final class LetDef {
  final Unit def;
  final Scope scope;
  Env env;
  /** The body compiled with the LET's bound names and the parameters, or null (evaluated by the interpreter). */
  Code body;
  /** The body compiled for action enumeration, or null (compiled when entered). */
  ActionEnumerator.Act action;

  LetDef(Unit def, Scope scope) {
    this.def = def;
    this.scope = scope;
  }
}
