package specula.commands.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.nio.file.attribute.PosixFilePermission;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The process plumbing, with a stand-in script for TLC (tla2tools is not available to the tests). */
class TlcProcessRunnerTest {
    @TempDir
    Path tmp;

    private Path script(String body) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        Path s = tmp.resolve("fake-tlc.sh");
        Files.writeString(s, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(s, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        return s;
    }

    private TlcProcessRunner runner(Path script, Duration timeout) {
        return new TlcProcessRunner(new TlcProcessRunner.Options(List.of("/bin/sh", script.toString()), timeout,
                tmp.resolve("work"), Map.of()));
    }

    @Test
    void writesTheModulesAndModelAndClassifiesTheOutput() throws IOException {
        // the stand-in reports what it was given, then a violation as TLC words it
        Path s = script("""
                echo "args: $*"
                test -f Buf.tla && test -f Helper.tla && grep -q 'INVARIANT TypeOK' Buf.cfg || exit 99
                echo "Error: Invariant TypeOK is violated."
                echo "Error: The behavior up to this point is:"
                echo "State 1: <Initial predicate>"
                echo "n = 0"
                exit 12
                """);
        RunReport r = runner(s, Duration.ofSeconds(20)).run("Buf", Map.of("Buf", "---- MODULE Buf ----\n====\n",
                "Helper", "---- MODULE Helper ----\n====\n"), "INVARIANT TypeOK\n");
        assertEquals(RunReport.Kind.INVARIANT_VIOLATION, r.kind(), r.message());
        assertEquals("TypeOK", r.subject().orElseThrow());
        assertTrue(r.trace().startsWith("State 1"), r.trace());
        try (var left = Files.list(tmp.resolve("work"))) {
            assertEquals(0, left.count(), "the run folder is removed");
        }
    }

    @Test
    void aRunOverTheTimeLimitIsATimeout() throws IOException {
        Path s = script("sleep 30\n");
        long start = System.nanoTime();
        RunReport r = runner(s, Duration.ofMillis(500)).run("M", Map.of("M", "x"), "");
        assertEquals(RunReport.Kind.TIMEOUT, r.kind());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 20, "the process was stopped");
    }

    @Test
    void successIsOk() throws IOException {
        Path s = script("echo 'Model checking completed. No error has been found.'\nexit 0\n");
        assertTrue(runner(s, Duration.ofSeconds(20)).run("M", Map.of("M", "x"), "").ok());
    }
}
