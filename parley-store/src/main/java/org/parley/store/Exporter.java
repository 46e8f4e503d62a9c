package org.parley.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.parley.ParleyException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Writes a store's tables out. JSONL of {@code mentions} is the output contract, byte for byte what
 * {@code parley code} printed; JSONL of another table is one object per row with the column names as
 * keys. CSV is any table with a header. GDELT is the {@code events} table in GDELT 2.0's 61 event
 * columns (mapping in docs/store.md). Parquet is any table through DuckDB's {@code COPY}. Rows come in
 * a fixed order ({@code Schema.order}), so the same store always exports the same bytes.
 *
 * <p>A file is written beside its destination and moved into place when complete, so an interrupted
 * export never leaves half a file. Not thread-safe (uses the store's connection).
 */
public final class Exporter {
    /** Tables that can be exported. */
    public static final List<String> TABLES = List.of("mentions", "events", "articles", "actors");

    private final Store store;

    public Exporter(Store store) {
        this.store = store;
    }

    /**
     * Exports one table.
     *
     * @param out    destination file, or null for {@code stdout}
     * @param stdout where to write when {@code out} is null
     * @return rows written
     * @throws ParleyException on a bad table/format pair or an I/O failure
     */
    public long export(ExportFormat format, String table, Path out, OutputStream stdout) {
        if (!TABLES.contains(table)) {
            throw new ParleyException("no table '" + table + "' to export; choose one of " + String.join(", ", TABLES));
        }
        if (format == ExportFormat.GDELT && !table.equals("events")) {
            throw new ParleyException("the gdelt format exports events only (GDELT's event table); use --table events");
        }
        try {
            if (format == ExportFormat.PARQUET) {
                return parquet(table, out, stdout);
            }
            if (out == null) {
                return write(format, table, stdout);
            }
            Path tmp = tempBeside(out);
            try {
                long n;
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    n = write(format, table, os);
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return n;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ParleyException((out == null ? "stdout" : out.toString()) + ": cannot write ("
                + e.getMessage() + ")", e);
        } catch (SQLException e) {
            throw new ParleyException(store.path() + ": cannot export (" + Store.firstLine(e) + ")", e);
        }
    }

    private static Path tempBeside(Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        return Files.createTempFile(dir, "." + out.getFileName() + ".", ".part");
    }

    private long write(ExportFormat format, String table, OutputStream os) throws IOException, SQLException {
        Writer w = new BufferedWriter(new OutputStreamWriter(nonClosing(os), StandardCharsets.UTF_8), 1 << 16);
        long n;
        switch (format) {
            case JSONL -> n = table.equals("mentions") ? contractJsonl(w) : jsonl(table, w);
            case CSV -> n = csv(table, w);
            case GDELT -> n = Gdelt.write(store.connection(), w);
            default -> throw new IllegalStateException(format.name());
        }
        w.flush();
        return n;
    }

    static String select(String table) {
        String cols = table.equals("mentions") ? "* EXCLUDE (json)" : "*";
        return "SELECT " + cols + " FROM " + table + " ORDER BY " + Schema.order(table);
    }

    private long contractJsonl(Writer w) throws SQLException, IOException {
        long n = 0;
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT json FROM mentions ORDER BY " + Schema.order("mentions"))) {
            while (r.next()) {
                w.write(r.getString(1));
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    private long jsonl(String table, Writer w) throws SQLException, IOException {
        long n = 0;
        JsonFactory f = new JsonFactory();
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(select(table))) {
            ResultSetMetaData md = r.getMetaData();
            int cols = md.getColumnCount();
            while (r.next()) {
                JsonGenerator g = f.createGenerator(w);
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                for (int i = 1; i <= cols; i++) {
                    g.writeFieldName(md.getColumnLabel(i));
                    String type = md.getColumnTypeName(i).toUpperCase(Locale.ROOT);
                    Object v = r.getObject(i);
                    if (v == null) {
                        g.writeNull();
                    } else if (v instanceof Array a) {
                        g.writeStartArray();
                        for (Object x : (Object[]) a.getArray()) {
                            g.writeString(x == null ? null : x.toString());
                        }
                        g.writeEndArray();
                    } else if (type.equals("JSON")) {
                        g.writeRawValue(r.getString(i));
                    } else if (v instanceof Boolean b) {
                        g.writeBoolean(b);
                    } else if (v instanceof Double || v instanceof Float) {
                        g.writeNumber(((Number) v).doubleValue());
                    } else if (v instanceof Number num) {
                        g.writeNumber(num.longValue());
                    } else {
                        g.writeString(r.getString(i));
                    }
                }
                g.writeEndObject();
                g.close();
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    private long csv(String table, Writer w) throws SQLException, IOException {
        long n = 0;
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(select(table))) {
            ResultSetMetaData md = r.getMetaData();
            int cols = md.getColumnCount();
            for (int i = 1; i <= cols; i++) {
                if (i > 1) {
                    w.write(',');
                }
                w.write(quote(md.getColumnLabel(i)));
            }
            w.write("\r\n");
            while (r.next()) {
                for (int i = 1; i <= cols; i++) {
                    if (i > 1) {
                        w.write(',');
                    }
                    Object v = r.getObject(i);
                    String s2;
                    if (v == null) {
                        s2 = "";
                    } else if (v instanceof Array a) {
                        StringBuilder sb = new StringBuilder();
                        for (Object x : (Object[]) a.getArray()) {
                            if (sb.length() > 0) {
                                sb.append('|');
                            }
                            sb.append(x);
                        }
                        s2 = sb.toString();
                    } else {
                        s2 = r.getString(i);
                    }
                    w.write(quote(s2));
                }
                w.write("\r\n");
                n++;
            }
        }
        return n;
    }

    static String quote(String s) {
        if (s.isEmpty()) {
            return s;
        }
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
            || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1));
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private long parquet(String table, Path out, OutputStream stdout) throws IOException, SQLException {
        Path tmp = out == null ? Files.createTempFile("parley-export-", ".parquet") : tempBeside(out);
        try {
            Files.deleteIfExists(tmp);
            long n;
            try (Statement s = store.connection().createStatement()) {
                n = s.executeUpdate("COPY (" + select(table) + ") TO '" + tmp.toAbsolutePath().toString().replace("'", "''")
                    + "' (FORMAT PARQUET, COMPRESSION ZSTD)");
            }
            if (out == null) {
                Files.copy(tmp, stdout);
                stdout.flush();
            } else {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return n;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static OutputStream nonClosing(OutputStream os) {
        return new java.io.FilterOutputStream(os) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
