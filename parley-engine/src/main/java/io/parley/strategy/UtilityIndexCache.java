package io.parley.strategy;

import io.parley.preference.Preferences;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last few small {@link UtilityIndex}es, by the identity of their preferences. Indexes are
 * immutable, and a tournament starts thousands of agents on the same scenario's preferences:
 * without this each agent would enumerate and sort the space again, which costs more than its whole
 * negotiation on small spaces. Only indexes of at most {@value #MAX_OUTCOMES} acceptable outcomes
 * (about 1 MB) are kept, at most {@value #CAPACITY} of them, least recently used first out.
 * Thread-safe.
 */
final class UtilityIndexCache {
  static final int CAPACITY = 32;
  static final int MAX_OUTCOMES = 65_536;

  private record Key(Preferences preferences) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.preferences == preferences;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(preferences);
    }
  }

  private static final Map<Key, UtilityIndex> CACHE =
      new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, UtilityIndex> eldest) {
          return size() > CAPACITY;
        }
      };

  private UtilityIndexCache() {}

  /** The cached index of {@code preferences}, or {@code build}'s, kept if small. */
  static UtilityIndex get(Preferences preferences, Supplier<UtilityIndex> build) {
    Key key = new Key(preferences);
    synchronized (CACHE) {
      UtilityIndex cached = CACHE.get(key);
      if (cached != null) {
        return cached;
      }
    }
    UtilityIndex index = build.get();
    if (index.size() <= MAX_OUTCOMES) {
      synchronized (CACHE) {
        CACHE.put(key, index);
      }
    }
    return index;
  }
}
