package specula.commands.session;

import java.util.Locale;

/** What a working file is, decided by its name so that a folder can be opened without asking. */
public enum FileKind {
    MODULE, MODEL, TRACE, SOURCE, ARTIFACT;

    public static FileKind of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        // What a pipeline step produced (a draft analysis) keeps its kind across save and resume.
        if (lower.startsWith("artefacts/")) return ARTIFACT;
        if (lower.endsWith(".tla")) return MODULE;
        if (lower.endsWith(".cfg")) return MODEL;
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl") || lower.endsWith(".trace")) return TRACE;
        return SOURCE;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
