package specula.commands.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import specula.commands.session.AtomicFiles;

/**
 * A {@link ModelRunner} over an external TLC: writes the modules and the model into a fresh folder, runs the
 * command (by default {@code java -cp TLA2TOOLS_JAR tlc2.TLC -config M.cfg M.tla}) there with a time limit, and
 * classifies what it printed. The folder is removed afterwards.
 */
public final class TlcProcessRunner implements ModelRunner {

    /** @param command the command line before {@code -config M.cfg M.tla} */
    public record Options(List<String> command, Duration timeout, Path workRoot, Map<String, String> environment) {
        public Options {
            command = List.copyOf(command);
            environment = Map.copyOf(environment);
        }

        /** {@code java -XX:+UseParallelGC -cp JAR tlc2.TLC -workers 1 -cleanup}; the jar from TLA2TOOLS_JAR. */
        public static Options tla2tools(Path jar, Duration timeout, Path workRoot) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            return new Options(List.of(java, "-XX:+UseParallelGC", "-cp", jar.toString(), "tlc2.TLC", "-workers",
                    "1", "-cleanup"), timeout, workRoot, Map.of());
        }
    }

    private final Options options;
    private final RuntimeErrorClassifier classifier = new RuntimeErrorClassifier();

    public TlcProcessRunner(Options options) {
        this.options = options;
    }

    /** What the process printed and its exit code (-1 after a timeout). */
    public record Raw(String output, int exitCode) {
    }

    @Override
    public RunReport run(String moduleName, Map<String, String> modules, String cfgText) {
        Raw raw = runRaw(moduleName, modules, cfgText, Map.of(), Map.of());
        return classifier.classify(raw.output(), raw.exitCode());
    }

    /**
     * Runs with extra files in the run folder (e.g. the trace) and extra environment variables (e.g. TRACE_PATH,
     * relative to that folder).
     */
    public Raw runRaw(String moduleName, Map<String, String> modules, String cfgText, Map<String, String> files,
                      Map<String, String> env) {
        Path dir = null;
        try {
            Files.createDirectories(options.workRoot());
            dir = Files.createTempDirectory(options.workRoot(), "tlc-");
            for (Map.Entry<String, String> m : modules.entrySet()) {
                AtomicFiles.write(dir.resolve(m.getKey() + ".tla"), m.getValue());
            }
            AtomicFiles.write(dir.resolve(moduleName + ".cfg"), cfgText);
            for (Map.Entry<String, String> f : files.entrySet()) {
                AtomicFiles.write(dir.resolve(f.getKey()), f.getValue());
            }
            List<String> cmd = new ArrayList<>(options.command());
            cmd.addAll(List.of("-config", moduleName + ".cfg", moduleName + ".tla"));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
            pb.environment().putAll(options.environment());
            pb.environment().putAll(env);
            Process p = pb.start();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            if (!p.waitFor(options.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
                return new Raw("TLC execution timed out after " + options.timeout().toSeconds() + " seconds", -1);
            }
            return new Raw(output.get(10, TimeUnit.SECONDS), p.exitValue());
        } catch (IOException e) {
            throw new IllegalStateException("cannot run TLC (" + String.join(" ", options.command()) + "): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while TLC ran", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot read TLC's output: " + e.getMessage(), e);
        } finally {
            if (dir != null) {
                AtomicFiles.deleteTree(dir);
            }
        }
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
