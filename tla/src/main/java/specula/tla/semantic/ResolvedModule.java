package specula.tla.semantic;

import specula.tla.syntax.ast.Expr;
import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Node;
import specula.tla.syntax.ast.Unit;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module after resolution and level checking, the input of the evaluator.
 *
 * <ul>
 *   <li>{@code declarations}: this module's own symbols in source order: {@link Symbol.ConstantDecl},
 *   {@link Symbol.VariableDecl}, {@link OperatorDef} (operators and functions, LOCAL and RECURSIVE included),
 *   {@link InstanceDef} (named and unnamed INSTANCEs), {@link Symbol.TheoremDef} (named theorems and
 *   assumptions).</li>
 *   <li>{@code extended}: the modules of the EXTENDS list, resolved.</li>
 *   <li>{@code context}: every name visible at the end of the module (own and imported), by name; operator
 *   symbols by the parser's canonical spelling ({@code \cup}, {@code -.}).</li>
 *   <li>{@code exports}: what a module extending this one sees (no LOCAL definitions).</li>
 *   <li>{@code assumptions}/{@code theorems}: every ASSUME and THEOREM unit, named or not.</li>
 *   <li>{@code resolutions}: for every {@link specula.tla.syntax.ast.Exprs.Ident}, {@code Apply}, {@code OpApp},
 *   {@code OpArg} and {@code Qualified} node, what it refers to; {@code levels}: the level of every expression
 *   analysed. Both are keyed by node identity.</li>
 *   <li>{@code submodules}: inner modules, resolved, by name.</li>
 * </ul>
 */
public record ResolvedModule(String name, Module ast, boolean builtin, List<Symbol> declarations,
                             List<ResolvedModule> extended, Map<String, Symbol> context,
                             Map<String, Symbol> exports, List<Unit.Assume> assumptions,
                             List<Unit.Theorem> theorems, IdentityHashMap<Node, Symbol> resolutions,
                             IdentityHashMap<Expr, Integer> levels, Map<String, ResolvedModule> submodules,
                             Diagnostics diagnostics) {

    /** What an identifier, application, operator symbol or {@code M!Op} node refers to, or null if unresolved. */
    public Symbol resolution(Node n) {
        return resolutions.get(n);
    }

    /** The level of an analysed expression (0 if it was never reached, e.g. inside an erroneous part). */
    public int level(Expr e) {
        Integer l = levels.get(e);
        return l == null ? 0 : l;
    }

    /** A visible name, own or imported. */
    public Symbol lookup(String n) {
        return context.get(n);
    }

    public List<OperatorDef> operators() {
        return declarations.stream().filter(s -> s instanceof OperatorDef).map(s -> (OperatorDef) s).toList();
    }

    public List<Symbol.ConstantDecl> constants() {
        return declarations.stream().filter(s -> s instanceof Symbol.ConstantDecl)
                .map(s -> (Symbol.ConstantDecl) s).toList();
    }

    public List<Symbol.VariableDecl> variables() {
        return declarations.stream().filter(s -> s instanceof Symbol.VariableDecl)
                .map(s -> (Symbol.VariableDecl) s).toList();
    }

    /** All constants and variables visible (own and from EXTENDS), the symbols an INSTANCE must substitute. */
    public List<Symbol> parameters() {
        return context.values().stream()
                .filter(s -> s instanceof Symbol.ConstantDecl || s instanceof Symbol.VariableDecl).toList();
    }
}
