package specula.shell.console;

import java.util.List;

/** How the process was started: interactive, a script file, inline commands, or commands piped on stdin. */
public record LaunchOptions(Mode mode, String argument) {
    public enum Mode { INTERACTIVE, SCRIPT, INLINE, STDIN, HELP }

    public static LaunchOptions parse(String[] args) {
        List<String> a = List.of(args);
        if (a.isEmpty()) return new LaunchOptions(Mode.INTERACTIVE, null);
        String first = a.get(0);
        switch (first) {
            case "--script", "-s" -> {
                if (a.size() != 2) throw new IllegalArgumentException("usage: shell --script FILE");
                return new LaunchOptions(Mode.SCRIPT, a.get(1));
            }
            case "-c", "--command" -> {
                if (a.size() < 2) throw new IllegalArgumentException("usage: shell -c 'command; command'");
                return new LaunchOptions(Mode.INLINE, String.join(" ", a.subList(1, a.size())));
            }
            case "--stdin" -> {
                return new LaunchOptions(Mode.STDIN, null);
            }
            case "--help", "-h" -> {
                return new LaunchOptions(Mode.HELP, null);
            }
            default -> throw new IllegalArgumentException("unknown argument '" + first
                    + "' (usage: shell [--script FILE | -c 'commands' | --stdin])");
        }
    }

    public static final String USAGE = """
            usage: ./shell                    interactive shell
                   ./shell --script FILE      run the commands in FILE, stop at the first failure (exit 1)
                   ./shell -c 'cmd; cmd'      run inline commands the same way
                   ... | ./shell              read commands from stdin
            """;
}
