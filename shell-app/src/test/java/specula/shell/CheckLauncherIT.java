package specula.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check, eval and cex through the packaged jar and the real dispatcher: option defaults, the one-line outcome,
 * and a violation failing the command (exit status 1, the line named) as scripts need.
 */
class CheckLauncherIT {
    private static Path root;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findRoot() {
        String prop = System.getProperty("specula.root");
        Path p = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("DEVELOPERS.md"))) p = p.getParent();
        assertTrue(p != null, "repository root (folder with DEVELOPERS.md) not found");
        root = p.toAbsolutePath();
        assertTrue(Files.exists(root.resolve("shell-app/target/specula-shell.jar")), "run after package");
    }

    private String[] run(String commands) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(root.resolve("shell").toString(), "-c", commands));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("SPECULA_SKIP_BUILD", "1");
        pb.environment().put("SPECULA_SESSION_STORE", tmp.resolve("sessions").toString());
        pb.environment().put("NO_COLOR", "1");
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "shell did not finish");
        return new String[]{String.valueOf(p.exitValue()), Files.readString(out), Files.readString(err)};
    }

    @Test
    void checkEvalAndAViolationThatStopsTheScript() throws Exception {
        String[] r = run("open examples/tour; check; eval \"Max * 2\"; check --const Max=-1; new Never");
        assertEquals("1", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("Counter: 4 distinct states, no error"), r[1]);
        assertTrue(r[1].contains("\n6\n"), r[1]);
        assertTrue(r[1].contains("Invariant TypeOK is violated (depth 1)"), r[1]);
        assertTrue(r[2].contains("-c:1: Invariant TypeOK is violated (depth 1)"), r[2]);
        assertTrue(!r[1].contains("Never"), "the script stopped at the failing check: " + r[1]);
    }
}
