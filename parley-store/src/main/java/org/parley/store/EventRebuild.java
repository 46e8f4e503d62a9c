package org.parley.store;

import com.fasterxml.jackson.core.type.TypeReference;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Recomputes the {@code events} rows of the cluster keys in the temporary table {@code touched_clusters}
 * and the {@code actors} rows of the keys in {@code touched_actors}, from the mentions as they now are.
 * Runs inside the caller's transaction. Every row is a function of the mentions alone, so an event
 * comes out the same whatever order and batches its reports were stored in.
 */
final class EventRebuild {
    private static final TypeReference<TreeMap<String, Object>> MAP = new TypeReference<>() { };
    private static final TypeReference<TreeMap<String, String>> STRINGS = new TypeReference<>() { };
    private static final int EVENT_COLUMNS = 48;

    private EventRebuild() {
    }

    static void rebuild(Connection conn, int windowDays) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("DELETE FROM events WHERE cluster_key IN (SELECT k FROM touched_clusters)");
            s.execute("DELETE FROM actors WHERE actor_key IN (SELECT k FROM touched_actors)");
            s.execute("""
                INSERT INTO actors
                WITH m AS (
                  SELECT ma.*, me.date, a.content_hash FROM mention_actors ma
                  JOIN mentions me USING (article_id, ordinal)
                  JOIN articles a USING (article_id)
                  WHERE ma.actor_key IN (SELECT k FROM touched_actors)),
                texts AS (SELECT actor_key, text, count(*) AS n FROM m GROUP BY ALL)
                SELECT m.actor_key, min(m.id), min(m.name), min(m.country), min(m.sector),
                  (SELECT first(t.text ORDER BY t.n DESC, t.text) FROM texts t WHERE t.actor_key = m.actor_key),
                  count(*) FILTER (WHERE role = 'source'), count(*) FILTER (WHERE role = 'target'),
                  count(DISTINCT content_hash), min(date), max(date)
                FROM m GROUP BY m.actor_key""");
        }
        Map<String, List<ClusterMention>> groups = load(conn);
        try (PreparedStatement ins = conn.prepareStatement(
            "INSERT INTO events VALUES (" + "?, ".repeat(EVENT_COLUMNS - 1) + "?)")) {
            for (var g : groups.entrySet()) {
                for (List<ClusterMention> c : Clusterer.cluster(g.getValue(), windowDays)) {
                    write(conn, ins, g.getKey(), c);
                    ins.addBatch();
                }
            }
            ins.executeBatch();
        }
    }

    private static Map<String, List<ClusterMention>> load(Connection conn) throws SQLException {
        Map<String, List<ClusterMention>> groups = new LinkedHashMap<>();
        String sql = """
            SELECT m.cluster_key, m.date, m.article_id, m.ordinal, m.mention_id, m.fingerprint, a.content_hash,
              a.outlet, a.published, a.url, m.event_type, m.mode, m.cameo_root, m.quad_class, m.sentence,
              m.confidence, m.evidence, m.modality,
              m.source_key, m.source_text, m.source_name, m.source_id, m.source_country, m.source_sector,
              m.target_key, m.target_text, m.target_name, m.target_id, m.target_country, m.target_sector,
              m.place_key, m.location_name, m.location_country, m.location_admin1, m.location_lat, m.location_lon,
              m.location_geonames_id, m.location_precision, m.speaker, m.via, m.anonymous,
              CAST(m.quantities AS VARCHAR), CAST(m.terms AS VARCHAR)
            FROM mentions m JOIN articles a USING (article_id)
            WHERE m.cluster_key IN (SELECT k FROM touched_clusters)
            ORDER BY m.cluster_key""";
        Map<String, String> intern = new HashMap<>();
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                int i = 1;
                String key = r.getString(i++);
                LocalDate date = date(r, i++);
                String articleId = r.getString(i++);
                int ordinal = r.getInt(i++);
                String mentionId = r.getString(i++);
                String fp = r.getString(i++);
                String contentHash = r.getString(i++);
                String outlet = r.getString(i++);
                LocalDate published = date(r, i++);
                String url = r.getString(i++);
                String type = r.getString(i++);
                String mode = r.getString(i++);
                String cameo = r.getString(i++);
                int quad = r.getInt(i++);
                int sentence = r.getInt(i++);
                double conf = r.getDouble(i++);
                String evidence = r.getString(i++);
                String modality = r.getString(i++);
                var source = new ClusterMention.ActorLabel(r.getString(i++), r.getString(i++), r.getString(i++),
                    r.getString(i++), r.getString(i++), r.getString(i++));
                var target = new ClusterMention.ActorLabel(r.getString(i++), r.getString(i++), r.getString(i++),
                    r.getString(i++), r.getString(i++), r.getString(i++));
                String placeKey = r.getString(i++);
                String lname = r.getString(i++);
                String lcountry = r.getString(i++);
                String ladmin = r.getString(i++);
                Double lat = (Double) r.getObject(i++);
                Double lon = (Double) r.getObject(i++);
                Object gid = r.getObject(i++);
                String lprec = r.getString(i++);
                var place = new ClusterMention.Place(placeKey, lname, lcountry, ladmin, lat, lon,
                    gid == null ? null : ((Number) gid).longValue(), lprec);
                String speaker = r.getString(i++);
                String via = r.getString(i++);
                Object anon = r.getObject(i++);
                Map<String, Object> q = parse(r.getString(i++), MAP);
                Map<String, String> t = parse(r.getString(i++), STRINGS);
                groups.computeIfAbsent(intern.computeIfAbsent(key, k -> k), k -> new ArrayList<>()).add(
                    new ClusterMention(key, date, articleId, ordinal, mentionId, fp, contentHash, outlet, published,
                        url, type, mode, cameo, quad, sentence, conf, evidence, modality, source, target, place,
                        speaker, via, anon == null ? null : (Boolean) anon, q, t));
            }
        }
        return groups;
    }

    private static <T> T parse(String json, TypeReference<T> type) {
        try {
            return MentionRows.JSON.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalStateException("bad JSON in the store: " + json, e);
        }
    }

    private static LocalDate date(ResultSet r, int i) throws SQLException {
        String s = r.getString(i);
        return s == null ? null : LocalDate.parse(s);
    }

    /**
     * The id of the event a cluster key forms starting on {@code date}; for an undated event, the one it
     * forms in the article text {@code contentHash}.
     */
    static String eventId(String clusterKey, LocalDate date, String contentHash) {
        return Hashes.sha256(Hashes.join(clusterKey, date == null ? "undated:" + contentHash : date.toString()), 16);
    }

    private static void write(Connection conn, PreparedStatement p, String key, List<ClusterMention> c)
        throws SQLException {
        List<ClusterMention> byReport = new ArrayList<>(c);
        byReport.sort(ClusterMention::reportOrder);
        ClusterMention rep = byReport.get(0);
        LocalDate start = c.get(0).date();
        LocalDate end = c.get(c.size() - 1).date();
        TreeSet<String> fingerprints = new TreeSet<>();
        TreeSet<String> contents = new TreeSet<>();
        TreeSet<String> sources = new TreeSet<>();
        TreeSet<String> outlets = new TreeSet<>();
        TreeSet<String> speakers = new TreeSet<>();
        TreeSet<String> modalities = new TreeSet<>();
        TreeSet<String> articles = new TreeSet<>();
        TreeSet<String> mentions = new TreeSet<>();
        Map<String, Integer> modes = new TreeMap<>();
        Map<String, Integer> roots = new TreeMap<>();
        LocalDate first = null;
        LocalDate last = null;
        boolean isRoot = false;
        double confidence = 0;
        ClusterMention.Place place = null;
        for (ClusterMention m : byReport) {
            fingerprints.add(m.fingerprint());
            contents.add(m.contentHash());
            sources.add(m.outlet() == null ? "\u0000unknown" : m.outlet());
            if (m.outlet() != null) {
                outlets.add(m.outlet());
            }
            if (m.speaker() != null) {
                speakers.add(m.speaker());
            }
            modalities.add(m.modality());
            articles.add(m.articleId());
            mentions.add(m.mentionId());
            if (m.mode() != null) {
                modes.merge(m.mode(), 1, Integer::sum);
            }
            roots.merge(m.cameoRoot(), 1, Integer::sum);
            if (m.published() != null) {
                first = first == null || m.published().isBefore(first) ? m.published() : first;
                last = last == null || m.published().isAfter(last) ? m.published() : last;
            }
            isRoot |= m.sentence() == 0;
            confidence = Math.max(confidence, m.confidence());
            if (place == null && m.place().name() != null) {
                place = m.place();
            }
        }
        if (place == null) {
            place = rep.place();
        }
        String cameo = mostCommon(roots);
        Contest.Result contest = Contest.judge(byReport);
        int i = 1;
        p.setString(i++, eventId(key, start, c.get(0).contentHash()));
        p.setString(i++, key);
        MentionRows.setDate(p, i++, start);
        MentionRows.setDate(p, i++, end);
        p.setString(i++, rep.eventType());
        p.setString(i++, mostCommon(modes));
        p.setString(i++, cameo);
        p.setInt(i++, rep.quadClass());
        p.setDouble(i++, org.parley.model.Cameo.goldstein(cameo));
        i = actor(p, i, rep.source());
        i = actor(p, i, rep.target());
        p.setString(i++, place.key());
        p.setString(i++, place.name());
        p.setString(i++, place.country());
        p.setString(i++, place.admin1());
        MentionRows.setDouble(p, i++, place.lat());
        MentionRows.setDouble(p, i++, place.lon());
        MentionRows.setLong(p, i++, place.geonamesId());
        p.setString(i++, place.precision());
        p.setInt(i++, fingerprints.size());
        p.setInt(i++, contents.size());
        p.setInt(i++, sources.size());
        MentionRows.setDate(p, i++, first);
        MentionRows.setDate(p, i++, last);
        p.setBoolean(i++, isRoot);
        p.setDouble(i++, confidence);
        p.setString(i++, rep.evidence());
        p.setString(i++, rep.url());
        p.setArray(i++, conn.createArrayOf("VARCHAR", modalities.toArray()));
        p.setArray(i++, conn.createArrayOf("VARCHAR", outlets.toArray()));
        p.setArray(i++, conn.createArrayOf("VARCHAR", speakers.toArray()));
        p.setArray(i++, conn.createArrayOf("VARCHAR", articles.toArray()));
        p.setArray(i++, conn.createArrayOf("VARCHAR", mentions.toArray()));
        p.setString(i++, MentionRows.json(contest.agreedQuantities()));
        p.setString(i++, MentionRows.json(contest.agreedTerms()));
        p.setBoolean(i++, !contest.contestedFields().isEmpty());
        p.setArray(i++, conn.createArrayOf("VARCHAR", contest.contestedFields().toArray()));
        p.setString(i++, Contest.versionsJson(contest.versions()));
        if (i != EVENT_COLUMNS + 1) {
            throw new IllegalStateException("event row has " + (i - 1) + " columns");
        }
    }

    private static int actor(PreparedStatement p, int i, ClusterMention.ActorLabel a) throws SQLException {
        p.setString(i++, a.key());
        p.setString(i++, a.text());
        p.setString(i++, a.name());
        p.setString(i++, a.id());
        p.setString(i++, a.country());
        p.setString(i++, a.sector());
        return i;
    }

    private static String mostCommon(Map<String, Integer> counts) {
        String best = null;
        int n = -1;
        for (var e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }
}
