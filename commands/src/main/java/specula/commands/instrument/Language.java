package specula.commands.instrument;

import java.util.Locale;
import java.util.Optional;

/** The languages {@code trace instrument} knows: their stub template, helper file and function syntax. */
public enum Language {
    GO("go", ".go", "specula_trace.go"),
    PYTHON("python", ".py", "specula_trace.py"),
    RUST("rust", ".rs", "specula_trace.rs"),
    JAVA("java", ".java", "specula/trace/SpeculaTrace.java");

    private final String id;
    private final String extension;
    private final String helper;

    Language(String id, String extension, String helper) {
        this.id = id;
        this.extension = extension;
        this.helper = helper;
    }

    public String id() {
        return id;
    }

    /** The stub template under {@code templates/instrumentation/}. */
    public String stubFile() {
        return id + ".stub";
    }

    /** The helper's path, relative to the templates folder and to the instrumented file's folder. */
    public String helperFile() {
        return helper;
    }

    public static Language parse(String name) {
        for (Language l : values()) {
            if (l.id.equals(name.toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + name + "' (go, python, rust, java)");
    }

    public static Optional<Language> ofFile(String fileName) {
        for (Language l : values()) {
            if (fileName.endsWith(l.extension)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
