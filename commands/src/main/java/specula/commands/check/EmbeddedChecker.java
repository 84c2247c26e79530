package specula.commands.check;

import specula.tla.check.CheckOptions;
import specula.tla.check.CheckResult;
import specula.tla.check.ModelChecker;
import specula.tla.check.cfg.ConfigException;
import specula.tla.check.cfg.ConfigParser;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.semantic.ModuleSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs the embedded checker on modules held as text (the workspace, a fix attempt, a trace spec): parses the
 * model, then checks. A model that does not parse is a configuration error of the result, as TLC reports it, so
 * callers handle one type.
 */
public final class EmbeddedChecker {

    /** Module lookup over texts by module name. */
    public static ModuleSource source(Map<String, String> modules) {
        return ModuleSource.workspace(Map.copyOf(modules));
    }

    public CheckResult run(String root, Map<String, String> modules, String cfgName, String cfgText,
                           CheckOptions options) {
        ModelConfig config;
        try {
            config = ConfigParser.parse(cfgName, cfgText);
        } catch (ConfigException e) {
            String message = e.getMessage();
            options.output().accept("Error: " + message);
            return new CheckResult(CheckResult.Outcome.CONFIG_ERROR, 0, 0, 0, 0, message, String.valueOf(e.pos()),
                    List.of(), Duration.ZERO, 0, List.of("Error: " + message));
        }
        return run(root, modules, config, options);
    }

    public CheckResult run(String root, Map<String, String> modules, ModelConfig config, CheckOptions options) {
        return new ModelChecker(root, source(modules), config, options).run();
    }
}
