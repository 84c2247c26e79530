package specula.tla.check;

import specula.tla.eval.ActionEnumerator;
import specula.tla.eval.EvalException;
import specula.tla.eval.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a counterexample from the fingerprints on its path: the initial state with the first fingerprint, then
 * at each step the successor with the next one (states are not kept during the search, only fingerprints).
 */
final class TraceRebuilder {
  private final StateSpace space;

  TraceRebuilder(StateSpace space) {
    this.space = space;
  }

  List<TraceState> rebuild(long[] fps, Value[] extra) {
    List<Value[]> states = new ArrayList<>();
    List<String> actions = new ArrayList<>();
    Value[][] first = {null};
    space.initialStates(s -> {
      if (space.fingerprint(s, 1) == fps[0]) {
        first[0] = s;
        return false;
      }
      return true;
    });
    Value[] cur = first[0];
    if (cur == null) {
      throw new IllegalStateException("initial state not found");
    }
    states.add(cur);
    actions.add("<Initial predicate>");
    for (int i = 1; i < fps.length; i++) {
      long want = fps[i];
      int level = i;
      Value[][] found = {null};
      String[] label = {null};
      space.successors(cur, level, (t, l) -> {
        if (space.fingerprint(t, level + 1) == want) {
          found[0] = t;
          label[0] = describe(l);
          return false;
        }
        return true;
      });
      if (found[0] == null) {
        throw new IllegalStateException("successor not found at step " + (i + 1));
      }
      cur = found[0];
      states.add(cur);
      actions.add(label[0]);
    }
    if (extra != null) {
      Value[] last = cur;
      String[] label = {"<Action>"};
      space.successors(last, fps.length, (t, l) -> {
        if (java.util.Arrays.equals(t, extra)) {
          label[0] = describe(l);
          return false;
        }
        return true;
      });
      states.add(extra);
      actions.add(label[0]);
    }
    return traceStates(space, states, actions);
  }

  static List<TraceState> traceStates(StateSpace space, List<Value[]> states, List<String> actions) {
    List<TraceState> out = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      Value[] next = i + 1 < states.size() ? states.get(i + 1) : null;
      out.add(new TraceState(i + 1, actions.get(i), space.display(states.get(i), next, i + 1)));
    }
    return out;
  }

  static String describe(ActionEnumerator.ActionLabel l) {
    if (l == null || l.range() == null) {
      return "<Action>";
    }
    return "<" + l.name() + " " + EvalException.location(l.range()) + ">";
  }
}
