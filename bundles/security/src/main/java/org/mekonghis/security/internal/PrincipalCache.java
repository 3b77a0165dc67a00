package org.mekonghis.security.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.mekonghis.platform.api.security.Principal;

/**
 * Principals as recently loaded, by principal id, so that refreshing a principal on every request
 * costs a database round trip only every few seconds. Changes made on this node evict at once;
 * changes made on another node show within the time to live (the cache is per node and short-lived).
 */
final class PrincipalCache {
    private record Entry(Optional<Principal> principal, long loadedAtNanos) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    PrincipalCache(Duration ttl, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The cached principal of {@code id}, loading it when absent or older than the time to live. */
    Optional<Principal> get(String id, Function<String, Optional<Principal>> loader) {
        long now = nanoTime.getAsLong();
        Entry e = entries.get(id);
        if (e != null && now - e.loadedAtNanos() < ttlNanos) {
            return e.principal();
        }
        Optional<Principal> loaded = loader.apply(id);
        if (ttlNanos > 0) {
            if (entries.size() > 10_000) {
                // Bounded: one entry per signed-in principal; clearing at worst costs reloads.
                entries.clear();
            }
            entries.put(id, new Entry(loaded, now));
        }
        return loaded;
    }

    void evict(String id) {
        entries.remove(id);
    }

    void clear() {
        entries.clear();
    }
}
