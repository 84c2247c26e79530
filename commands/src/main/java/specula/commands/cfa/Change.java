package specula.commands.cfa;

/** One line of {@code cfa --explain}: which algorithm (pc, uc, su) changed which action, and why. */
public record Change(String algorithm, String action, String detail) {
    @Override
    public String toString() {
        return "[" + algorithm + "] " + action + ": " + detail;
    }
}
