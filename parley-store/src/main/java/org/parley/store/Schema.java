package org.parley.store;

import java.util.List;

/** The store's tables (documented in docs/store.md); version 1. */
public final class Schema {
    static final int VERSION = 1;

    /** The store's tables, in dependency order. */
    public static final List<String> TABLES = List.of("meta", "articles", "mentions", "mention_actors", "events", "actors");

    static final List<String> DDL = List.of(
        """
        CREATE TABLE meta (
          key VARCHAR PRIMARY KEY,
          value VARCHAR NOT NULL)""",
        """
        CREATE TABLE articles (
          article_id VARCHAR PRIMARY KEY,
          identity VARCHAR NOT NULL,
          input_id VARCHAR NOT NULL,
          url VARCHAR,
          outlet VARCHAR,
          title VARCHAR,
          published DATE,
          content_hash VARCHAR NOT NULL,
          record_hash VARCHAR NOT NULL,
          coder VARCHAR NOT NULL,
          chars INTEGER NOT NULL,
          sentences INTEGER NOT NULL,
          parsed INTEGER NOT NULL,
          mentions INTEGER NOT NULL)""",
        """
        CREATE TABLE mentions (
          mention_id VARCHAR NOT NULL,
          article_id VARCHAR NOT NULL,
          ordinal INTEGER NOT NULL,
          fingerprint VARCHAR NOT NULL,
          cluster_key VARCHAR NOT NULL,
          input_article_id VARCHAR NOT NULL,
          sentence INTEGER NOT NULL,
          evidence VARCHAR NOT NULL,
          evidence_start INTEGER,
          evidence_end INTEGER,
          date DATE,
          date_precision VARCHAR,
          event_type VARCHAR NOT NULL,
          mode VARCHAR,
          context VARCHAR[] NOT NULL,
          cameo_root VARCHAR NOT NULL,
          quad_class TINYINT NOT NULL,
          goldstein DOUBLE NOT NULL,
          modality VARCHAR NOT NULL,
          negated BOOLEAN NOT NULL,
          source_key VARCHAR NOT NULL,
          source_text VARCHAR,
          source_name VARCHAR,
          source_id VARCHAR,
          source_country VARCHAR,
          source_sector VARCHAR,
          target_key VARCHAR NOT NULL,
          target_text VARCHAR,
          target_name VARCHAR,
          target_id VARCHAR,
          target_country VARCHAR,
          target_sector VARCHAR,
          place_key VARCHAR NOT NULL,
          location_text VARCHAR,
          location_name VARCHAR,
          location_country VARCHAR,
          location_admin1 VARCHAR,
          location_lat DOUBLE,
          location_lon DOUBLE,
          location_geonames_id BIGINT,
          location_precision VARCHAR,
          speaker VARCHAR,
          via VARCHAR,
          anonymous BOOLEAN,
          cue VARCHAR,
          quantities JSON NOT NULL,
          terms JSON NOT NULL,
          confidence DOUBLE NOT NULL,
          rule VARCHAR,
          json VARCHAR NOT NULL)""",
        """
        CREATE TABLE mention_actors (
          article_id VARCHAR NOT NULL,
          ordinal INTEGER NOT NULL,
          role VARCHAR NOT NULL,
          actor_key VARCHAR NOT NULL,
          text VARCHAR,
          name VARCHAR,
          id VARCHAR,
          country VARCHAR,
          sector VARCHAR)""",
        """
        CREATE TABLE events (
          event_id VARCHAR NOT NULL,
          cluster_key VARCHAR NOT NULL,
          date DATE,
          date_end DATE,
          event_type VARCHAR NOT NULL,
          mode VARCHAR,
          cameo_root VARCHAR NOT NULL,
          quad_class TINYINT NOT NULL,
          goldstein DOUBLE NOT NULL,
          source_key VARCHAR NOT NULL,
          source_text VARCHAR,
          source_name VARCHAR,
          source_id VARCHAR,
          source_country VARCHAR,
          source_sector VARCHAR,
          target_key VARCHAR NOT NULL,
          target_text VARCHAR,
          target_name VARCHAR,
          target_id VARCHAR,
          target_country VARCHAR,
          target_sector VARCHAR,
          place_key VARCHAR NOT NULL,
          location_name VARCHAR,
          location_country VARCHAR,
          location_admin1 VARCHAR,
          location_lat DOUBLE,
          location_lon DOUBLE,
          location_geonames_id BIGINT,
          location_precision VARCHAR,
          num_mentions INTEGER NOT NULL,
          num_articles INTEGER NOT NULL,
          num_sources INTEGER NOT NULL,
          first_seen DATE,
          last_seen DATE,
          is_root BOOLEAN NOT NULL,
          confidence DOUBLE NOT NULL,
          evidence VARCHAR NOT NULL,
          source_url VARCHAR,
          modalities VARCHAR[] NOT NULL,
          outlets VARCHAR[] NOT NULL,
          speakers VARCHAR[] NOT NULL,
          article_ids VARCHAR[] NOT NULL,
          mention_ids VARCHAR[] NOT NULL,
          quantities JSON NOT NULL,
          terms JSON NOT NULL,
          contested BOOLEAN NOT NULL,
          contested_fields VARCHAR[] NOT NULL,
          versions JSON NOT NULL)""",
        """
        CREATE TABLE actors (
          actor_key VARCHAR NOT NULL,
          id VARCHAR,
          name VARCHAR,
          country VARCHAR,
          sector VARCHAR,
          text VARCHAR,
          as_source INTEGER NOT NULL,
          as_target INTEGER NOT NULL,
          articles INTEGER NOT NULL,
          first_date DATE,
          last_date DATE)""");

    /** Sort orders that make every table's export deterministic. */
    static String order(String table) {
        return switch (table) {
            case "articles" -> "published NULLS LAST, article_id";
            case "mentions" -> "input_article_id, article_id, ordinal";
            case "mention_actors" -> "article_id, ordinal, role, actor_key";
            case "events" -> "date NULLS LAST, event_id";
            case "actors" -> "as_source + as_target DESC, actor_key";
            default -> "key";
        };
    }

    private Schema() {
    }
}
