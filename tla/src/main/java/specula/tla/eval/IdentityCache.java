package specula.tla.eval;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A concurrent map keyed by object identity. Syntax tree records have structural (deep, slow) hashCode/equals;
 * caches about one definition or expression must not pay for them, nor confuse two equal-looking copies.
 */
final class IdentityCache<K, V> {
  private record Key(Object o) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.o == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(o);
    }
  }

  private final ConcurrentHashMap<Key, V> map = new ConcurrentHashMap<>();

  V get(K k) {
    return map.get(new Key(k));
  }

  void put(K k, V v) {
    map.put(new Key(k), v);
  }

  void clear() {
    map.clear();
  }
}
