package specula.commands.trace;

import java.util.Optional;

/**
 * The value a logged {@code Init} update resets a variable to: its {@code default_value}, or the seed's
 * {@code default_type} shorthands. Maps "per node" range over the first constant whose value is a set (the
 * seed tied them to a constant literally named {@code Nodes}); "per mutex" maps over a constant named like
 * {@code Mutexes}/{@code Locks}, else the second set.
 */
final class DefaultValues {
    private DefaultValues() {
    }

    static Optional<String> of(TraceConfig.Variable v, TraceConfig c) {
        if (v.defaultValue() != null && !v.defaultValue().isBlank()) {
            return Optional.of(v.defaultValue().strip());
        }
        String type = v.defaultType() == null ? "" : v.defaultType().strip();
        return switch (type) {
            case "int" -> Optional.of("0");
            case "bool" -> Optional.of("FALSE");
            case "set" -> Optional.of("{}");
            case "sequence", "seq" -> Optional.of("<<>>");
            default -> perElement(type, c);
        };
    }

    private static Optional<String> perElement(String type, TraceConfig c) {
        String[] parts = type.split("_map_");
        if (parts.length != 2) {
            return Optional.empty();
        }
        Optional<String> domain = parts[0].equals("mutex") ? mutexSet(c) : sets(c, 0);
        Optional<String> inner = of(new TraceConfig.Variable("", parts[1], null), c);
        if (domain.isEmpty() || inner.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("[x \\in " + domain.get() + " |-> " + inner.get() + "]");
    }

    private static Optional<String> mutexSet(TraceConfig c) {
        return c.constants().stream().filter(k -> k.name().matches("(?i).*(mutex|lock).*")).map(TraceConfig.Constant::name)
                .findFirst().or(() -> sets(c, 1));
    }

    private static Optional<String> sets(TraceConfig c, int index) {
        return c.constants().stream().filter(k -> k.value().strip().startsWith("{")).map(TraceConfig.Constant::name)
                .skip(index).findFirst();
    }
}
