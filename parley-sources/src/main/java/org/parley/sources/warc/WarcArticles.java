package org.parley.sources.warc;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.parley.io.ArticleReader;
import org.parley.io.Diagnostics;
import org.parley.model.Article;
import org.parley.sources.TextDecoding;
import org.parley.sources.html.HtmlExtractor;
import org.parley.sources.html.Page;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Articles from a WARC file (also ARC, and Common Crawl WET files), plain or gzip-compressed per record,
 * read with jwarc: one article per {@code response} or {@code resource} record with an HTML payload
 * and HTTP status 200 (through {@link HtmlExtractor}), and per {@code conversion} record of plain text
 * (WET). Requests, metadata, revisits, redirects, errors and non-HTML payloads are passed over
 * silently and counted in {@link #ignored()}.
 *
 * <p>Id and URL: the page's canonical URL, else the record's target URI. Date: the page's own
 * publication date, else the capture date ({@code WARC-Date}, UTC), else the default date.
 * A record whose HTTP message or encoding is bad is reported (naming the file, the record number and
 * its byte offset) and skipped; a WARC whose record framing is broken is reported once and read no
 * further (records before it are kept). Not thread-safe; use one per thread.
 */
public final class WarcArticles {
    private final Diagnostics diagnostics;
    private final LocalDate defaultDate;
    private long ignored;

    public WarcArticles(Diagnostics diagnostics, LocalDate defaultDate) {
        this.diagnostics = diagnostics;
        this.defaultDate = defaultDate;
    }

    /** Records passed over because they hold no article (requests, images, redirects, …). */
    public long ignored() {
        return ignored;
    }

    /** Reads every article of the WARC in {@code in} (gzip handled here); does not close {@code in}. */
    public void read(String name, InputStream in, Consumer<Article> sink) {
        int n = 0;
        long offset = 0;
        int articles = 0;
        try (WarcReader reader = new WarcReader(nonClosing(in))) {
            reader.onWarning(w -> { });
            while (true) {
                offset = reader.position();
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    break;
                }
                n++;
                String where = name + ": record " + n + " at byte " + offset;
                if (handle(where, next.get(), sink)) {
                    articles++;
                }
            }
        } catch (IOException | RuntimeException e) {
            String where = name + ": record " + (n + 1) + " at byte " + offset;
            diagnostics.report(where, "malformed WARC", (e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage()) + (n > 0 ? "; the " + n + " records before it were read" : ""));
            return;
        }
        if (n == 0) {
            diagnostics.report(name, "empty file", "no WARC records");
        } else if (articles == 0) {
            diagnostics.warn(name, "no HTML page or text record among " + n + " WARC records");
        }
    }

    private boolean handle(String where, WarcRecord rec, Consumer<Article> sink) {
        try {
            if (rec instanceof WarcResponse resp) {
                HttpResponse http;
                try {
                    http = resp.http();
                } catch (IOException | RuntimeException e) {
                    diagnostics.report(where + " (" + resp.target() + ")", "malformed HTTP response", e.getMessage());
                    return false;
                }
                MediaType type = contentType(http.contentType());
                if (http.status() != 200 || !isHtml(type)) {
                    ignored++;
                    return false;
                }
                byte[] body = readCapped(http.bodyDecoded().stream(), where, resp.target());
                return body != null && html(where, resp, body, type.parameters().get("charset"), sink);
            }
            if (rec instanceof WarcResource res) {
                MediaType type = contentType(res.contentType());
                if (!isHtml(type)) {
                    ignored++;
                    return false;
                }
                byte[] body = readCapped(res.body().stream(), where, res.target());
                return body != null && html(where, res, body, type.parameters().get("charset"), sink);
            }
            if (rec instanceof WarcConversion conv) {
                MediaType type = contentType(conv.contentType());
                if (!type.base().toString().equals("text/plain")) {
                    ignored++;
                    return false;
                }
                byte[] body = readCapped(conv.body().stream(), where, conv.target());
                return body != null && plain(where, conv, body, type.parameters().get("charset"), sink);
            }
            ignored++;
            return false;
        } catch (IOException e) {
            diagnostics.report(where, "unreadable WARC record", e.getMessage());
            return false;
        }
    }

    private boolean html(String where, WarcTargetRecord rec, byte[] body, String charset, Consumer<Article> sink) {
        String target = rec.target();
        String html;
        try {
            html = TextDecoding.decode(body, charset, false);
        } catch (TextDecoding.InvalidEncodingException e) {
            diagnostics.report(where + " (" + target + ")", "invalid UTF-8", "at byte " + e.offset() + " of the payload");
            return false;
        }
        Page page = HtmlExtractor.extract(html, target);
        if (page.text().isBlank()) {
            diagnostics.report(where + " (" + target + ")", "no article text", "no main text found in the page");
            return false;
        }
        String url = page.url() != null ? page.url() : target;
        LocalDate date = page.date() != null ? page.date() : captureDate(rec);
        String outlet = page.outlet() != null ? page.outlet() : HtmlExtractor.host(url);
        sink.accept(new Article(url, page.title(), page.text(), date, outlet, url));
        return true;
    }

    private boolean plain(String where, WarcTargetRecord rec, byte[] body, String charset, Consumer<Article> sink) {
        String target = rec.target();
        String text;
        try {
            text = TextDecoding.decode(body, charset, false);
        } catch (TextDecoding.InvalidEncodingException e) {
            diagnostics.report(where + " (" + target + ")", "invalid UTF-8", "at byte " + e.offset() + " of the payload");
            return false;
        }
        if (text.isBlank()) {
            diagnostics.report(where + " (" + target + ")", "empty text", null);
            return false;
        }
        // WET: lines are paragraphs; the first is the page title
        String[] lines = text.strip().split("\\R");
        String title = lines.length > 1 ? lines[0].strip() : null;
        StringBuilder sb = new StringBuilder();
        for (int i = title == null ? 0 : 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!l.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(l);
            }
        }
        sink.accept(new Article(target, title, sb.toString(), captureDate(rec), HtmlExtractor.host(target), target));
        return true;
    }

    private LocalDate captureDate(WarcRecord rec) {
        try {
            return rec.date().atZone(ZoneOffset.UTC).toLocalDate();
        } catch (RuntimeException e) {
            return defaultDate;
        }
    }

    private byte[] readCapped(InputStream in, String where, String target) throws IOException {
        byte[] b = in.readNBytes(ArticleReader.MAX_RECORD_BYTES + 1);
        if (b.length > ArticleReader.MAX_RECORD_BYTES) {
            diagnostics.report(where + " (" + target + ")", "record too large",
                "over " + (ArticleReader.MAX_RECORD_BYTES >> 20) + " MB");
            return null;
        }
        return b;
    }

    private static MediaType contentType(MediaType t) {
        return t == null ? MediaType.OCTET_STREAM : t;
    }

    private static boolean isHtml(MediaType t) {
        String b = t.base().toString().toLowerCase(Locale.ROOT);
        return b.equals("text/html") || b.equals("application/xhtml+xml");
    }

    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the caller owns the stream
            }
        };
    }
}
