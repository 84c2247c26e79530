package specula.commands.session;

import java.util.Objects;

/**
 * One file of the working spec: a TLA+ module, a model, a trace, a source file under study or an artefact a
 * pipeline step produced. The name is a relative path ("Raft.tla", "src/raft.go") and is the key in a snapshot.
 */
public record WorkFile(String name, FileKind kind, String text) {
    public WorkFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        checkName(name);
    }

    public static WorkFile of(String name, String text) {
        return new WorkFile(name, FileKind.of(name), text);
    }

    public static WorkFile module(String moduleName, String text) {
        return new WorkFile(moduleName + ".tla", FileKind.MODULE, text);
    }

    public WorkFile withText(String newText) {
        return new WorkFile(name, kind, newText);
    }

    /** Module name for a .tla file, else the file name itself. */
    public String displayName() {
        return kind == FileKind.MODULE ? name.substring(0, name.length() - 4) : name;
    }

    public int lineCount() {
        if (text.isEmpty()) return 0;
        int lines = 1;
        for (int i = 0; i < text.length() - 1; i++) if (text.charAt(i) == '\n') lines++;
        return lines;
    }

    /** Names become paths inside session folders and export targets, so they must stay inside them. */
    static void checkName(String name) {
        if (name.isBlank() || name.startsWith("/") || name.startsWith("\\") || name.contains("\\")
                || name.contains("\0") || name.contains(":")) {
            throw new SessionException("invalid file name '" + name + "'");
        }
        for (String part : name.split("/")) {
            if (part.isEmpty() || part.equals("..") || part.equals(".")) {
                throw new SessionException("invalid file name '" + name + "'");
            }
        }
    }
}
