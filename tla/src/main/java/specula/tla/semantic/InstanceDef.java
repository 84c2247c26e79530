package specula.tla.semantic;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.List;

/**
 * An instantiation {@code I(p) == INSTANCE M WITH ...} ({@code name} is I) or an unnamed {@code INSTANCE M} ({@code
 * name} is null). {@code substitutions} covers every CONSTANT and VARIABLE of M: explicit ones carry the WITH
 * expression, implicit ones the symbol of the same name in the instantiating module.
 */
public final class InstanceDef implements Symbol {

    /** {@code declared} is M's constant or variable; exactly one of {@code value} and {@code implicit} is set. */
    public record Substitution(Symbol declared, Expr value, Symbol implicit) {
    }

    private final String name;
    private final List<Parts.Param> params;
    private final Unit unit;
    private final ResolvedModule target;
    private final String module;
    private final boolean local;
    private List<Substitution> substitutions = List.of();
    private int level;

    InstanceDef(String name, List<Parts.Param> params, Unit unit, ResolvedModule target, String module,
                boolean local) {
        this.name = name;
        this.params = List.copyOf(params);
        this.unit = unit;
        this.target = target;
        this.module = module;
        this.local = local;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int arity() {
        return params.size();
    }

    public List<Parts.Param> params() {
        return params;
    }

    /** The {@link Unit.ModuleDef} or {@link Unit.Instance}. */
    public Unit unit() {
        return unit;
    }

    public ResolvedModule target() {
        return target;
    }

    public String module() {
        return module;
    }

    public boolean local() {
        return local;
    }

    public List<Substitution> substitutions() {
        return substitutions;
    }

    /** The highest level among the substituted expressions. */
    @Override
    public int level() {
        return level;
    }

    void setSubstitutions(List<Substitution> subs, int lvl) {
        this.substitutions = List.copyOf(subs);
        this.level = lvl;
    }

    @Override
    public String toString() {
        return module + "!" + (name == null ? "INSTANCE " + target.name() : name);
    }
}
