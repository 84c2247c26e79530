package specula.shell.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import specula.commands.llm.CancelToken;

class InterruptsTest {
    @Test
    void ctrlCCancelsOnlyTheCommandInFlight() {
        Interrupts interrupts = new Interrupts();
        interrupts.interrupt(); // nothing running: nothing to cancel, and the next command is not affected
        CancelToken first = interrupts.begin();
        assertFalse(first.isCancelled());
        interrupts.interrupt();
        assertTrue(first.isCancelled());
        CancelToken next = interrupts.begin();
        assertFalse(next.isCancelled(), "a new command starts with a fresh token");
    }
}
