package specula.tla.stdlib;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in TLA+ module library: the standard modules, the CommunityModules, and the TLAPS and
 * Apalache library modules, written for this engine and stored as classpath resources under
 * {@value #RESOURCE_DIR}. The catalog ({@value #CATALOG}) describes every module's EXTENDS and
 * exported operators; its format is documented at its top.
 *
 * <p>The semantic analyser resolves EXTENDS/INSTANCE of names it cannot find beside the user's
 * module through {@link #moduleText(String)}; the evaluator consults {@link LibraryOperator#nativeImpl()}
 * to know which operators it must implement in Java. Instances are immutable once built.
 */
public final class StandardLibrary {

    public static final String RESOURCE_DIR = "specula/tla/stdlib/";
    public static final String CATALOG = RESOURCE_DIR + "catalog.txt";

    /** Where the real module comes from. */
    public enum Origin { STANDARD, COMMUNITY, TLAPS, APALACHE }

    /** How an operator is written where it is used. */
    public enum Fixity { FN, PREFIX, INFIX, POSTFIX }

    /**
     * An exported operator. {@code parameterArities} has one entry per parameter: 0 for an ordinary
     * parameter, k for an operator parameter of arity k (e.g. {@code Test(_)} is 1).
     */
    public record LibraryOperator(String name, Fixity fixity, List<Integer> parameterArities,
                                  boolean nativeImpl) {
        public LibraryOperator {
            parameterArities = List.copyOf(parameterArities);
        }

        public int arity() {
            return parameterArities.size();
        }

        public boolean isHigherOrder() {
            return parameterArities.stream().anyMatch(a -> a > 0);
        }
    }

    /** A CONSTANT (possibly an operator constant such as F(_, _)) or a VARIABLE a module declares. */
    public record LibraryDeclaration(String name, boolean variable, List<Integer> parameterArities) {
        public LibraryDeclaration {
            parameterArities = List.copyOf(parameterArities);
        }
    }

    /** A catalogued module: what it EXTENDS, what it INSTANCEs (non-LOCAL), declares and defines. */
    public record LibraryModule(String name, Origin origin, List<String> extendsModules,
                                List<String> instancedModules, List<LibraryDeclaration> declarations,
                                List<LibraryOperator> operators, List<String> theorems) {
        public LibraryModule {
            extendsModules = List.copyOf(extendsModules);
            instancedModules = List.copyOf(instancedModules);
            declarations = List.copyOf(declarations);
            operators = List.copyOf(operators);
            theorems = List.copyOf(theorems);
        }

        public Optional<LibraryOperator> operator(String opName) {
            return operators.stream().filter(op -> op.name().equals(opName)).findFirst();
        }
    }

    private final ClassLoader loader;
    private final Map<String, LibraryModule> modules;

    /** The library as packaged with this class. */
    public StandardLibrary() {
        this(StandardLibrary.class.getClassLoader());
    }

    public StandardLibrary(ClassLoader loader) {
        this.loader = loader;
        String catalogText = readResource(loader, CATALOG)
                .orElseThrow(() -> new IllegalStateException("missing resource " + CATALOG));
        this.modules = index(parseCatalog(catalogText));
    }

    /** Names of all library modules, in catalog order. */
    public List<String> moduleNames() {
        return List.copyOf(modules.keySet());
    }

    public boolean contains(String moduleName) {
        return modules.containsKey(moduleName);
    }

    public Optional<LibraryModule> module(String moduleName) {
        return Optional.ofNullable(modules.get(moduleName));
    }

    /** The source text of a library module, or empty if the library has no such module. */
    public Optional<String> moduleText(String moduleName) {
        if (!contains(moduleName)) {
            return Optional.empty();
        }
        return readResource(loader, RESOURCE_DIR + moduleName + ".tla");
    }

    /**
     * The modules whose definitions a module importing {@code moduleName} sees: the module itself
     * and, transitively, everything it EXTENDS or INSTANCEs without LOCAL. Unknown names are ignored
     * (the caller reports them).
     */
    public Set<String> exportClosure(String moduleName) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(moduleName));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            LibraryModule m = modules.get(next);
            if (m != null && seen.add(next)) {
                todo.addAll(m.extendsModules());
                todo.addAll(m.instancedModules());
            }
        }
        return Collections.unmodifiableSet(seen);
    }

    /** Declared, operator and theorem names visible to a module that EXTENDS {@code moduleName}. */
    public Set<String> exportedNames(String moduleName) {
        Set<String> names = new LinkedHashSet<>();
        for (String m : exportClosure(moduleName)) {
            LibraryModule module = modules.get(m);
            module.declarations().forEach(d -> names.add(d.name()));
            module.operators().forEach(op -> names.add(op.name()));
            names.addAll(module.theorems());
        }
        return Collections.unmodifiableSet(names);
    }

    // ---------------------------------------------------------------- catalog parsing

    /** Parses catalog text (format in catalog.txt); errors name the offending line. */
    public static List<LibraryModule> parseCatalog(String text) {
        List<LibraryModule> result = new ArrayList<>();
        ModuleBuilder current = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = stripComment(lines[i]).trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] tokens = line.split("\\s+");
            switch (tokens[0]) {
                case "module" -> {
                    if (current != null) {
                        result.add(current.build());
                    }
                    current = parseModuleLine(tokens, lineNo);
                }
                case "op" -> requireModule(current, lineNo).operators.add(parseOperator(tokens, lineNo));
                case "var" -> {
                    expectTokens(tokens, 2, lineNo);
                    requireModule(current, lineNo).declarations.add(
                            new LibraryDeclaration(tokens[1], true, List.of()));
                }
                case "const" -> {
                    expectTokens(tokens, 3, lineNo);
                    requireModule(current, lineNo).declarations.add(
                            new LibraryDeclaration(tokens[1], false, parseArities(tokens[2], lineNo)));
                }
                case "thm" -> {
                    expectTokens(tokens, 2, lineNo);
                    requireModule(current, lineNo).theorems.add(tokens[1]);
                }
                default -> throw error(lineNo, "unknown entry '" + tokens[0] + "'");
            }
        }
        if (current != null) {
            result.add(current.build());
        }
        return result;
    }

    private static ModuleBuilder parseModuleLine(String[] tokens, int lineNo) {
        if (tokens.length < 3) {
            throw error(lineNo, "expected 'module NAME ORIGIN [extends=..] [instances=..]'");
        }
        ModuleBuilder b = new ModuleBuilder(tokens[1], parseEnum(Origin.class, tokens[2], lineNo));
        for (int t = 3; t < tokens.length; t++) {
            String attr = tokens[t];
            if (attr.startsWith("extends=")) {
                b.extendsModules.addAll(commaList(attr.substring("extends=".length())));
            } else if (attr.startsWith("instances=")) {
                b.instancedModules.addAll(commaList(attr.substring("instances=".length())));
            } else {
                throw error(lineNo, "unknown module attribute '" + attr + "'");
            }
        }
        return b;
    }

    private static LibraryOperator parseOperator(String[] tokens, int lineNo) {
        expectTokens(tokens, 5, lineNo);
        Fixity fixity = parseEnum(Fixity.class, tokens[2], lineNo);
        List<Integer> params = parseArities(tokens[3], lineNo);
        int expected = switch (fixity) {
            case PREFIX, POSTFIX -> 1;
            case INFIX -> 2;
            case FN -> params.size();
        };
        if (params.size() != expected) {
            throw error(lineNo, fixity.name().toLowerCase(Locale.ROOT) + " operator " + tokens[1]
                    + " needs " + expected + " parameter(s), got " + params.size());
        }
        boolean nativeImpl = switch (tokens[4]) {
            case "Y" -> true;
            case "N" -> false;
            default -> throw error(lineNo, "NATIVE must be Y or N, got '" + tokens[4] + "'");
        };
        return new LibraryOperator(tokens[1], fixity, params, nativeImpl);
    }

    private static List<Integer> parseArities(String field, int lineNo) {
        List<Integer> params = new ArrayList<>();
        if (field.equals("-")) {
            return params;
        }
        for (String p : commaList(field)) {
            int arity;
            try {
                arity = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw error(lineNo, "bad parameter arity '" + p + "'");
            }
            if (arity < 0) {
                throw error(lineNo, "negative parameter arity " + p);
            }
            params.add(arity);
        }
        return params;
    }

    private static Map<String, LibraryModule> index(List<LibraryModule> parsed) {
        Map<String, LibraryModule> byName = new LinkedHashMap<>();
        for (LibraryModule m : parsed) {
            if (byName.put(m.name(), m) != null) {
                throw new IllegalStateException("catalog lists module " + m.name() + " twice");
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    private static final class ModuleBuilder {
        final String name;
        final Origin origin;
        final List<String> extendsModules = new ArrayList<>();
        final List<String> instancedModules = new ArrayList<>();
        final List<LibraryDeclaration> declarations = new ArrayList<>();
        final List<LibraryOperator> operators = new ArrayList<>();
        final List<String> theorems = new ArrayList<>();

        ModuleBuilder(String name, Origin origin) {
            this.name = name;
            this.origin = origin;
        }

        LibraryModule build() {
            return new LibraryModule(name, origin, extendsModules, instancedModules, declarations, operators,
                    theorems);
        }
    }

    private static ModuleBuilder requireModule(ModuleBuilder current, int lineNo) {
        if (current == null) {
            throw error(lineNo, "entry before the first 'module' line");
        }
        return current;
    }

    private static void expectTokens(String[] tokens, int count, int lineNo) {
        if (tokens.length != count) {
            throw error(lineNo, "'" + tokens[0] + "' takes " + (count - 1) + " field(s), got "
                    + (tokens.length - 1));
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String token, int lineNo) {
        try {
            return Enum.valueOf(type, token.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error(lineNo, "unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + token + "'");
        }
    }

    private static List<String> commaList(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static IllegalArgumentException error(int lineNo, String message) {
        return new IllegalArgumentException("catalog line " + lineNo + ": " + message);
    }

    private static Optional<String> readResource(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }
}
