package specula.commands.fix;

import java.util.List;

/** The per-attempt table printed after a fix loop. */
public final class FixReport {
    private FixReport() {
    }

    public static String table(List<FixAttempt> attempts) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-3s %-6s %-44s %6s %6s %8s %8s %8s%n", "#", "kind", "what", "before", "after",
                "tok-in", "tok-out", "time"));
        for (FixAttempt a : attempts) {
            String what = a.failed() ? a.failure() : a.description();
            if (what.length() > 44) {
                what = what.substring(0, 43) + "…";
            }
            b.append(String.format("%-3d %-6s %-44s %6d %6s %8d %8d %7dms%n", a.number(),
                    a.kind().name().toLowerCase(), what, a.errorsBefore().size(),
                    a.after() == null ? "-" : String.valueOf(a.errorsAfter().size()), a.tokensIn(), a.tokensOut(),
                    a.time().toMillis()));
        }
        return b.toString();
    }
}
