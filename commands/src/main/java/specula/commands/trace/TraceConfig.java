package specula.commands.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML trace configuration (the seed's {@code raft_config.yaml} format, also what {@code cfa} writes): the spec,
 * its constants' values, its variables with their default values, the actions events map to, and the internal
 * continuation actions allowed between events. Optional keys beyond the seed's: {@code event} and {@code function}
 * per action, {@code init}, {@code vars}, {@code interaction_guard}.
 */
public record TraceConfig(String specName, List<Constant> constants, List<Variable> variables,
                          List<Action> actions, List<String> interactions, String init, String vars,
                          Optional<String> interactionGuard) {

    public record Constant(String name, String value) {
    }

    /** @param defaultType the seed's shorthand ({@code int}, {@code node_map_int}, ...), or null */
    public record Variable(String name, String defaultType, String defaultValue) {
    }

    public record Parameter(String name, String source) {
    }

    /**
     * @param event    the event name in traces (default: the action name without a leading {@code Handle})
     * @param function the source function it instruments (default: derived from the name per language)
     * @param stmt     the disjunct of Next to use instead of {@code name(params)}, or null
     */
    public record Action(String name, String event, List<Parameter> parameters, String stmt, String function) {
        public Action {
            parameters = List.copyOf(parameters);
        }
    }

    public TraceConfig {
        constants = List.copyOf(constants);
        variables = List.copyOf(variables);
        actions = List.copyOf(actions);
        interactions = List.copyOf(interactions);
    }

    public Optional<Action> actionForEvent(String event) {
        return actions.stream().filter(a -> a.event().equals(event)).findFirst();
    }

    public static TraceConfig parse(String file, String yamlText) {
        Map<String, Object> top = Yamls.load(file, yamlText);
        String spec = Optional.ofNullable(Yamls.text(top, "spec_name")).orElse("spec");
        List<Constant> constants = new ArrayList<>();
        for (Object o : Yamls.list(top.get("constants"), file + ": constants")) {
            Map<String, Object> m = Yamls.map(o, file + ": constants");
            String name = Yamls.required(m, "name", file + ": a constant");
            String value = Yamls.text(m, "value");
            constants.add(new Constant(name, value == null || value.isBlank() ? name : unescape(value)));
        }
        List<Variable> variables = new ArrayList<>();
        for (Object o : Yamls.list(top.get("variables"), file + ": variables")) {
            Map<String, Object> m = Yamls.map(o, file + ": variables");
            String dv = Yamls.text(m, "default_value");
            variables.add(new Variable(Yamls.required(m, "name", file + ": a variable"),
                    Yamls.text(m, "default_type"), dv == null ? null : unescape(dv)));
        }
        List<Action> actions = new ArrayList<>();
        for (Object o : Yamls.list(top.get("actions"), file + ": actions")) {
            Map<String, Object> m = Yamls.map(o, file + ": actions");
            String name = Yamls.required(m, "name", file + ": an action");
            List<Parameter> params = new ArrayList<>();
            for (Object p : Yamls.list(m.get("parameters"), file + ": parameters of " + name)) {
                Map<String, Object> pm = Yamls.map(p, file + ": a parameter of " + name);
                params.add(new Parameter(Yamls.required(pm, "name", file + ": a parameter of " + name),
                        Yamls.required(pm, "source", file + ": a parameter of " + name)));
            }
            String event = Optional.ofNullable(Yamls.text(m, "event")).orElse(defaultEvent(name));
            String stmt = Yamls.text(m, "stmt");
            actions.add(new Action(name, event, params, stmt == null || stmt.isBlank() ? null : unescape(stmt.strip()),
                    Yamls.text(m, "function")));
        }
        List<String> interactions = new ArrayList<>();
        Object inter = top.containsKey("interactions") ? top.get("interactions") : top.get("Interactions");
        for (Object o : Yamls.list(inter, file + ": interactions")) {
            interactions.add(o instanceof Map<?, ?> ? Yamls.required(Yamls.map(o, file), "name",
                    file + ": an interaction") : o.toString());
        }
        return new TraceConfig(spec, constants, variables, actions, interactions,
                Optional.ofNullable(Yamls.text(top, "init")).orElse("Init"),
                Optional.ofNullable(Yamls.text(top, "vars")).orElse("vars"),
                Optional.ofNullable(Yamls.text(top, "interaction_guard")).map(TraceConfig::unescape));
    }

    /** {@code HandleTick} logs as {@code Tick}; other names log as themselves. */
    static String defaultEvent(String action) {
        return action.startsWith("Handle") && action.length() > 6 ? action.substring(6) : action;
    }

    /**
     * Single-quoted YAML keeps backslashes as typed, so authors double them ({@code '\\in'}); a doubled backslash
     * has no meaning in TLA+, so every one is collapsed.
     */
    static String unescape(String tla) {
        return tla.replace("\\\\", "\\");
    }
}
