package specula.tla.semantic;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Node;
import specula.tla.syntax.ast.Parts;
import specula.tla.syntax.ast.Unit;

import java.util.List;

/**
 * What a name stands for. Every identifier occurrence in a resolved module maps to one of these (see
 * {@link ResolvedModule#resolution(Node)}). Levels follow SANY: 0 constant, 1 state, 2 action, 3 temporal
 * ({@link Level}).
 */
public sealed interface Symbol permits Symbol.BoundVariable, Symbol.Parameter, Symbol.ConstantDecl,
        Symbol.VariableDecl, OperatorDef, InstanceDef, Symbol.Imported, Symbol.InstanceMember, Symbol.Builtin,
        Symbol.TheoremDef {

    String name();

    /** Number of arguments the name must be applied to (0 for a plain value). */
    int arity();

    /** Level of the name itself; for operators the level of the body with constant-level arguments. */
    int level();

    /**
     * A variable bound by {@code binder}: a quantifier, CHOOSE, set constructor, function constructor or definition,
     * a proof's PICK/TAKE, or a NEW declaration of an ASSUME/PROVE ({@code arity} > 0 only for {@code NEW F(_)}).
     */
    record BoundVariable(String name, Parts.Name site, Node binder, int level, int arity) implements Symbol {
    }

    /** A parameter of an operator, LAMBDA, parametrised instance or label; {@code arity} > 0 for {@code F(_, _)}. */
    record Parameter(String name, int arity, Node site) implements Symbol {
        @Override
        public int level() {
            return Level.CONSTANT;
        }
    }

    /** A CONSTANT declaration of {@code module}. */
    record ConstantDecl(String name, int arity, Parts.OpDecl decl, String module) implements Symbol {
        @Override
        public int level() {
            return Level.CONSTANT;
        }
    }

    /** A VARIABLE declaration of {@code module}. */
    record VariableDecl(String name, Parts.Name decl, String module) implements Symbol {
        @Override
        public int arity() {
            return 0;
        }

        @Override
        public int level() {
            return Level.STATE;
        }
    }

    /**
     * A definition brought in by an unnamed {@code INSTANCE M WITH ...}: {@code target} is M's symbol, to be
     * evaluated under {@code via}'s substitutions.
     */
    record Imported(Symbol target, InstanceDef via) implements Symbol {
        @Override
        public String name() {
            return target.name();
        }

        @Override
        public int arity() {
            return target.arity();
        }

        @Override
        public int level() {
            return Math.max(target.level(), via.level());
        }
    }

    /**
     * The resolution of {@code I!Op} or {@code I(x)!J!Op}: the instances walked through, outermost first, and the
     * member reached ({@code member} belongs to the last instance's module).
     */
    record InstanceMember(List<InstanceDef> path, Symbol member) implements Symbol {
        @Override
        public String name() {
            return member.name();
        }

        @Override
        public int arity() {
            return member.arity();
        }

        @Override
        public int level() {
            int l = member.level();
            for (InstanceDef i : path) {
                l = Math.max(l, i.level());
            }
            return l;
        }
    }

    /**
     * An operator built into TLA+ itself (not defined in any module): {@code =}, {@code \in}, {@code /\},
     * {@code '}, {@code []}, {@code SUBSET}, {@code TRUE}, {@code BOOLEAN}, ... ({@link CoreOperators}).
     */
    record Builtin(String name, int arity) implements Symbol {
        @Override
        public int level() {
            return Level.CONSTANT;
        }
    }

    /** A named THEOREM/LEMMA/... or ASSUME/AXIOM; usable as a fact and, in expressions, as its statement. */
    record TheoremDef(String name, Unit unit, Expr statement, String module, int level) implements Symbol {
        @Override
        public int arity() {
            return 0;
        }
    }
}
