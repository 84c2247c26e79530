package specula.commands.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code parse} found over the modules it checked (the requested ones first, then the modules they EXTEND or
 * INSTANCE from the workspace) and the module names the workspace does not hold (standard modules).
 */
public record CheckReport(List<ModuleReport> modules, List<String> external) {
    public CheckReport {
        modules = List.copyOf(modules);
        external = List.copyOf(external);
    }

    public boolean ok() {
        return modules.stream().allMatch(ModuleReport::ok);
    }

    public int errorCount() {
        return modules.stream().mapToInt(m -> m.findings().size()).sum();
    }

    /** One line for history and status: each failing module's count, or each module's "ok" when all pass. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (ModuleReport m : modules) {
            if (!m.ok() || ok()) parts.add(m.summary());
        }
        if (parts.isEmpty()) return "no modules";
        if (ok() && parts.size() > 4) return modules.size() + " modules: ok";
        return String.join("; ", parts);
    }
}
