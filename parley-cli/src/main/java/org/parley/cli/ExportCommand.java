package org.parley.cli;

import org.parley.store.ExportFormat;
import org.parley.store.Exporter;
import org.parley.store.Store;
import org.parley.store.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code parley export}: a store's tables in the formats analysts use. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export a store: jsonl (mentions exactly as 'parley code' writes them), csv, gdelt (GDELT 2.0 event"
        + " columns, tab-separated, one line per deduplicated event) or parquet.",
        "Writes to stdout unless --out is given; a file appears only when complete."})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "STORE.duckdb", required = true, description = "The store to read.")
    Path db;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
        description = "jsonl, csv, gdelt or parquet.", converter = FormatConverter.class)
    ExportFormat format;

    @Option(names = "--table", paramLabel = "TABLE",
        description = "mentions (default; events for gdelt), events, articles or actors.")
    String table;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: stdout).")
    Path out;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                    "unknown format '" + value + "'; choose jsonl, csv, gdelt or parquet");
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        String t = table != null ? table : format == ExportFormat.GDELT ? "events" : "mentions";
        if (format == ExportFormat.PARQUET && out == null && System.console() != null) {
            System.err.println("parley: export: Parquet is binary; give --out FILE or redirect stdout");
            return Main.EXIT_USAGE;
        }
        try (Store store = Store.open(db, StoreOptions.READ)) {
            OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
            long n = new Exporter(store).export(format, t, out, stdout);
            stdout.flush();
            System.err.printf("parley: exported %,d %s as %s to %s%n", n, t, format.label(),
                out == null ? "stdout" : out);
        }
        return Main.EXIT_OK;
    }
}
