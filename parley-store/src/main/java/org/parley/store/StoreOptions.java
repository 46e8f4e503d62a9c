package org.parley.store;

/**
 * How a store is opened.
 *
 * @param readOnly   open for reading only (export, stats); the file must exist
 * @param windowDays the dedup window in days for a new store (see {@link Clusterer}); null keeps the
 *                   store's own (1 for a new store). A store keeps the window it was made with; asking
 *                   for another is an error.
 */
public record StoreOptions(boolean readOnly, Integer windowDays) {
    public static final int DEFAULT_WINDOW_DAYS = 1;
    public static final StoreOptions WRITE = new StoreOptions(false, null);
    public static final StoreOptions READ = new StoreOptions(true, null);

    public StoreOptions {
        if (windowDays != null && (windowDays < 0 || windowDays > 366)) {
            throw new IllegalArgumentException("the dedup window must be 0 to 366 days, got " + windowDays);
        }
    }

    public StoreOptions withWindowDays(Integer days) {
        return new StoreOptions(readOnly, days);
    }
}
