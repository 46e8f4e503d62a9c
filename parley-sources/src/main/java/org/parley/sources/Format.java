package org.parley.sources;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The kinds of source a {@link SourceReader} understands, told by file name or by content. */
public enum Format {
    /** One plain-text article per file. */
    TEXT,
    /** One JSON article per line. */
    JSONL,
    /** One HTML page per file. */
    HTML,
    /** An RSS or Atom feed: one article per item. */
    FEED,
    /** A WARC (or ARC, or WET) web archive: one article per HTML response or text conversion record. */
    WARC;

    /**
     * The format a file name announces (after any compression suffix is removed), or null when the
     * name says nothing and the content must be sniffed.
     */
    public static Format fromName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        int dot = n.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        switch (n.substring(dot + 1)) {
            case "jsonl", "ndjson", "json":
                return JSONL;
            case "txt", "text":
                return TEXT;
            case "html", "htm", "xhtml", "shtml":
                return HTML;
            case "rss", "atom", "rdf", "xml":
                return FEED;
            case "warc", "arc", "wet":
                return WARC;
            default:
                return null;
        }
    }

    /** Tells the format from the first bytes of the (decompressed) content. */
    public static Format sniff(byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1);
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            s = s.substring(3);
        }
        String t = s.stripLeading();
        if (t.startsWith("WARC/") || t.startsWith("filedesc://")) {
            return WARC;
        }
        if (t.startsWith("{")) {
            return JSONL;
        }
        if (t.startsWith("<")) {
            String l = t.toLowerCase(Locale.ROOT);
            if (l.contains("<rss") || l.contains("<feed") || l.contains("<rdf:rdf")) {
                return FEED;
            }
            if (l.contains("<html") || l.contains("<!doctype html") || l.contains("<head") || l.contains("<body")
                || l.contains("<p>") || l.contains("<article")) {
                return HTML;
            }
            if (l.startsWith("<?xml")) {
                return FEED;
            }
        }
        return TEXT;
    }
}
