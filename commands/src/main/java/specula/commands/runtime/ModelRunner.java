package specula.commands.runtime;

import java.util.Map;

/**
 * Runs a model checker on a spec and a model. The embedded checker and a tla2tools backend both implement it; the
 * runtime-correction loop only sees the {@link RunReport}.
 */
@FunctionalInterface
public interface ModelRunner {
    /**
     * @param moduleName the root module to check
     * @param modules    every module of the spec by name (the root included), as text
     * @param cfgText    the model ({@code .cfg} text)
     */
    RunReport run(String moduleName, Map<String, String> modules, String cfgText);
}
