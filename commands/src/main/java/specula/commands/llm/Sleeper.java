package specula.commands.llm;

import java.time.Duration;

/** Waits between retries; tests pass one that only notes the pauses. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration d) throws InterruptedException;
}
