package org.parley.sources.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.parley.io.Diagnostics;
import org.parley.model.Article;
import org.parley.sources.TextDecoding;
import org.parley.sources.html.HtmlExtractor;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Articles from an RSS (0.9x, 1.0, 2.0) or Atom feed, parsed by Rome: one article per item, its text
 * from the full content ({@code content:encoded}, Atom {@code content}) when present, else the
 * description or summary, with HTML and boilerplate removed ({@link HtmlExtractor#fragmentText}); an
 * item with no text but a title is coded from its title. Id and URL: the item's link (else its guid);
 * date: published, else updated (as a UTC date); outlet: the item's {@code <source>}, else the feed's
 * title. A malformed feed is reported once and skipped whole; an item with neither text nor title is
 * reported and skipped. Not thread-safe; use one per thread.
 */
public final class FeedArticles {
    private final Diagnostics diagnostics;
    private final LocalDate defaultDate;

    public FeedArticles(Diagnostics diagnostics, LocalDate defaultDate) {
        this.diagnostics = diagnostics;
        this.defaultDate = defaultDate;
    }

    /** Reads the feed in {@code bytes}; {@code name} names the file in messages and in generated ids. */
    public void read(String name, byte[] bytes, Consumer<Article> sink) {
        String xml;
        try {
            xml = TextDecoding.decode(bytes, null, true);
        } catch (TextDecoding.InvalidEncodingException e) {
            diagnostics.report(name, "invalid UTF-8", "at byte " + e.offset());
            return;
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            diagnostics.report(name, "malformed feed", e.getMessage());
            return;
        }
        String feedOutlet = blankToNull(feed.getTitle());
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            diagnostics.report(name, "empty feed", "no items");
            return;
        }
        int n = 0;
        for (SyndEntry e : entries) {
            n++;
            String where = name + ": item " + n;
            String title = blankToNull(e.getTitle());
            String text = "";
            for (SyndContent c : e.getContents()) {
                String t = contentText(c);
                if (t.length() > text.length()) {
                    text = t;
                }
            }
            if (text.isEmpty() && e.getDescription() != null) {
                text = contentText(e.getDescription());
            }
            if (text.isEmpty() && title != null) {
                text = title;
            }
            if (text.isEmpty()) {
                diagnostics.report(where, "no text", "the item has neither content, description nor title");
                continue;
            }
            String link = httpLink(e.getLink());
            if (link == null) {
                link = httpLink(e.getUri());
            }
            String id = link != null ? link : blankToNull(e.getUri()) != null ? e.getUri().strip() : name + "#" + n;
            Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            LocalDate date = d == null ? defaultDate : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            String outlet = e.getSource() != null ? blankToNull(e.getSource().getTitle()) : null;
            if (outlet == null) {
                outlet = feedOutlet;
            }
            if (outlet == null && link != null) {
                outlet = HtmlExtractor.host(link);
            }
            sink.accept(new Article(id, title, text, date, outlet, link));
        }
    }

    private static String contentText(SyndContent c) {
        if (c == null || c.getValue() == null) {
            return "";
        }
        String v = c.getValue();
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        if (type.equals("text") || type.equals("text/plain")) {
            return v.strip().replaceAll("\\s+", " ");
        }
        return HtmlExtractor.fragmentText(v);
    }

    private static String httpLink(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        String l = t.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://") ? t : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
