package specula.tla.eval;

import specula.tla.eval.value.Value;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Unit;

/** What a name denotes once resolved in a module scope or an environment. */
public sealed interface Binding {

  /** A user operator definition (any arity) together with the scope its body is resolved in. */
  record Def(Unit.OpDef def, Scope scope, DefCache cache) implements Binding {
    public Def(Unit.OpDef def, Scope scope) {
      this(def, scope, new DefCache());
    }
  }

  /** Per-binding memo: whether the definition is constant-level and, once computed, its value. */
  final class DefCache {
    volatile Boolean constant;
    volatile Value value;
    /** The body compiled for the definition's scope (parameters bound), with the scope generation it is for. */
    volatile CompiledBody body;
    /** The body compiled for action enumeration, likewise. */
    volatile CompiledAction action;
  }

  /** A definition body compiled for action enumeration and the generation of its scope. */
  record CompiledAction(ActionEnumerator.Act act, int generation) {
  }

  /** A compiled definition body and the generation of its scope it was compiled in. */
  record CompiledBody(Code code, int generation) {
  }

  /** {@code f[x \in S] == e}: a (possibly recursive) function definition. */
  record FnDef(Unit.FnDef def, Scope scope) implements Binding {
  }

  /** A state variable, by its slot in the state array. */
  record Var(int index, String name) implements Binding {
  }

  /** A value fixed by the model (a CONSTANT given with {@code =}) or a value bound in an environment. */
  record Const(Value value) implements Binding {
  }

  /** {@code x <- e} of an INSTANCE: e evaluated where the INSTANCE was written. */
  record Subst(Expr expr, Scope scope, Env env) implements Binding {
  }

  /** A named instance {@code I(p) == INSTANCE M WITH ...}. */
  record Instance(Unit.ModuleDef def, Scope scope) implements Binding {
  }

  /** A Java implementation of a library operator. */
  record Native(String module, String name, int arity, NativeOp op) implements Binding {
  }

  /** A CONSTANT declared but given no value by the model. */
  record Missing(String name) implements Binding {
  }
}
