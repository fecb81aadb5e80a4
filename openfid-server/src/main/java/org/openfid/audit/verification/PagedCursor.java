package org.openfid.audit.verification;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * Iterates a table in key order one page at a time (keyset paging), so a walk over millions of rows
 * holds one page in memory.
 */
final class PagedCursor<T> implements Iterator<T> {

    private final LongFunction<List<T>> pageAfter;
    private final ToLongFunction<T> key;
    private final ArrayDeque<T> buffer = new ArrayDeque<>();
    private long lastKey;
    private boolean exhausted;

    /**
     * @param pageAfter the next page of rows whose key is greater than the argument, in key order;
     *     an empty page ends the walk
     * @param key the row's key
     * @param start the walk begins after this key
     */
    PagedCursor(LongFunction<List<T>> pageAfter, ToLongFunction<T> key, long start) {
        this.pageAfter = pageAfter;
        this.key = key;
        this.lastKey = start;
    }

    @Override
    public boolean hasNext() {
        if (buffer.isEmpty() && !exhausted) {
            List<T> page = pageAfter.apply(lastKey);
            if (page.isEmpty()) {
                exhausted = true;
            } else {
                buffer.addAll(page);
                lastKey = key.applyAsLong(page.getLast());
            }
        }
        return !buffer.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffer.removeFirst();
    }

    /** The next row without consuming it. */
    T peek() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffer.getFirst();
    }
}
