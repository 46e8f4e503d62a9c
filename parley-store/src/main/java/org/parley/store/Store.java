package org.parley.store;

import org.parley.ParleyException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * An embedded DuckDB file of articles, their mentions (coded events) and the deduplicated,
 * corroborated events and actors derived from them. Schema in docs/store.md.
 *
 * <p><b>Idempotent.</b> An article is identified by its URL, else its source id
 * ({@link ArticleIdentity}). {@link #status} says whether an article is new, changed, or already stored
 * exactly so (same content, metadata and coder): callers skip the last kind without coding it.
 * Writing an article replaces whatever was stored under its identity, its mentions included.
 *
 * <p><b>Crash-safe.</b> {@link #write} stores a batch of articles, their mentions, and the events and
 * actors they touch in one transaction; the article rows are the batch's done-markers. Killed at any
 * moment, the store holds whole batches only; the same ingest run again skips what is stored and
 * gives the same database as an uninterrupted run, because every derived row is a function of the
 * mentions alone.
 *
 * <p>One writer per file (DuckDB locks it); not thread-safe: use from one thread.
 */
public final class Store implements AutoCloseable {
    private final Connection conn;
    private final Path path;
    private final int windowDays;
    private final boolean readOnly;
    private PreparedStatement lookup;

    /** What {@link #status} found. */
    public enum Status {
        /** No article with this identity is stored. */
        NEW,
        /** An article with this identity is stored, with other content, metadata or coder. */
        CHANGED,
        /** The same article is stored, coded by the same coder. */
        UNCHANGED
    }

    private Store(Connection conn, Path path, int windowDays, boolean readOnly) {
        this.conn = conn;
        this.path = path;
        this.windowDays = windowDays;
        this.readOnly = readOnly;
    }

    /**
     * Opens (and for writing, creates when missing) a store.
     *
     * @throws ParleyException when the file is missing (read-only), locked by another process, not a
     *                         Parley store, of another schema version, or made with another window
     */
    public static Store open(Path path, StoreOptions options) {
        boolean exists = Files.exists(path);
        if (options.readOnly() && !exists) {
            throw new ParleyException(path + ": no such store");
        }
        if (!exists && path.toAbsolutePath().getParent() != null && !Files.isDirectory(path.toAbsolutePath().getParent())) {
            throw new ParleyException(path + ": the directory does not exist");
        }
        Connection c;
        try {
            Properties p = new Properties();
            if (options.readOnly()) {
                p.setProperty("duckdb.read_only", "true");
            }
            c = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), p);
        } catch (SQLException e) {
            throw new ParleyException(path + ": cannot open the store (" + firstLine(e) + ")", e);
        }
        try {
            int window = prepare(c, path, options);
            Store s = new Store(c, path, window, options.readOnly());
            if (!options.readOnly()) {
                s.createTemp();
            }
            return s;
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing
            }
            if (e instanceof ParleyException pe) {
                throw pe;
            }
            throw new ParleyException(path + ": cannot open the store (" + firstLine(e) + ")", e);
        }
    }

    private static int prepare(Connection c, Path path, StoreOptions o) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        if (tables.isEmpty()) {
            if (o.readOnly()) {
                throw new ParleyException(path + ": not a Parley store (no tables)");
            }
            int window = o.windowDays() == null ? StoreOptions.DEFAULT_WINDOW_DAYS : o.windowDays();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String ddl : Schema.DDL) {
                    s.execute(ddl);
                }
                s.execute("INSERT INTO meta VALUES ('schema_version', '" + Schema.VERSION + "'),"
                    + " ('window_days', '" + window + "')");
            }
            c.commit();
            c.setAutoCommit(true);
            return window;
        }
        if (!tables.contains("meta")) {
            throw new ParleyException(path + ": not a Parley store (a DuckDB file without Parley's tables)");
        }
        Map<String, String> meta = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT key, value FROM meta")) {
            while (r.next()) {
                meta.put(r.getString(1), r.getString(2));
            }
        }
        String v = meta.get("schema_version");
        if (!String.valueOf(Schema.VERSION).equals(v)) {
            throw new ParleyException(path + ": store schema version " + v + ", this Parley reads version "
                + Schema.VERSION);
        }
        int window = Integer.parseInt(meta.getOrDefault("window_days", "1"));
        if (o.windowDays() != null && o.windowDays() != window) {
            throw new ParleyException(path + ": the store was made with a dedup window of " + window
                + " days; it cannot be changed to " + o.windowDays() + " (ingest into a new store)");
        }
        return window;
    }

    private void createTemp() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TEMP TABLE batch_ids (k VARCHAR)");
            s.execute("CREATE TEMP TABLE touched_clusters (k VARCHAR)");
            s.execute("CREATE TEMP TABLE touched_actors (k VARCHAR)");
        }
        lookup = conn.prepareStatement("SELECT record_hash FROM articles WHERE article_id = ?");
    }

    public Path path() {
        return path;
    }

    /** The dedup window this store was made with, in days. */
    public int windowDays() {
        return windowDays;
    }

    /** Whether the article with this identity is new, changed, or stored exactly so. */
    public Status status(ArticleIdentity id) {
        try {
            lookup.setString(1, id.articleId());
            try (ResultSet r = lookup.executeQuery()) {
                if (!r.next()) {
                    return Status.NEW;
                }
                return r.getString(1).equals(id.recordHash()) ? Status.UNCHANGED : Status.CHANGED;
            }
        } catch (SQLException e) {
            throw new ParleyException(path + ": " + firstLine(e), e);
        }
    }

    /**
     * Stores a batch in one transaction: each article replaces what its identity held; the events
     * and actors it touches are recomputed. When an identity occurs twice in the batch the later wins.
     *
     * @throws ParleyException when the database refuses (disk full, …); the batch is then rolled back
     */
    public void write(List<CodedArticle> batch) {
        write(batch, () -> { });
    }

    /**
     * As {@link #write(List)}, calling {@code beforeCommit} inside the transaction once every row is
     * written and before the commit (for progress reports and crash tests).
     */
    public void write(List<CodedArticle> batch, Runnable beforeCommit) {
        if (batch.isEmpty()) {
            return;
        }
        if (readOnly) {
            throw new IllegalStateException("store opened read-only");
        }
        Map<String, CodedArticle> byId = new LinkedHashMap<>();
        for (CodedArticle a : batch) {
            byId.remove(a.identity().articleId());
            byId.put(a.identity().articleId(), a);
        }
        try {
            conn.setAutoCommit(false);
            try (Statement s = conn.createStatement()) {
                s.execute("DELETE FROM batch_ids");
                s.execute("DELETE FROM touched_clusters");
                s.execute("DELETE FROM touched_actors");
                try (PreparedStatement p = conn.prepareStatement("INSERT INTO batch_ids VALUES (?)")) {
                    for (String id : byId.keySet()) {
                        p.setString(1, id);
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                s.execute("INSERT INTO touched_clusters SELECT DISTINCT cluster_key FROM mentions"
                    + " WHERE article_id IN (SELECT k FROM batch_ids)");
                s.execute("INSERT INTO touched_actors SELECT DISTINCT actor_key FROM mention_actors"
                    + " WHERE article_id IN (SELECT k FROM batch_ids)");
                s.execute("DELETE FROM mention_actors WHERE article_id IN (SELECT k FROM batch_ids)");
                s.execute("DELETE FROM mentions WHERE article_id IN (SELECT k FROM batch_ids)");
                s.execute("DELETE FROM articles WHERE article_id IN (SELECT k FROM batch_ids)");
            }
            Set<String> clusters = new TreeSet<>();
            Set<String> actors = new TreeSet<>();
            MentionRows rows = new MentionRows(conn);
            try (PreparedStatement art = conn.prepareStatement(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (CodedArticle ca : byId.values()) {
                    var a = ca.article();
                    var id = ca.identity();
                    art.setString(1, id.articleId());
                    art.setString(2, id.identity());
                    art.setString(3, a.id());
                    art.setString(4, a.url());
                    art.setString(5, a.outlet());
                    art.setString(6, a.title());
                    MentionRows.setDate(art, 7, a.date());
                    art.setString(8, id.contentHash());
                    art.setString(9, id.recordHash());
                    art.setString(10, id.coder());
                    art.setInt(11, a.text().length());
                    art.setInt(12, ca.sentences());
                    art.setInt(13, ca.parsed());
                    art.setInt(14, ca.events().size());
                    art.addBatch();
                    rows.add(ca, clusters, actors);
                }
                art.executeBatch();
                rows.flush();
            } finally {
                rows.close();
            }
            insertKeys("touched_clusters", clusters);
            insertKeys("touched_actors", actors);
            EventRebuild.rebuild(conn, windowDays);
            beforeCommit.run();
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                conn.rollback();
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            if (e instanceof ParleyException pe) {
                throw pe;
            }
            throw new ParleyException(path + ": cannot store the batch (" + firstLine(e) + ")", e);
        } finally {
            try {
                conn.setAutoCommit(true);
            } catch (SQLException ignored) {
                // connection is gone; the next call reports it
            }
        }
    }

    private void insertKeys(String table, Set<String> keys) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO " + table + " VALUES (?)")) {
            for (String k : keys) {
                p.setString(1, k);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** Recomputes every event and actor from the mentions (for checks; ingest keeps them current). */
    public void rebuildAll() {
        try {
            conn.setAutoCommit(false);
            try (Statement s = conn.createStatement()) {
                s.execute("DELETE FROM touched_clusters");
                s.execute("DELETE FROM touched_actors");
                s.execute("INSERT INTO touched_clusters SELECT DISTINCT cluster_key FROM mentions"
                    + " UNION SELECT cluster_key FROM events");
                s.execute("INSERT INTO touched_actors SELECT DISTINCT actor_key FROM mention_actors"
                    + " UNION SELECT actor_key FROM actors");
            }
            EventRebuild.rebuild(conn, windowDays);
            conn.commit();
            conn.setAutoCommit(true);
        } catch (SQLException e) {
            throw new ParleyException(path + ": cannot rebuild (" + firstLine(e) + ")", e);
        }
    }

    /** The underlying connection, for exports and statistics (package use and tests). */
    public Connection connection() {
        return conn;
    }

    /** Row count of one of the store's tables. */
    public long count(String table) {
        if (!Schema.TABLES.contains(table)) {
            throw new IllegalArgumentException("no table " + table);
        }
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new ParleyException(path + ": " + firstLine(e), e);
        }
    }

    @Override
    public void close() {
        try {
            if (lookup != null) {
                lookup.close();
            }
            if (!readOnly) {
                try (Statement s = conn.createStatement()) {
                    s.execute("CHECKPOINT");
                }
            }
            conn.close();
        } catch (SQLException e) {
            throw new ParleyException(path + ": cannot close the store (" + firstLine(e) + ")", e);
        }
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
