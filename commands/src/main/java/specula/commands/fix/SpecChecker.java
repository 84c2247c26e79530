package specula.commands.fix;

import java.util.List;

/**
 * Parses and checks a module text; the real implementation wraps the {@code tla} parser and semantic analysis.
 * An empty list means the module is accepted.
 */
@FunctionalInterface
public interface SpecChecker {
    List<Problem> check(String moduleName, String text);
}
