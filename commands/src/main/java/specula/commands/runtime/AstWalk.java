package specula.commands.runtime;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

/** Pre-order visit of every node below an AST node; the syntax records are walked generically. */
final class AstWalk {
    private AstWalk() {
    }

    static void forEach(Object node, Consumer<Object> visitor) {
        if (node instanceof Collection<?> c) {
            for (Object o : c) {
                forEach(o, visitor);
            }
        } else if (node instanceof Optional<?> o) {
            o.ifPresent(x -> forEach(x, visitor));
        } else if (node != null && node.getClass().isRecord()) {
            visitor.accept(node);
            for (RecordComponent rc : node.getClass().getRecordComponents()) {
                try {
                    forEach(rc.getAccessor().invoke(node), visitor);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + rc, e);
                }
            }
        }
    }
}
