package specula.tla.semantic;

import java.util.Map;
import java.util.Set;

/**
 * The operators TLA+ itself defines (SANY's predefined context), by the parser's canonical spelling. Every other
 * symbol (+, .., \o, \prec, ...) must come from a module, or SANY reports it undefined.
 */
final class CoreOperators {
    private CoreOperators() {
    }

    private static final Map<String, Symbol.Builtin> OPS = Map.ofEntries(
            op("=", 2), op("/=", 2), op("\\in", 2), op("\\notin", 2), op("\\subseteq", 2), op("\\cup", 2),
            op("\\cap", 2), op("\\", 2), op("/\\", 2), op("\\/", 2), op("=>", 2), op("<=>", 2), op("\\equiv", 2),
            op("~", 1), op("SUBSET", 1), op("UNION", 1), op("DOMAIN", 1), op("'", 1), op("ENABLED", 1),
            op("UNCHANGED", 1), op("[]", 1), op("<>", 1), op("~>", 2), op("-+->", 2), op("\\cdot", 2),
            op("\\X", -1), op("TRUE", 0), op("FALSE", 0), op("BOOLEAN", 0), op("STRING", 0));

    /** Boolean connectives: SANY rejects mixing action and temporal arguments in them. */
    static final Set<String> LOGICAL = Set.of("/\\", "\\/", "=>", "<=>", "\\equiv", "~");

    private static Map.Entry<String, Symbol.Builtin> op(String name, int arity) {
        return Map.entry(name, new Symbol.Builtin(name, arity));
    }

    static Symbol.Builtin get(String canonical) {
        return OPS.get(canonical);
    }
}
