package specula.commands.pipeline;

import java.util.List;

import specula.commands.fix.Problem;

/** The check of one module of the workspace. */
public record ModuleReport(String module, List<Finding> findings) {
    public ModuleReport {
        findings = List.copyOf(findings);
    }

    public boolean ok() {
        return findings.isEmpty();
    }

    /** "Raft: ok", "Raft: 1 syntax error", "Raft: 2 errors" (syntax only when every finding is a parse error). */
    public String summary() {
        int n = findings.size();
        if (n == 0) return module + ": ok";
        boolean syntax = findings.stream().allMatch(f -> f.problem().phase() == Problem.Phase.PARSE);
        return module + ": " + n + (syntax ? " syntax error" : " error") + (n == 1 ? "" : "s");
    }
}
