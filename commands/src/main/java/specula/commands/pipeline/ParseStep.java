package specula.commands.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import specula.commands.session.FileKind;
import specula.commands.session.Outcome;
import specula.commands.session.SessionException;
import specula.commands.session.Snapshot;
import specula.commands.session.WorkFile;

/**
 * {@code parse [MODULE]}: checks the named module (or every module) with the modules it depends on, and turns
 * the report into the step's outcome: failed when any module has errors, so a script stops there.
 */
public final class ParseStep {
    private final ModuleChecker checker;

    public ParseStep(ModuleChecker checker) {
        this.checker = checker;
    }

    /** Result of a run: the report to render and the outcome to record. */
    public record Result(CheckReport report, Outcome outcome) {
    }

    public Result run(Snapshot snapshot, String module) {
        List<String> roots = new ArrayList<>();
        if (module != null && !module.isBlank()) {
            WorkFile f = snapshot.require(module);
            if (f.kind() != FileKind.MODULE) throw new SessionException(f.name() + " is not a TLA+ module");
            roots.add(f.displayName());
        } else {
            for (WorkFile f : snapshot.modules()) roots.add(baseName(f.displayName()));
            if (roots.isEmpty()) throw new SessionException("no modules to parse: open PATH... or new MODULE");
        }
        Function<String, Optional<String>> lookup = modules(snapshot);
        Map<String, ModuleReport> seen = new LinkedHashMap<>();
        Set<String> external = new LinkedHashSet<>();
        for (String root : roots) {
            if (seen.containsKey(root)) continue;
            CheckReport r = checker.check(root, lookup);
            r.modules().forEach(m -> seen.putIfAbsent(m.module(), m));
            external.addAll(r.external());
        }
        CheckReport report = new CheckReport(new ArrayList<>(seen.values()), new ArrayList<>(external));
        Outcome outcome = report.ok() ? Outcome.ok(report.summary()) : Outcome.failed(report.summary());
        return new Result(report, outcome);
    }

    /** Module name to text over the working files (a module in a sub-folder is found by its base name). */
    public static Function<String, Optional<String>> modules(Snapshot snapshot) {
        return name -> snapshot.find(name).filter(f -> f.kind() == FileKind.MODULE).map(WorkFile::text);
    }

    private static String baseName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
