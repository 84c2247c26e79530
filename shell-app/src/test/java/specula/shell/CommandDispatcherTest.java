package specula.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;

import specula.commands.session.CommandLines;
import specula.commands.session.SessionException;
import specula.shell.console.CommandDispatcherAccess;

class CommandDispatcherTest {
    private static final Command REPLACE = new Command() {
        @Override
        public String getName() {
            return "replace";
        }

        @Override
        public List<CommandOption> getOptions() {
            return List.of(
                    CommandOption.with().longName("from").type(String.class).build(),
                    CommandOption.with().longName("to").type(String.class).build(),
                    CommandOption.with().longName("all").type(boolean.class).build(),
                    CommandOption.with().longName("context").type(int.class).defaultValue("3").build());
        }

        @Override
        public ExitStatus execute(CommandContext context) {
            return ExitStatus.OK;
        }
    };

    private static ParsedInput bind(String line) {
        return CommandDispatcherAccess.bind(REPLACE, CommandLines.words(line));
    }

    @Test
    void bindsQuotedValuesFlagsAndArguments() {
        ParsedInput in = bind("replace Raft --from \"a b\" --all --to=c");
        assertEquals("Raft", in.arguments().get(0).value());
        assertEquals("a b", in.options().get(0).value());
        assertEquals("from", in.options().get(0).longName());
        assertEquals("true", in.options().get(1).value());
        assertEquals("c", in.options().get(2).value());
    }

    @Test
    void valuesMayLookLikeTlaOperatorsOrNegativeNumbers() {
        ParsedInput in = bind("replace M --from \"x \\in S\" --to \"-1\"");
        assertEquals("x \\in S", in.options().get(0).value());
        assertEquals("-1", in.options().get(1).value());
    }

    @Test
    void unknownOptionsAndMissingValuesAreClearErrors() {
        SessionException e = assertThrows(SessionException.class, () -> bind("replace M --form x"));
        assertTrue(e.getMessage().startsWith("unknown option --form for replace (options: --from, --to, --all, --context)"),
                e.getMessage());
        e = assertThrows(SessionException.class, () -> bind("replace M --from"));
        assertEquals("option --from needs a value", e.getMessage());
    }

    @Test
    void absentOptionsTakeTheirDeclaredDefault() {
        ParsedInput in = bind("replace M --from a --to b");
        assertEquals("3", in.options().stream().filter(o -> o.longName().equals("context")).findFirst()
                .orElseThrow().value());
        in = bind("replace M --from a --to b --context 0");
        assertEquals(List.of("0"), in.options().stream().filter(o -> o.longName().equals("context"))
                .map(CommandOption::value).toList());
    }
}
