package specula.tla.semantic;

import java.util.IdentityHashMap;
import java.util.List;

/**
 * Level-parameter tracking for operator bodies, as SANY does it: each parameter of the bodies being analysed has a
 * bit in {@code flow}, set when the parameter's level reaches the result; and the highest level the enclosing
 * built-in argument positions allow (SANY's argument maxima) limits what a parameter used there may be given.
 */
final class ParameterFlow {
    /** Saved tracking state of an enclosing body. */
    record BodyState(long flow, int nextBit, int maxContext) {
    }

    private final IdentityHashMap<Symbol, Integer> paramBits = new IdentityHashMap<>();
    private final IdentityHashMap<Symbol, Integer> paramMax = new IdentityHashMap<>();
    private int nextBit;
    private long flow;
    private int maxContext = Level.TEMPORAL;

    /** Enters an argument position allowing at most {@code max}; returns what {@link #restoreContext} needs. */
    int narrow(int max, boolean weighted) {
        int saved = maxContext;
        maxContext = weighted ? Math.min(maxContext, max) : max;
        return saved;
    }

    void restoreContext(int saved) {
        maxContext = saved;
    }

    BodyState beginBody(List<? extends Symbol> params) {
        BodyState saved = new BodyState(flow, nextBit, maxContext);
        flow = 0;
        maxContext = Level.TEMPORAL;
        for (Symbol p : params) {
            if (nextBit < 64) {
                paramBits.put(p, nextBit++);
            }
        }
        return saved;
    }

    int[] parameterMaxima(List<? extends Symbol> params) {
        int[] out = new int[params.size()];
        for (int i = 0; i < out.length; i++) {
            Integer m = paramMax.remove(params.get(i));
            out[i] = m == null ? Level.TEMPORAL : m;
        }
        return out;
    }

    long endBody(BodyState saved, List<? extends Symbol> params) {
        long mask = 0;
        long own = 0;
        for (int i = 0; i < params.size(); i++) {
            Integer bit = paramBits.remove(params.get(i));
            if (bit == null || ((flow >>> bit) & 1L) != 0) {
                mask |= i < 64 ? 1L << i : 0;
            }
            if (bit != null) {
                own |= 1L << bit;
            }
        }
        flow = saved.flow() | (flow & ~own);
        nextBit = saved.nextBit();
        maxContext = saved.maxContext();
        return mask;
    }

    /** A use of {@code sym}: when it is a tracked parameter, its level reaches the result here. */
    void used(Symbol sym) {
        Integer bit = paramBits.get(sym);
        if (bit != null) {
            flow |= 1L << bit;
            if (maxContext < Level.TEMPORAL) {
                paramMax.merge(sym, maxContext, Math::min);
            }
        }
    }

    long saveFlow() {
        return flow;
    }

    void restoreFlow(long saved) {
        flow = saved;
    }
}
