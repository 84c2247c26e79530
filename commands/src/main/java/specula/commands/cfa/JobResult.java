package specula.commands.cfa;

import specula.tla.syntax.ast.Expr;

import java.util.List;
import java.util.Set;

/** A transformed operator: its new body, the variables every path assigns (Mod), and the continuations it spawned. */
record JobResult(Job job, Expr body, Set<String> mod, boolean cut, boolean changed, List<Job> continuations) {
}
