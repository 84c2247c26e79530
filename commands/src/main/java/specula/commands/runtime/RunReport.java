package specula.commands.runtime;

import java.util.Optional;

/**
 * What one model-checking run reported, whatever ran it (the embedded checker or tla2tools): the kind of outcome,
 * TLC's message, where it points, the name it concerns (an invariant, a property, a variable) and the error trace
 * as text.
 */
public record RunReport(Kind kind, String message, Optional<Location> location, Optional<String> subject,
                        String trace) {

    public enum Kind {
        OK(Role.SUCCESS), PARSE_ERROR(Role.RUNTIME_ERROR), EVALUATION_ERROR(Role.RUNTIME_ERROR),
        UNDETERMINED_VARIABLE(Role.RUNTIME_ERROR), ASSIGNED_TWICE(Role.RUNTIME_ERROR),
        TYPE_COMPARE_ERROR(Role.RUNTIME_ERROR), DEADLOCK(Role.FINDING), ASSUMPTION_FAILURE(Role.FINDING),
        INVARIANT_VIOLATION(Role.FINDING), PROPERTY_VIOLATION(Role.FINDING), TIMEOUT(Role.INCONCLUSIVE);

        private final Role role;

        Kind(Role role) {
            this.role = role;
        }

        public Role role() {
            return role;
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * Runtime errors are defects of the spec, to be corrected; findings are what model checking is for (a
     * violated invariant, a deadlock, a false assumption) and are reported, never "fixed" by the model.
     */
    public enum Role { SUCCESS, RUNTIME_ERROR, FINDING, INCONCLUSIVE }

    /** A source position as TLC prints it ({@code line 12, col 5 to line 12, col 20 of module M}). */
    public record Location(String module, int line, int column) {
        @Override
        public String toString() {
            return (module == null ? "" : module + ":") + line + ":" + column;
        }
    }

    public RunReport {
        message = message == null ? "" : message;
        trace = trace == null ? "" : trace;
    }

    public static RunReport ok(String message) {
        return new RunReport(Kind.OK, message, Optional.empty(), Optional.empty(), "");
    }

    public boolean ok() {
        return kind == Kind.OK;
    }

    /** One line for summaries: kind, subject, location. */
    public String headline() {
        StringBuilder sb = new StringBuilder(kind.label());
        subject.ifPresent(s -> sb.append(" (").append(s).append(')'));
        location.ifPresent(l -> sb.append(" at ").append(l));
        return sb.toString();
    }
}
