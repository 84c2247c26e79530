package specula.tla.semantic;

import specula.tla.syntax.ast.Range;

/** Where a symbol was defined, in SANY's words, for messages about clashes. */
final class SymbolLocations {
    private SymbolLocations() {
    }

    /** SANY's location of a symbol's definition. */
    static String describe(Symbol s) {
        Range r = null;
        if (s instanceof Symbol.BoundVariable b) {
            r = b.site().range();
        } else if (s instanceof Symbol.Parameter p) {
            r = p.site().range();
        } else if (s instanceof Symbol.ConstantDecl c) {
            r = c.decl().range();
        } else if (s instanceof Symbol.VariableDecl v) {
            r = v.decl().range();
        } else if (s instanceof OperatorDef d && d.def() != null) {
            r = d.def().range();
        } else if (s instanceof InstanceDef i) {
            r = i.unit().range();
        } else if (s instanceof Symbol.TheoremDef t) {
            r = t.unit().range();
        }
        if (r == null) {
            return "--TLA+ BUILTINS--";
        }
        return "line " + r.line() + ", col " + r.column() + " to line " + r.endLine() + ", col "
                + r.endColumn() + " of module " + stripTla(r.file());
    }

    /** SANY's SymbolTable message for a bound name, parameter or declaration that clashes with a visible one. */
    static String multiplyDefined(String name, Symbol prev) {
        return "Multiply-defined symbol '" + name + "': this definition or declaration conflicts \nwith the one at "
                + describe(prev) + ".";
    }

    private static String stripTla(String f) {
        return f.endsWith(".tla") ? f.substring(0, f.length() - 4) : f;
    }
}
