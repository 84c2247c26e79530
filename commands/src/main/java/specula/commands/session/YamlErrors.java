package specula.commands.session;

import java.nio.file.Path;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns SnakeYAML errors into one line naming the file, line and column. */
final class YamlErrors {
    private YamlErrors() {
    }

    static SessionException of(Path file, String what, RuntimeException e) {
        if (e instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            Mark mark = m.getProblemMark();
            String problem = m.getProblem() == null ? "parse error" : m.getProblem();
            return new SessionException(file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": "
                    + what + " (" + problem + ")");
        }
        String msg = e.getMessage() == null ? "parse error" : e.getMessage().split("\n")[0];
        return new SessionException(file + ": " + what + " (" + msg + ")");
    }
}
