package org.parley.sources.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parley.sources.Dates;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a page says about itself: schema.org JSON-LD ({@code NewsArticle} and kin), Open Graph and
 * other {@code <meta>} tags, {@code <link rel=canonical>}, {@code <time>}. JSON-LD wins over meta tags,
 * which win over the page's visible elements. Thread-safe (stateless).
 */
final class PageMeta {
    private static final ObjectMapper JSON = JsonMapper.builder()
        .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
            JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .enable(JsonParser.Feature.ALLOW_COMMENTS)
        .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
        "analysisnewsarticle", "blogposting", "liveblogposting", "backgroundnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "report", "socialmediaposting");
    private static final List<String> DATE_METAS = List.of("article:published_time", "og:article:published_time",
        "datepublished", "article.published", "publishdate", "publish-date", "publish_date", "pubdate",
        "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "dcterms.date", "date",
        "sailthru.date", "parsely-pub-date", "og:published_time", "article:modified_time", "og:updated_time");

    String title;
    LocalDate date;
    String outlet;
    String url;
    String articleBody;

    private PageMeta() {
    }

    static PageMeta read(Document doc) {
        PageMeta m = new PageMeta();
        m.jsonLd(doc);
        if (m.title == null) {
            m.title = meta(doc, "og:title", "twitter:title", "headline");
        }
        if (m.date == null) {
            for (String k : DATE_METAS) {
                LocalDate d = Dates.parse(meta(doc, k));
                if (d != null) {
                    m.date = d;
                    break;
                }
            }
        }
        if (m.date == null) {
            for (Element t : doc.select("time[datetime]")) {
                if (t.hasAttr("pubdate") || "datePublished".equals(t.attr("itemprop"))
                    || t.closest("article") != null) {
                    m.date = Dates.parse(t.attr("datetime"));
                    if (m.date != null) {
                        break;
                    }
                }
            }
        }
        if (m.outlet == null) {
            m.outlet = meta(doc, "og:site_name", "application-name", "publisher", "dc.publisher");
        }
        String canonical = absolute(doc.selectFirst("link[rel=canonical][href]"), "href");
        if (canonical == null) {
            canonical = httpUrl(meta(doc, "og:url"));
        }
        if (canonical != null) {
            m.url = canonical;
        }
        if (m.title == null) {
            Element h1 = doc.selectFirst("article h1, main h1, h1");
            if (h1 != null && !h1.text().isBlank()) {
                m.title = h1.text().strip();
            }
        }
        if (m.title == null && !doc.title().isBlank()) {
            m.title = doc.title().strip();
        }
        if (m.title != null && m.outlet != null) {
            m.title = stripSiteSuffix(m.title, m.outlet);
        }
        return m;
    }

    private static String stripSiteSuffix(String title, String outlet) {
        for (String sep : new String[] {" | ", " - ", " \u2013 ", " \u2014 ", " :: "}) {
            String suffix = sep + outlet;
            if (title.endsWith(suffix) && title.length() > suffix.length()) {
                return title.substring(0, title.length() - suffix.length()).strip();
            }
        }
        return title;
    }

    private void jsonLd(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(s.data());
            } catch (java.io.IOException e) {
                continue;
            }
            List<JsonNode> nodes = new ArrayList<>();
            collect(root, nodes, 0);
            for (JsonNode n : nodes) {
                if (!isArticle(n)) {
                    continue;
                }
                if (title == null) {
                    title = text(n, "headline");
                }
                if (date == null) {
                    date = Dates.parse(text(n, "datePublished"));
                    if (date == null) {
                        date = Dates.parse(text(n, "dateCreated"));
                    }
                }
                if (outlet == null) {
                    JsonNode p = n.get("publisher");
                    if (p != null && p.isArray() && p.size() > 0) {
                        p = p.get(0);
                    }
                    if (p != null) {
                        outlet = p.isTextual() ? blankToNull(p.asText()) : text(p, "name");
                    }
                }
                if (url == null) {
                    url = httpUrl(text(n, "url"));
                    JsonNode main = n.get("mainEntityOfPage");
                    if (url == null && main != null) {
                        url = httpUrl(main.isTextual() ? main.asText() : text(main, "@id"));
                    }
                }
                if (articleBody == null) {
                    articleBody = text(n, "articleBody");
                }
            }
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 6) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> collect(c, out, depth + 1));
        } else if (n.isObject()) {
            out.add(n);
            collect(n.get("@graph"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (ARTICLE_TYPES.contains(x.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        return blankToNull(v.asText());
    }

    private static String meta(Document doc, String... keys) {
        for (String k : keys) {
            for (Element e : doc.select("meta[content]")) {
                String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name")
                    : e.attr("itemprop");
                if (key.equalsIgnoreCase(k)) {
                    String c = blankToNull(e.attr("content"));
                    if (c != null) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static String absolute(Element e, String attr) {
        if (e == null) {
            return null;
        }
        String abs = e.absUrl(attr);
        return httpUrl(abs.isEmpty() ? e.attr(attr) : abs);
    }

    /** The string when it is an absolute http(s) URL, else null. */
    static String httpUrl(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        try {
            URI u = new URI(t);
            String scheme = u.getScheme();
            if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                && u.getHost() != null) {
                return t;
            }
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
