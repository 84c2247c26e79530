package specula.tla.syntax;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;

/** Cached record component accessors, for the generic tree walks (layout, dump). */
final class Records {
    private Records() {
    }

    record Component(String name, Class<?> type, MethodHandle getter) {
        Object get(Object o) {
            try {
                return getter.invoke(o);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Component[] computeValue(Class<?> type) {
            RecordComponent[] rcs = type.getRecordComponents();
            Component[] out = new Component[rcs.length];
            for (int i = 0; i < rcs.length; i++) {
                try {
                    out[i] = new Component(rcs[i].getName(), rcs[i].getType(),
                            MethodHandles.publicLookup().unreflect(rcs[i].getAccessor()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        }
    };

    static Component[] of(Class<?> recordType) {
        return COMPONENTS.get(recordType);
    }
}
