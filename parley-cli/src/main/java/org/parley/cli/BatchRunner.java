package org.parley.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work items on a fixed pool of threads and hands their results to a consumer in submission
 * order, so that output is identical whatever the thread count. At most {@code 4 × threads} items
 * are in flight. Submit and close from one thread.
 */
final class BatchRunner implements AutoCloseable {
    private record Pending<T>(Future<T> future, Consumer<T> sink) { }

    private final ExecutorService pool;
    private final Deque<Pending<?>> pending = new ArrayDeque<>();
    private final int window;

    BatchRunner(int threads) {
        int n = Math.max(1, threads);
        this.pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "parley-worker");
            t.setDaemon(true);
            return t;
        });
        this.window = 4 * n;
    }

    <T> void submit(Object item, Supplier<T> work, Consumer<T> sink) {
        pending.add(new Pending<>(pool.submit(work::get), sink));
        while (pending.size() > window) {
            drainOne();
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void drainOne() {
        Pending<T> p = (Pending<T>) pending.removeFirst();
        T result;
        try {
            result = p.future().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
        }
        p.sink().accept(result);
    }

    @Override
    public void close() {
        try {
            while (!pending.isEmpty()) {
                drainOne();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
