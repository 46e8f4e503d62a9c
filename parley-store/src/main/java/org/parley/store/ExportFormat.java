package org.parley.store;

import java.util.Locale;

/** The formats {@link Exporter} writes. */
public enum ExportFormat {
    /** One JSON object per line; mentions exactly as {@code parley code} writes them. */
    JSONL,
    /** Comma-separated, RFC 4180 quoting, a header line; lists joined by {@code |}. */
    CSV,
    /** Tab-separated GDELT 2.0 event columns, no header, one line per deduplicated event. */
    GDELT,
    /** Apache Parquet through DuckDB's COPY, lists and types kept. */
    PARQUET;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
