package org.parley.cli;

import org.parley.store.Store;
import org.parley.store.StoreOptions;
import org.parley.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code parley stats}: what a store holds, by type, dyad and day. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Print a store's totals, then events, mentions and contested events by PLOVER type, by dyad"
        + " (source -> target, type) and by day.")
final class StatsCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "STORE.duckdb", required = true, description = "The store to read.")
    Path db;

    @Option(names = "--top", paramLabel = "N", description = "Rows per section for dyads and days (default: ${DEFAULT-VALUE}).")
    int top = 20;

    @Override
    public Integer call() {
        try (Store store = Store.open(db, StoreOptions.READ)) {
            new StoreStats(store).print(System.out, Math.max(1, top));
        }
        System.out.flush();
        return Main.EXIT_OK;
    }
}
