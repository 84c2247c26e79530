package specula.tla.eval;

import java.util.List;

/** A loaded specification: the root module's scope and the state variables in slot order. */
public record Spec(String rootModule, Scope root, List<String> variables, SpecLoader loader) {
  public int variableIndex(String name) {
    return variables.indexOf(name);
  }
}
