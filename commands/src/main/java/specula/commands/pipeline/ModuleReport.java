package specula.commands.pipeline;

import java.util.List;

/** The check of one module of the workspace. */
public record ModuleReport(String module, List<Finding> findings) {
    public ModuleReport {
        findings = List.copyOf(findings);
    }

    public boolean ok() {
        return findings.isEmpty();
    }

    /** "Raft: ok", "Raft: 1 syntax error", "Raft: 2 syntax errors". */
    public String summary() {
        int n = findings.size();
        return module + ": " + (n == 0 ? "ok" : n + (n == 1 ? " syntax error" : " syntax errors"));
    }
}
