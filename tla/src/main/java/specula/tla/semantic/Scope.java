package specula.tla.semantic;

import java.util.HashMap;
import java.util.Map;

/** A chain of name tables: module context at the root, then operator parameters and bound variables. */
final class Scope {
    private final Scope parent;
    private final Map<String, Symbol> names;

    Scope(Scope parent, Map<String, Symbol> names) {
        this.parent = parent;
        this.names = names;
    }

    Scope child() {
        return new Scope(this, new HashMap<>(4));
    }

    Symbol lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Symbol v = s.names.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    void put(String name, Symbol sym) {
        names.put(name, sym);
    }

    /** Every visible name, innermost first (for "did you mean" hints). */
    java.util.List<String> allNames() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Scope s = this; s != null; s = s.parent) {
            out.addAll(s.names.keySet());
        }
        return out;
    }

    Map<String, Symbol> own() {
        return names;
    }
}
