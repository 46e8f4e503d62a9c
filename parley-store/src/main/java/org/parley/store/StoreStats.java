package org.parley.store;

import org.parley.ParleyException;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** The {@code parley stats} report: totals, then events and mentions by type, by dyad and by day. */
public final class StoreStats {
    private final Store store;

    public StoreStats(Store store) {
        this.store = store;
    }

    /**
     * @param top at most this many rows per section (dyads, days)
     */
    public void print(PrintStream out, int top) {
        try (Statement s = store.connection().createStatement()) {
            out.printf(Locale.ROOT, "store        %s (dedup window %d day%s)%n", store.path(), store.windowDays(),
                store.windowDays() == 1 ? "" : "s");
            try (ResultSet r = s.executeQuery("""
                SELECT (SELECT count(*) FROM articles),
                       (SELECT count(*) FROM articles WHERE mentions > 0),
                       (SELECT count(DISTINCT outlet) FROM articles),
                       (SELECT count(*) FROM mentions),
                       (SELECT count(*) FROM events),
                       (SELECT count(*) FROM events WHERE contested),
                       (SELECT count(*) FROM events WHERE num_sources > 1),
                       (SELECT count(*) FROM actors),
                       (SELECT min(date) FROM events), (SELECT max(date) FROM events)""")) {
                r.next();
                out.printf(Locale.ROOT, "articles     %d (%d with events, %d outlets)%n", r.getLong(1), r.getLong(2),
                    r.getLong(3));
                out.printf(Locale.ROOT, "mentions     %d%n", r.getLong(4));
                out.printf(Locale.ROOT, "events       %d (%d contested, %d reported by more than one outlet)%n",
                    r.getLong(5), r.getLong(6), r.getLong(7));
                out.printf(Locale.ROOT, "actors       %d%n", r.getLong(8));
                out.printf(Locale.ROOT, "dates        %s to %s%n", nz(r.getString(9)), nz(r.getString(10)));
            }
            section(s, out, "by type", "event_type", """
                SELECT event_type, count(*), sum(num_mentions), count(*) FILTER (WHERE contested)
                FROM events GROUP BY 1 ORDER BY 2 DESC, 1""", Integer.MAX_VALUE, 0, -1);
            section(s, out, "by dyad", "source -> target  type", """
                SELECT coalesce(source_name, source_text, '(none)') || ' -> '
                         || coalesce(target_name, target_text, '(none)') || '  ' || event_type,
                       count(*), sum(num_mentions), count(*) FILTER (WHERE contested)
                FROM events GROUP BY 1 ORDER BY 2 DESC, 3 DESC, 1""", top, countOf(s,
                "SELECT count(*) FROM (SELECT DISTINCT source_key, target_key, event_type FROM events)"), -1);
            section(s, out, "by day", "date", """
                SELECT coalesce(CAST(date AS VARCHAR), 'undated'), count(*), sum(num_mentions),
                       count(*) FILTER (WHERE contested)
                FROM events GROUP BY 1 ORDER BY 1""", top, countOf(s,
                "SELECT count(DISTINCT coalesce(CAST(date AS VARCHAR), 'undated')) FROM events"), 1);
        } catch (SQLException e) {
            throw new ParleyException(store.path() + ": " + Store.firstLine(e), e);
        }
    }

    private static long countOf(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** @param tail 1 to show the last {@code top} rows (latest days), -1 the first */
    private static void section(Statement s, PrintStream out, String title, String label, String sql, int top,
                                long total, int tail) throws SQLException {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
            }
        }
        int from = 0;
        int to = rows.size();
        if (rows.size() > top) {
            if (tail > 0) {
                from = rows.size() - top;
            } else {
                to = top;
            }
        }
        int width = label.length();
        for (int i = from; i < to; i++) {
            width = Math.max(width, rows.get(i)[0].length());
        }
        width = Math.min(width, 70);
        out.println();
        String head = title + (to - from < rows.size() ? " (" + (tail > 0 ? "last " : "top ") + (to - from) + " of "
            + Math.max(total, rows.size()) + "; --top N for more)" : "");
        out.println(head);
        out.printf(Locale.ROOT, "  %-" + width + "s %8s %9s %10s%n", label, "events", "mentions", "contested");
        for (int i = from; i < to; i++) {
            String[] row = rows.get(i);
            String name = row[0].length() > width ? row[0].substring(0, width - 1) + "\u2026" : row[0];
            out.printf(Locale.ROOT, "  %-" + width + "s %8s %9s %10s%n", name, row[1], row[2], row[3]);
        }
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
