package specula.tla.syntax;

import specula.tla.syntax.ast.Module;
import specula.tla.syntax.ast.Range;

import java.util.Collection;

/**
 * Prints a syntax tree as an indented outline, one node per line, optionally down to a depth. Without ranges, two
 * dumps are equal exactly when the trees are equal modulo source positions (comments are left out too).
 */
public final class AstDump {
    private final boolean withRanges;
    private final int maxDepth;

    public AstDump(boolean withRanges, int maxDepth) {
        this.withRanges = withRanges;
        this.maxDepth = maxDepth;
    }

    /** Structure only, unlimited depth: the basis of round-trip equality. */
    public static String structure(Object node) {
        return new AstDump(false, Integer.MAX_VALUE).dump(node);
    }

    /** Structural equality ignoring ranges and comments, without building the dumps. */
    public static boolean sameModuloRanges(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof Collection<?> ca) {
            Collection<?> cb = (Collection<?>) b;
            if (ca.size() != cb.size()) {
                return false;
            }
            java.util.Iterator<?> ib = cb.iterator();
            for (Object x : ca) {
                if (!sameModuloRanges(x, ib.next())) {
                    return false;
                }
            }
            return true;
        }
        if (!a.getClass().isRecord()) {
            return a.equals(b);
        }
        for (Records.Component rc : Records.of(a.getClass())) {
            if (rc.type() == Range.class || (a instanceof Module && rc.name().equals("comments"))) {
                continue;
            }
            if (!sameModuloRanges(rc.get(a), rc.get(b))) {
                return false;
            }
        }
        return true;
    }

    public String dump(Object node) {
        StringBuilder sb = new StringBuilder();
        write(sb, null, node, 0);
        return sb.toString();
    }

    private void write(StringBuilder sb, String label, Object node, int depth) {
        sb.append("  ".repeat(depth));
        if (label != null) {
            sb.append(label).append(": ");
        }
        if (node == null) {
            sb.append("null\n");
            return;
        }
        if (node instanceof Collection<?> col) {
            if (col.isEmpty()) {
                sb.append("[]\n");
                return;
            }
            sb.append("[").append(col.size()).append("]\n");
            if (depth >= maxDepth) {
                return;
            }
            for (Object o : col) {
                write(sb, null, o, depth + 1);
            }
            return;
        }
        if (!node.getClass().isRecord()) {
            sb.append(node instanceof String s ? ExprPrinter.quote(s) : String.valueOf(node)).append('\n');
            return;
        }
        sb.append(node.getClass().getSimpleName());
        StringBuilder children = new StringBuilder();
        for (Records.Component rc : Records.of(node.getClass())) {
            Object v = rc.get(node);
            if (rc.type() == Range.class) {
                if (withRanges && v != null) {
                    Range r = (Range) v;
                    sb.append(" @").append(r.line()).append(':').append(r.column()).append('-')
                            .append(r.endLine()).append(':').append(r.endColumn());
                }
                continue;
            }
            if (node instanceof Module && rc.name().equals("comments")) {
                continue;
            }
            if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Enum) {
                sb.append(' ').append(rc.name()).append('=')
                        .append(v instanceof String s ? ExprPrinter.quote(s) : String.valueOf(v));
            } else if (depth < maxDepth) {
                write(children, rc.name(), v, depth + 1);
            }
        }
        sb.append('\n').append(children);
    }
}
