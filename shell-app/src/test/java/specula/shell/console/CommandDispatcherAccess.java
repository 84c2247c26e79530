package specula.shell.console;

import java.util.List;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.ParsedInput;

/** Test access to the package-private option binding. */
public final class CommandDispatcherAccess {
    private CommandDispatcherAccess() {
    }

    public static String message(Throwable e) {
        return CommandDispatcher.message(e);
    }

    public static ParsedInput bind(Command command, List<String> words) {
        return CommandDispatcher.bind(command, words);
    }
}
