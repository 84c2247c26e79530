package specula.shell.console;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;

import specula.commands.session.CommandLines;
import specula.commands.session.Session;
import specula.commands.session.SessionException;
import specula.commands.session.Status;

/**
 * Runs one command line for every mode (REPL, scripts, replay): splits words with the same quoting rules
 * everywhere, binds them to the Spring Shell command's options, runs it, and records a history entry with its
 * outcome. Returns null on success or the failure message.
 */
public final class CommandDispatcher {
    private final CommandRegistry registry;
    private final SessionHolder holder;
    private final Output output;

    public CommandDispatcher(CommandRegistry registry, SessionHolder holder, Output output) {
        this.registry = registry;
        this.holder = holder;
        this.output = output;
    }

    public String execute(String line) {
        List<String> words;
        try {
            words = CommandLines.words(line);
        } catch (SessionException e) {
            return e.getMessage();
        }
        if (words.isEmpty()) return null;
        if (words.size() > 1 && !words.get(0).equals("help") && (words.contains("--help") || words.contains("-h"))) {
            // Spring Shell's per-command help text is the annotation's (empty) help; the help command has the usage.
            words = List.of("help", words.get(0));
        }
        Command command = registry.getCommandByName(words.get(0));
        if (command == null) command = registry.getCommandByAlias(words.get(0));
        if (command == null) return "unknown command '" + words.get(0) + "' (type help for the list)";
        holder.session().begin(line);
        String failure;
        try {
            ParsedInput input = bind(command, words);
            ExitStatus status = command.execute(new CommandContext(input, registry, output.out(), NO_INPUT));
            output.out().flush();
            failure = status.code() == 0 ? null : words.get(0) + ": " + status.description();
        } catch (Exception e) {
            output.out().flush();
            failure = message(e);
        }
        Session now = holder.session();
        now.end(failure == null ? Status.OK : Status.FAILED, failure);
        return failure;
    }

    /** Binds words to the command's declared options: --name value, --name=value, boolean flags, arguments. */
    static ParsedInput bind(Command command, List<String> words) {
        ParsedInput.Builder b = ParsedInput.builder().commandName(command.getName());
        int argIndex = 0;
        boolean onlyArgs = false;
        java.util.Set<String> given = new java.util.HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (onlyArgs || !w.startsWith("-") || w.equals("-") || isNumber(w)) {
                b.addArgument(new CommandArgument(argIndex++, w));
                continue;
            }
            if (w.equals("--")) {
                onlyArgs = true;
                continue;
            }
            String name = w.startsWith("--") ? w.substring(2) : w.substring(1);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.equals("help") || name.equals("h")) {
                b.addOption(CommandOption.with().shortName('h').longName("help").value("true").build());
                continue;
            }
            CommandOption declared = find(command, name, w.startsWith("--"));
            boolean flag = declared.type() == boolean.class || declared.type() == Boolean.class;
            if (value == null) {
                if (flag) {
                    value = "true";
                } else {
                    if (i + 1 >= words.size()) throw new SessionException("option " + w + " needs a value");
                    value = words.get(++i);
                }
            }
            given.add(declared.longName());
            b.addOption(CommandOption.with().shortName(declared.shortName()).longName(declared.longName())
                    .value(value).type(declared.type()).build());
        }
        // Spring Shell applies an option's declared default only when it parses the line itself; we bind the
        // words ourselves, so absent options would otherwise reach the method as null/0.
        for (CommandOption o : command.getOptions()) {
            String dflt = o.defaultValue();
            if (dflt != null && !dflt.isEmpty() && !given.contains(o.longName())) {
                b.addOption(CommandOption.with().shortName(o.shortName()).longName(o.longName())
                        .value(dflt).type(o.type()).build());
            }
        }
        return b.build();
    }

    private static CommandOption find(Command command, String name, boolean longForm) {
        for (CommandOption o : command.getOptions()) {
            if (longForm ? name.equals(o.longName()) : name.length() == 1 && o.shortName() == name.charAt(0)) {
                return o;
            }
        }
        StringBuilder known = new StringBuilder();
        for (CommandOption o : command.getOptions()) known.append(known.isEmpty() ? "" : ", ").append("--").append(o.longName());
        throw new SessionException("unknown option " + (longForm ? "--" : "-") + name + " for " + command.getName()
                + (known.isEmpty() ? " (it takes no options)" : " (options: " + known + ")"));
    }

    private static boolean isNumber(String w) {
        return w.matches("-\\d+");
    }

    /** The message a user should see: ours verbatim, anything else with its type so it is not mysterious. */
    static String message(Throwable e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof SessionException) return t.getMessage();
            // Model failures (configuration, provider, cancel) carry a message written for the user.
            if (t instanceof specula.commands.llm.LlmException) return "llm: " + t.getMessage();
            if (t.getCause() == null || t.getCause() == t) break;
            t = t.getCause();
        }
        String m = t.getMessage();
        if (t instanceof IllegalArgumentException && m != null) return m;
        return "internal error (" + t.getClass().getSimpleName() + (m == null ? ")" : "): " + m);
    }

    private static final InputReader NO_INPUT = new InputReader() {
    };

    PrintWriter out() {
        return output.out();
    }
}
