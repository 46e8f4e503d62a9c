package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.parley.io.EventJson;
import org.parley.model.Actor;
import org.parley.model.Attribution;
import org.parley.model.Event;
import org.parley.model.Location;
import org.parley.pipeline.TextCleaner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes the mention and mention-actor rows of coded articles. Used by {@link Store} inside its transaction. */
final class MentionRows {
    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    private static final int MENTION_COLUMNS = 50;

    private final PreparedStatement mention;
    private final PreparedStatement actor;
    private final Connection conn;

    MentionRows(Connection conn) throws SQLException {
        this.conn = conn;
        this.mention = conn.prepareStatement("INSERT INTO mentions VALUES (" + "?, ".repeat(MENTION_COLUMNS - 1) + "?)");
        this.actor = conn.prepareStatement("INSERT INTO mention_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** The fingerprint of a mention: the same for every copy of the same text with the same date. */
    static String fingerprint(ArticleIdentity id, LocalDate published, int ordinal) {
        return Hashes.sha256(Hashes.join(id.contentHash(), published, ordinal), 16);
    }

    static String clusterKey(Event e) {
        return e.type().name() + "|" + ActorKeys.of(e.source()) + "|" + ActorKeys.of(e.target()) + "|"
            + ActorKeys.of(e.location());
    }

    /** Adds the rows of one article to the pending batches; returns the cluster keys it touches. */
    void add(CodedArticle ca, java.util.Set<String> clusters, java.util.Set<String> actors) throws SQLException {
        String cleaned = null;
        int searchFrom = 0;
        int ordinal = 0;
        for (Event e : ca.events()) {
            String key = clusterKey(e);
            clusters.add(key);
            int start = -1;
            if (cleaned == null) {
                cleaned = TextCleaner.clean(ca.article().text());
            }
            start = cleaned.indexOf(e.evidence(), searchFrom);
            if (start < 0) {
                start = cleaned.indexOf(e.evidence());
            }
            if (start >= 0) {
                searchFrom = start;
            }
            int i = 1;
            PreparedStatement p = mention;
            p.setString(i++, e.id());
            p.setString(i++, ca.identity().articleId());
            p.setInt(i++, ordinal);
            p.setString(i++, fingerprint(ca.identity(), ca.article().date(), ordinal));
            p.setString(i++, key);
            p.setString(i++, e.articleId());
            p.setInt(i++, e.sentence());
            p.setString(i++, e.evidence());
            setInt(p, i++, start < 0 ? null : start);
            setInt(p, i++, start < 0 ? null : start + e.evidence().length());
            setDate(p, i++, e.date());
            p.setString(i++, e.datePrecision());
            p.setString(i++, e.type().name());
            p.setString(i++, e.mode());
            p.setArray(i++, conn.createArrayOf("VARCHAR", e.context().toArray()));
            p.setString(i++, e.cameoRoot());
            p.setInt(i++, e.quadClass());
            p.setDouble(i++, e.goldstein());
            p.setString(i++, e.modality().label());
            p.setBoolean(i++, e.negated());
            i = actorColumns(p, i, e.source());
            i = actorColumns(p, i, e.target());
            Location l = e.location();
            p.setString(i++, ActorKeys.of(l));
            p.setString(i++, l == null ? null : l.text());
            p.setString(i++, l == null ? null : l.name());
            p.setString(i++, l == null ? null : l.country());
            p.setString(i++, l == null ? null : l.admin1());
            setDouble(p, i++, l == null ? null : l.lat());
            setDouble(p, i++, l == null ? null : l.lon());
            setLong(p, i++, l == null ? null : l.geonamesId());
            p.setString(i++, l == null ? null : l.precision());
            Attribution a = e.attribution();
            p.setString(i++, a == null ? null : a.speaker());
            p.setString(i++, a == null ? null : a.via());
            if (a == null) {
                p.setNull(i++, Types.BOOLEAN);
            } else {
                p.setBoolean(i++, a.anonymous());
            }
            p.setString(i++, a == null ? null : a.cue());
            p.setString(i++, json(e.quantities().values()));
            p.setString(i++, json(Terms.extract(e.evidence())));
            p.setDouble(i++, e.confidence());
            p.setString(i++, e.rule());
            p.setString(i++, EventJson.toJson(e));
            if (i != MENTION_COLUMNS + 1) {
                throw new IllegalStateException("mention row has " + (i - 1) + " columns");
            }
            p.addBatch();
            addActors(ca, ordinal, "source", e.source(), actors);
            addActors(ca, ordinal, "target", e.target(), actors);
            ordinal++;
        }
    }

    private void addActors(CodedArticle ca, int ordinal, String role, Actor a, java.util.Set<String> keys)
        throws SQLException {
        if (a == null) {
            return;
        }
        for (Actor m : a.flatten()) {
            String key = ActorKeys.of(m);
            keys.add(key);
            actor.setString(1, ca.identity().articleId());
            actor.setInt(2, ordinal);
            actor.setString(3, role);
            actor.setString(4, key);
            actor.setString(5, m.text());
            actor.setString(6, m.name());
            actor.setString(7, m.id());
            actor.setString(8, m.country());
            actor.setString(9, m.sector());
            actor.addBatch();
        }
    }

    void flush() throws SQLException {
        mention.executeBatch();
        actor.executeBatch();
    }

    void close() throws SQLException {
        mention.close();
        actor.close();
    }

    private static int actorColumns(PreparedStatement p, int i, Actor a) throws SQLException {
        p.setString(i++, ActorKeys.of(a));
        p.setString(i++, a == null ? null : a.text());
        p.setString(i++, a == null ? null : a.name());
        p.setString(i++, a == null ? null : a.id());
        p.setString(i++, a == null ? null : a.country());
        p.setString(i++, a == null ? null : a.sector());
        return i;
    }

    static String json(Map<String, ?> m) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(m));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void setDate(PreparedStatement p, int i, String iso) throws SQLException {
        LocalDate d = eventDate(iso);
        if (d == null) {
            p.setNull(i, Types.DATE);
        } else {
            p.setObject(i, d);
        }
    }

    /** The first day an ISO event date ({@code 2019-02-20}, {@code 2019-02}, {@code 2019}) stands for, or null. */
    static LocalDate eventDate(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        String t = iso.strip();
        if (t.matches("\\d{4}")) {
            t = t + "-01-01";
        } else if (t.matches("\\d{4}-\\d{2}")) {
            t = t + "-01";
        }
        return org.parley.io.ArticleReader.parseDate(t);
    }

    static void setDate(PreparedStatement p, int i, LocalDate d) throws SQLException {
        if (d == null) {
            p.setNull(i, Types.DATE);
        } else {
            p.setObject(i, d);
        }
    }

    static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.INTEGER);
        } else {
            p.setInt(i, v);
        }
    }

    static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.BIGINT);
        } else {
            p.setLong(i, v);
        }
    }

    static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.DOUBLE);
        } else {
            p.setDouble(i, v);
        }
    }
}
