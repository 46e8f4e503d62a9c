package org.parley.store;

import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.Attribution;
import org.parley.model.Cameo;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Location;
import org.parley.model.Modality;
import org.parley.model.Quantities;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Articles and events built by hand, as the coder would make them; and a dump of a store for comparison. */
final class Fixtures {
    static final String CODER = "test-coder";
    static final Actor TALIBAN = Actor.simple("the Taliban", "Taliban", "ORG:taliban", "AFG", "INS");
    static final Actor AFG_GOV = Actor.simple("the Afghan government", null, null, "AFG", "GOV");
    static final Actor POLICE = Actor.simple("police", null, null, "AFG", "COP");
    static final Actor REBELS = Actor.simple("the rebels", null, null, null, "REB");
    static final Location KABUL = new Location("Kabul", "Kabul", "AFG", "Kabul", 34.53, 69.17, 1138958L, "city");

    private Fixtures() {
    }

    /**
     * An article whose text is its events' evidence sentences and a tag that makes it unique: its id, or
     * for an id {@code copy=a2} the tag of {@code a2} (a verbatim copy of that story).
     */
    static CodedArticle article(String id, String url, String outlet, LocalDate date, EventSpec... specs) {
        StringBuilder text = new StringBuilder();
        for (EventSpec s : specs) {
            text.append(s.evidence).append(' ');
        }
        text.append("[").append(id.contains("=") ? id.substring(id.indexOf('=') + 1) : id).append("]");
        Article a = new Article(id, null, text.toString(), date, outlet, url);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < specs.length; i++) {
            events.add(specs[i].toEvent(a, i));
        }
        return new CodedArticle(a, ArticleIdentity.of(a, CODER), events, specs.length, specs.length);
    }

    static EventSpec spec(EventType type, Actor source, Actor target, String evidence) {
        return new EventSpec(type, source, target, evidence, null, null, Map.of(), Modality.ASSERTED, null);
    }

    /** What one event should be; withers return changed copies. */
    record EventSpec(EventType type, Actor source, Actor target, String evidence, Location location,
                     Attribution attribution, Map<String, Object> quantities, Modality modality, LocalDate date) {
        EventSpec at(Location l) {
            return new EventSpec(type, source, target, evidence, l, attribution, quantities, modality, date);
        }

        EventSpec said(String speaker, String via) {
            return new EventSpec(type, source, target, evidence, location,
                new Attribution(speaker, via, speaker != null && !Character.isUpperCase(speaker.charAt(0)), "said"),
                quantities, modality, date);
        }

        EventSpec with(String key, Object value) {
            Map<String, Object> q = new LinkedHashMap<>(quantities);
            q.put(key, value);
            return new EventSpec(type, source, target, evidence, location, attribution, q, modality, date);
        }

        EventSpec modality(Modality m) {
            return new EventSpec(type, source, target, evidence, location, attribution, quantities, m, date);
        }

        EventSpec on(LocalDate d) {
            return new EventSpec(type, source, target, evidence, location, attribution, quantities, modality, d);
        }

        Event toEvent(Article a, int sentence) {
            LocalDate d = date != null ? date : a.date();
            String root = type.defaultCameoRoot();
            return new Event(Hashes.sha256(a.id() + "|" + sentence + "|" + type, 16), a.id(), sentence, evidence,
                d == null ? null : d.toString(), d == null ? null : "day", type, null, List.of(), root,
                type.quadClass(), Cameo.goldstein(root), modality, modality == Modality.DENIED, source, target,
                location, attribution, new Quantities(quantities), 0.9, "test rule");
        }
    }

    /** Every row of every table, in a fixed order, as text. */
    static List<String> dump(Store store) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = store.connection().createStatement()) {
            for (String t : Schema.TABLES) {
                try (ResultSet r = s.executeQuery("SELECT * FROM " + t + " ORDER BY ALL")) {
                    ResultSetMetaData md = r.getMetaData();
                    while (r.next()) {
                        StringBuilder sb = new StringBuilder(t).append(':');
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            sb.append(md.getColumnLabel(i)).append('=').append(r.getString(i)).append(';');
                        }
                        out.add(sb.toString());
                    }
                }
            }
        }
        return out;
    }

    /** One row of a query as a column-to-text map. */
    static List<Map<String, String>> rows(Store store, String sql) throws SQLException {
        List<Map<String, String>> out = new ArrayList<>();
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData md = r.getMetaData();
            while (r.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), r.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }
}
