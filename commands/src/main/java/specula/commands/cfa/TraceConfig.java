package specula.commands.cfa;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import specula.tla.check.cfg.ConstantEntry;
import specula.tla.check.cfg.ModelConfig;
import specula.tla.eval.value.ValuePrinter;
import specula.tla.syntax.AstPrinter;
import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Exprs;
import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code trace} needs to drive a spec, derived from the cfa result: the spec name, constants with their model
 * values, state variables (pc, info and stack excluded) with their initial values, the entry actions of Next with
 * their parameters and the domains they range over, and the interaction handlers process cutting created, which may
 * run between two traced events. Same information as the reference's raft_config.yaml, written as plain YAML.
 */
public record TraceConfig(String specName, List<Constant> constants, List<Variable> variables, List<Action> actions,
                          List<String> interactions) {

    public record Constant(String name, String value) {
    }

    public record Variable(String name, String defaultValue) {
    }

    public record Action(String name, List<CfaResult.Parameter> parameters, String stmt) {
    }

    /** {@code model} may be null when the module has no .cfg yet; constants then have no value. */
    public static TraceConfig of(CfaResult r, ModelConfig model) {
        Module m = r.module();
        List<Constant> constants = new ArrayList<>();
        for (Unit u : m.units()) {
            if (!(u instanceof Unit.Constants c)) continue;
            for (var d : c.decls()) {
                String name = d.name().text();
                String value = null;
                Optional<ConstantEntry> e = model == null ? Optional.empty() : model.constant(name);
                if (e.isPresent() && e.get() instanceof ConstantEntry.Assignment a) {
                    value = ValuePrinter.DEFAULT.print(a.value());
                } else if (e.isPresent() && e.get() instanceof ConstantEntry.Substitution s) {
                    value = s.target();
                }
                constants.add(new Constant(name, value));
            }
        }
        Map<String, String> initial = initialValues(m);
        List<Variable> variables = new ArrayList<>();
        for (Unit u : m.units()) {
            if (!(u instanceof Unit.Variables v)) continue;
            for (var n : v.names()) {
                if (!CfaTransformer.AUX.contains(n.text())) variables.add(new Variable(n.text(), initial.get(n.text())));
            }
        }
        List<Action> actions = new ArrayList<>();
        for (CfaResult.EntryAction e : r.entries()) actions.add(new Action(e.name(), e.parameters(), e.stmt()));
        return new TraceConfig(m.name(), constants, variables, actions, r.interactions());
    }

    /** {@code v = e} conjuncts of Init, however nested in {@code /\} lists. */
    private static Map<String, String> initialValues(Module m) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Unit u : m.units()) {
            if (u instanceof Unit.OpDef d && d.name().text().equals("Init")) collect(d.body(), out);
        }
        return out;
    }

    private static void collect(Expr e, Map<String, String> out) {
        if (e instanceof Exprs.Paren p) {
            collect(p.inner(), out);
        } else if (e instanceof Exprs.Junction j && j.isConjunction()) {
            j.items().forEach(x -> collect(x, out));
        } else if (e instanceof Exprs.OpApp o && o.args().size() == 2 && o.canonical().equals("/\\")) {
            o.args().forEach(x -> collect(x, out));
        } else if (e instanceof Exprs.OpApp o && o.args().size() == 2 && o.canonical().equals("=")
                && o.args().get(0) instanceof Exprs.Ident i) {
            out.putIfAbsent(i.name(), AstPrinter.print(o.args().get(1)));
        }
    }

    public String toYaml() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("spec_name", specName);
        List<Object> cs = new ArrayList<>();
        for (Constant c : constants) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            if (c.value() != null) m.put("value", c.value());
            cs.add(m);
        }
        root.put("constants", cs);
        List<Object> vs = new ArrayList<>();
        for (Variable v : variables) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", v.name());
            if (v.defaultValue() != null) m.put("default_value", v.defaultValue());
            vs.add(m);
        }
        root.put("variables", vs);
        List<Object> as = new ArrayList<>();
        for (Action a : actions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", a.name());
            List<Object> ps = new ArrayList<>();
            for (CfaResult.Parameter p : a.parameters()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("name", p.name());
                pm.put("source", p.source());
                ps.add(pm);
            }
            m.put("parameters", ps);
            m.put("stmt", a.stmt());
            as.add(m);
        }
        root.put("actions", as);
        List<Object> is = new ArrayList<>();
        for (String i : interactions) is.add(Map.of("name", i));
        root.put("interactions", is);
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setWidth(120);
        return new Yaml(o).dump(root);
    }
}
