package specula.tla.semantic;

import specula.tla.stdlib.StandardLibrary;

import java.util.HashMap;
import java.util.Map;

/** Workspaces of small modules for the front-end tests. */
final class Specs {
    static final StandardLibrary LIBRARY = new StandardLibrary();

    final Map<String, String> texts = new HashMap<>();
    final SpecFront front = new SpecFront(ModuleSource.workspace(texts), LIBRARY);

    /** Adds {@code ---- MODULE name ----} around {@code body}. */
    Specs module(String name, String body) {
        texts.put(name, "---- MODULE " + name + " ----\n" + body + "\n====\n");
        return this;
    }

    SemanticResult analyze(String root) {
        return front.analyze(root);
    }

    static SemanticResult single(String body) {
        return new Specs().module("T", body).analyze("T");
    }

    static SemanticDiagnostic firstError(String body) {
        SemanticResult r = single(body);
        SemanticDiagnostic d = r.diagnostics().firstError();
        if (d == null) {
            throw new AssertionError("expected an error, got none");
        }
        return d;
    }
}
