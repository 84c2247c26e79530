package specula.shell.console;

import java.io.PrintWriter;

import org.fusesource.jansi.Ansi;

/**
 * Where command output goes, and whether it may be coloured. Colour is on only for a terminal (or when forced by
 * {@code shell.color: always}) and never when {@code NO_COLOR} is set, so redirected output stays plain text.
 */
public final class Output {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean color;

    public Output(PrintWriter out, PrintWriter err, boolean color) {
        this.out = out;
        this.err = err;
        this.color = color;
    }

    public static boolean colorWanted(String setting, boolean isTerminal, String noColorEnv) {
        if (noColorEnv != null && !noColorEnv.isEmpty()) return false;
        return switch (setting == null ? "auto" : setting) {
            case "always", "true", "on" -> true;
            case "never", "false", "off" -> false;
            default -> isTerminal;
        };
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public boolean color() {
        return color;
    }

    public String red(String s) {
        return paint(s, Ansi.Color.RED, false);
    }

    public String green(String s) {
        return paint(s, Ansi.Color.GREEN, false);
    }

    public String cyan(String s) {
        return paint(s, Ansi.Color.CYAN, false);
    }

    public String yellow(String s) {
        return paint(s, Ansi.Color.YELLOW, false);
    }

    public String bold(String s) {
        return color ? Ansi.ansi().bold().a(s).reset().toString() : s;
    }

    public String dim(String s) {
        return color ? Ansi.ansi().a(Ansi.Attribute.INTENSITY_FAINT).a(s).reset().toString() : s;
    }

    private String paint(String s, Ansi.Color c, boolean bright) {
        if (!color) return s;
        Ansi a = Ansi.ansi();
        a = bright ? a.fgBright(c) : a.fg(c);
        return a.a(s).reset().toString();
    }

    public void println(String s) {
        out.println(s);
        out.flush();
    }

    public void error(String s) {
        out.flush();
        err.println(red(s));
        err.flush();
    }
}
