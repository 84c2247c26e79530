package specula.tla.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The conformance corpus on disk: modules with SANY's verdicts, and the mutants when present. */
public record Corpus(Path dir, List<ModuleCase> modules, List<MutantCase> mutants) {

    /** A corpus module: path relative to {@code examples/}, SANY's verdict and warm parse time (-1 if unknown). */
    public record ModuleCase(String path, Path file, boolean sanyOk, String sanyPhase, long sanyWarmMs) {
    }

    /** A mutant: SANY's phase and the line/column of its first error (0 when none). */
    public record MutantCase(String id, String kind, String folder, Path file, String sanyPhase, int line, int column,
                             String firstError, String errorCode, int endLine, int endColumn) {
    }

    @SuppressWarnings("unchecked")
    public static Corpus load(Path dir) {
        Map<String, Object> expected = (Map<String, Object>) Json.parse(read(dir.resolve("expected.json")));
        Map<String, Object> mods = (Map<String, Object>) expected.get("modules");
        List<ModuleCase> modules = new ArrayList<>();
        for (Map.Entry<String, Object> e : mods.entrySet()) {
            Map<String, Object> m = (Map<String, Object>) e.getValue();
            Map<String, Object> sany = (Map<String, Object>) m.get("sany");
            if (sany == null) {
                continue;
            }
            Object warm = m.get("sany_warm_ms");
            modules.add(new ModuleCase(e.getKey(), dir.resolve("examples").resolve(e.getKey()),
                    Boolean.TRUE.equals(sany.get("ok")), String.valueOf(sany.get("phase")),
                    warm instanceof Number n ? n.longValue() : -1));
        }
        List<MutantCase> mutants = new ArrayList<>();
        Path mdir = dir.resolve("mutants");
        if (Files.exists(mdir.resolve("expected.json"))) {
            Map<String, Object> mx = (Map<String, Object>) Json.parse(read(mdir.resolve("expected.json")));
            for (Map.Entry<String, Object> e : mx.entrySet()) {
                Map<String, Object> m = (Map<String, Object>) e.getValue();
                Map<String, Object> sany = (Map<String, Object>) m.get("sany");
                mutants.add(new MutantCase(e.getKey(), String.valueOf(m.get("kind")), String.valueOf(m.get("folder")),
                        mdir.resolve(e.getKey()).resolve(String.valueOf(m.get("file"))),
                        String.valueOf(sany.get("phase")), intOf(sany.get("line")), intOf(sany.get("column")),
                        String.valueOf(sany.get("first_error")), (String) sany.get("error_code"),
                        intOf(sany.get("end_line")), intOf(sany.get("end_column"))));
            }
        }
        return new Corpus(dir, List.copyOf(modules), List.copyOf(mutants));
    }

    private static int intOf(Object o) {
        return o instanceof Number n ? n.intValue() : 0;
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
