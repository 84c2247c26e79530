package specula.commands.cfa;

import specula.tla.syntax.ast.Module;

import java.util.List;

/**
 * The transformed module, whether anything changed, what changed and why, and the shape the trace configuration
 * needs: entry actions with their parameters and the interaction handlers process cutting created.
 */
public record CfaResult(Module module, boolean changed, List<Change> changes, List<EntryAction> entries,
                        List<String> interactions) {

    /** A disjunct of Next: the operator it invokes and the {@code \E p \in S} binders around it. */
    public record EntryAction(String name, List<Parameter> parameters, String stmt) {
    }

    public record Parameter(String name, String source) {
    }
}
