package specula.commands.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import specula.commands.session.FileKind;
import specula.commands.session.Outcome;
import specula.commands.session.SessionCommand;
import specula.commands.session.SessionException;
import specula.commands.session.Snapshot;
import specula.commands.session.WorkFile;

/**
 * How {@code check --fix} meets the session: the modules and model a run needs from the working spec, and each
 * attempt as a session step, so that every accepted correction is a version (and a refused or failed one is in
 * the history without changing anything).
 */
public final class RuntimeSteps {
    private RuntimeSteps() {
    }

    /** What the loop starts from: the root module's text, its model and the other modules by name. */
    public record Inputs(String moduleName, String text, String cfg, Map<String, String> otherModules) {
    }

    /** The module (or the only one), its {@code MODULE.cfg} (write one with {@code model new}), the rest. */
    public static Inputs inputs(Snapshot current, String module) {
        WorkFile root = ModelSteps.pickModule(current, module);
        String name = root.displayName();
        WorkFile cfg = current.file(name + ".cfg").orElseThrow(() -> new SessionException("no model " + name
                + ".cfg in the workspace: write one with model new " + name));
        Map<String, String> others = new LinkedHashMap<>();
        for (WorkFile f : current.ofKind(FileKind.MODULE)) {
            String n = f.displayName();
            if (!n.equals(name) && !n.contains("/")) {
                others.put(n, f.text());
            }
        }
        return new Inputs(name, root.text(), cfg.text(), others);
    }

    /** One attempt as a step: the corrected module (and model) as a new version, or a failed outcome. */
    public static SessionCommand attempt(RuntimeAttempt a, String moduleName) {
        return current -> {
            String head = "check --fix attempt " + a.number() + ": ";
            if (!a.accepted()) {
                return Outcome.failed(head + a.outcome());
            }
            List<WorkFile> written = new ArrayList<>();
            written.add(WorkFile.module(moduleName, a.afterText()));
            if (a.afterCfg() != null) {
                written.add(WorkFile.of(moduleName + ".cfg", a.afterCfg()));
            }
            return Outcome.changed(head + a.reportBefore().headline() + " -> " + a.outcome(), written);
        };
    }
}
