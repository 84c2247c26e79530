package specula.commands.pipeline;

import java.util.Optional;
import java.util.function.Function;

import specula.commands.fix.SpecChecker;

/**
 * "Check a module": the one place {@code parse} and {@code fix} go through. Today it is the syntax phase; the
 * semantic phase will be a second implementation (or a chained one) without changing either command.
 */
public interface ModuleChecker {
    /**
     * Checks {@code root} and, transitively, the modules it EXTENDS or INSTANCEs that {@code lookup} holds.
     *
     * @param lookup module name to text (the session workspace)
     */
    CheckReport check(String root, Function<String, Optional<String>> lookup);

    /**
     * The fix loop's view: the problems of {@code module} when its text is the given one and the other modules
     * are as {@code others} holds them.
     */
    default SpecChecker forFix(Function<String, Optional<String>> others) {
        return (module, text) -> {
            CheckReport r = check(module, n -> n.equals(module) ? Optional.of(text) : others.apply(n));
            return r.modules().stream().flatMap(m -> m.findings().stream()).map(Finding::problem).toList();
        };
    }
}
