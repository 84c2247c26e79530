package specula.tla.semantic;

import specula.tla.stdlib.StandardLibrary;

/**
 * Plain-language hints for the mistakes LLM-written specs make most: a name from a module that is not extended
 * ({@code Len} without Sequences), a misspelled variable or operator.
 */
final class SemanticHints {
    private final StandardLibrary library;

    SemanticHints(StandardLibrary library) {
        this.library = library;
    }

    String unknownName(String name, Scope scope) {
        String module = definingModule(name);
        if (module != null) {
            return "'" + name + "' is defined in the standard module " + module + ": add " + module
                    + " to the EXTENDS list.";
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : scope.allNames()) {
            int d = distance(name, candidate);
            if (d < bestDistance && d <= (name.length() <= 3 ? 1 : 2)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? null : "did you mean '" + best + "'?";
    }

    /** A module name close to a built-in one (Sequence for Sequences, Naturals for Natural...). */
    String unknownModule(String name) {
        for (String m : library.moduleNames()) {
            if (m.equalsIgnoreCase(name) || distance(name, m) <= 2) {
                return "did you mean the standard module " + m + "?";
            }
        }
        return null;
    }

    String unknownSymbol(String symbol) {
        String module = definingModule(symbol);
        if (module != null) {
            return "the operator " + symbol + " is defined in the standard module " + module + ": add " + module
                    + " to the EXTENDS list.";
        }
        return switch (symbol) {
            case "+" -> "for the union of sets use \\cup; for numbers add Naturals to the EXTENDS list.";
            case "\\o" -> "sequence concatenation \\o needs EXTENDS Sequences.";
            default -> null;
        };
    }

    private String definingModule(String name) {
        for (String m : library.moduleNames()) {
            StandardLibrary.LibraryModule lm = library.module(m).orElseThrow();
            if (lm.operator(name).isPresent()) {
                return m;
            }
        }
        return null;
    }

    /** Levenshtein distance, case changes counting as half a step would be nicer but this is enough. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
