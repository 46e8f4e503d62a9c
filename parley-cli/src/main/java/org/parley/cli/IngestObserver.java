package org.parley.cli;

/**
 * Hooks into the stages of an ingest, for tests that must stop the process at a known point.
 * The default does nothing.
 */
interface IngestObserver {
    IngestObserver NONE = new IngestObserver() { };

    /** A batch's rows are written and its transaction is about to commit. */
    default void inTransaction(int batch) {
    }

    /** A batch has committed. */
    default void committed(int batch) {
    }
}
