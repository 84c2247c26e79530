package specula.commands.cfa;

import java.util.Locale;
import java.util.Set;

/**
 * Which algorithms run: process cutting (pc), UNCHANGED convergence (uc), state update / priming (su).
 * {@code suEverywhere}: prime reads after assignment even in a module that needs no process cutting. By default su
 * runs only in modules recognised as imperative (some action needs cutting), because in a module that is already
 * TLA+ a read of {@code x} after {@code x' = e} deliberately means the old value (DieHard's
 * {@code small' = small - (big' - big)}); naming su in {@code --only} asks for it regardless.
 */
public record CfaOptions(boolean pc, boolean uc, boolean su, boolean suEverywhere) {
    public static final CfaOptions ALL = new CfaOptions(true, true, true, false);

    /** Parses {@code "pc,uc,su"} (any subset, any order); blank means all. */
    public static CfaOptions parse(String only) {
        if (only == null || only.isBlank()) return ALL;
        Set<String> known = Set.of("pc", "uc", "su");
        boolean pc = false, uc = false, su = false;
        for (String part : only.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (!known.contains(p)) {
                throw new IllegalArgumentException("unknown algorithm '" + part.trim() + "' (use pc, uc, su)");
            }
            pc |= p.equals("pc");
            uc |= p.equals("uc");
            su |= p.equals("su");
        }
        return new CfaOptions(pc, uc, su, su);
    }

    CfaOptions withSu(boolean on) {
        return new CfaOptions(pc, uc, on, suEverywhere);
    }
}
