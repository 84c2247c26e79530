package specula.tla.syntax;

import java.util.Set;

/** Reserved words of TLA+ and of the TLAPS proof language. */
final class Keywords {
    private Keywords() {
    }

    static final Set<String> ALL = Set.of("ASSUME", "ASSUMPTION", "AXIOM", "CASE", "CHOOSE", "CONSTANT",
            "CONSTANTS", "DOMAIN", "ELSE", "ENABLED", "EXCEPT", "EXTENDS", "IF", "IN", "INSTANCE", "LET", "LOCAL",
            "MODULE", "OTHER", "SUBSET", "THEN", "THEOREM", "UNCHANGED", "UNION", "VARIABLE", "VARIABLES", "WITH",
            "LAMBDA", "RECURSIVE", "ACTION", "BY", "COROLLARY", "DEF", "DEFINE", "DEFS", "HAVE", "HIDE", "LEMMA",
            "NEW", "OBVIOUS", "OMITTED", "ONLY", "PICK", "PROOF", "PROPOSITION", "PROVE", "QED", "STATE",
            "SUFFICES", "TAKE", "TEMPORAL", "USE", "WITNESS", "WF_", "SF_");
}
