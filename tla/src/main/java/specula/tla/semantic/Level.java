package specula.tla.semantic;

/** SANY's expression levels. */
public final class Level {
    public static final int CONSTANT = 0;
    public static final int STATE = 1;
    public static final int ACTION = 2;
    public static final int TEMPORAL = 3;

    private Level() {
    }

    public static String describe(int level) {
        return switch (level) {
            case CONSTANT -> "constant";
            case STATE -> "state";
            case ACTION -> "action";
            default -> "temporal";
        };
    }
}
