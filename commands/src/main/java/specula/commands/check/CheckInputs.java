package specula.commands.check;

import specula.commands.session.FileKind;
import specula.commands.session.SessionException;
import specula.commands.session.Snapshot;
import specula.commands.session.WorkFile;
import specula.tla.check.cfg.ConfigException;
import specula.tla.check.cfg.ConfigParser;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.check.cfg.ModelConfigBuilder;

import specula.tla.eval.ExpressionEvaluator;
import specula.tla.eval.Services;
import specula.tla.eval.value.Value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spec and model a check runs on, taken from the workspace: the root module, every top-level module by name
 * (so EXTENDS and INSTANCE resolve to working files), and the model from its .cfg and the inline parts.
 */
public record CheckInputs(String root, Map<String, String> modules, String modelName, ModelConfig config) {

    public static CheckInputs from(Snapshot current, CheckRequest request) {
        return from(current, request, false);
    }

    /** @param modelOptional an empty model when there is no {@code <Root>.cfg} (for constant expressions) */
    public static CheckInputs from(Snapshot current, CheckRequest request, boolean modelOptional) {
        Map<String, String> modules = new LinkedHashMap<>();
        for (WorkFile f : current.ofKind(FileKind.MODULE)) {
            if (!f.displayName().contains("/")) modules.put(f.displayName(), f.text());
        }
        if (modules.isEmpty()) throw new SessionException("no module in the workspace: open or generate a spec first");
        WorkFile cfgFile = null;
        String root;
        if (request.model() != null && !request.model().isBlank()) {
            String m = request.model().endsWith(".cfg") ? request.model() : request.model() + ".cfg";
            cfgFile = current.file(m).orElseThrow(() -> new SessionException("no model " + m + " in the workspace"));
            String base = m.substring(0, m.length() - 4);
            root = modules.containsKey(base) ? base : onlyModule(modules);
        } else {
            root = onlyModule(modules);
            cfgFile = current.file(root + ".cfg").orElse(null);
            if (cfgFile == null && !request.hasInlineParts() && !modelOptional) {
                throw new SessionException("no model " + root + ".cfg in the workspace: write one with model new "
                        + root + ", or give --init/--next/--inv/--const");
            }
        }
        String modelName = cfgFile == null ? "(inline model)" : cfgFile.name();
        try {
            ModelConfig base = cfgFile == null ? ModelConfig.empty() : ConfigParser.parse(cfgFile.name(), cfgFile.text());
            ModelConfigBuilder b = new ModelConfigBuilder(base);
            if (request.init() != null) b.init(request.init());
            if (request.next() != null) b.next(request.next());
            for (String inv : request.invariants()) b.invariant(inv);
            for (String c : request.constants()) b.constant(c, "--const");
            return new CheckInputs(root, Map.copyOf(modules), modelName, b.build());
        } catch (ConfigException e) {
            throw new SessionException(e.getMessage());
        }
    }

    /** An expression over the spec's definitions, in the given variables (empty for a constant expression). */
    public Value evaluate(String expr, Map<String, Value> state) {
        return new ExpressionEvaluator(root, EmbeddedChecker.source(modules), config, Services.quiet())
                .evaluate(expr, state);
    }

    private static String onlyModule(Map<String, String> modules) {
        if (modules.size() == 1) return modules.keySet().iterator().next();
        // Several modules: the root is the one no other module extends or instances.
        List<String> roots = modules.keySet().stream().filter(n -> modules.entrySet().stream()
                .noneMatch(e -> !e.getKey().equals(n) && e.getValue().matches("(?s).*\\b(EXTENDS|INSTANCE)\\b[^\\n]*\\b"
                        + java.util.regex.Pattern.quote(n) + "\\b.*"))).toList();
        if (roots.size() == 1) return roots.get(0);
        throw new SessionException("several modules (" + String.join(", ", modules.keySet())
                + "): name the model, e.g. check " + modules.keySet().iterator().next());
    }
}
