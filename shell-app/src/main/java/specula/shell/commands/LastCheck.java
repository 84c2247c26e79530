package specula.shell.commands;

import java.util.Optional;

import org.springframework.stereotype.Component;

import specula.commands.check.CheckRun;
import specula.commands.session.SessionException;

/** The last check's inputs and result in this shell, for {@code cex} and {@code eval}. */
@Component
public class LastCheck {
    private volatile CheckRun run;

    void set(CheckRun r) {
        run = r;
    }

    Optional<CheckRun> get() {
        return Optional.ofNullable(run);
    }

    CheckRun require() {
        return get().orElseThrow(() -> new SessionException("no check has run in this shell yet: check [MODEL]"));
    }
}
