package specula.commands.check;

import specula.tla.check.CheckResult;

import java.util.Locale;

/** The one-line outcome of a check for history and status, in TLC's words. */
public final class Outcomes {
    private Outcomes() {
    }

    /**
     * {@code Raft: 7,495,587 distinct states, no error (incomplete: timeout)}, or the error with the length of its
     * trace: {@code Invariant TypeOK is violated (depth 4)}.
     */
    public static String headline(String module, CheckResult r) {
        return headline(module, r, false);
    }

    /** A simulation counts behaviours (the result's "distinct") and the states they went through. */
    public static String headline(String module, CheckResult r, boolean simulated) {
        if (r.outcome().isError()) {
            String m = r.errorMessage() == null ? r.outcome().name() : r.errorMessage().strip();
            if (m.endsWith(".")) m = m.substring(0, m.length() - 1);
            int firstLine = m.indexOf('\n');
            if (firstLine > 0) m = m.substring(0, firstLine);
            return r.trace().isEmpty() ? m : m + " (depth " + r.trace().size() + ")";
        }
        String prefix = module == null || module.isBlank() ? "" : module + ": ";
        String states = simulated
                ? String.format(Locale.ROOT, "%,d behaviours (%,d states)", r.distinct(), r.generated())
                : String.format(Locale.ROOT, "%,d distinct states", r.distinct());
        String incomplete = switch (r.outcome()) {
            case TIMEOUT -> " (incomplete: timeout)";
            case CANCELLED -> " (incomplete: cancelled)";
            case STOPPED_AT_LIMIT -> " (incomplete: state limit)";
            default -> "";
        };
        return prefix + states + ", no error" + incomplete;
    }
}
