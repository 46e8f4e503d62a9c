package org.parley.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Small news fixtures written for these tests, in every source format. */
final class Corpus {
    private Corpus() {
    }

    static String json(String id, String date, String outlet, String url, String text) {
        return "{\"id\":\"" + id + "\",\"date\":\"" + date + "\",\"outlet\":\"" + outlet + "\""
            + (url == null ? "" : ",\"url\":\"" + url + "\"") + ",\"text\":\"" + text.replace("\"", "\\\"") + "\"}";
    }

    /** Stories with events, two of them disagreeing on a ceasefire's length. */
    static List<String> stories() {
        List<String> l = new ArrayList<>();
        l.add(json("r1", "2019-02-18", "Reuters", "https://reuters.example/r1",
            "The Taliban agreed to a six-month ceasefire with the Afghan government on Monday, officials said."
                + " Gunmen killed six soldiers in Kabul."));
        l.add(json("a1", "2019-02-18", "AP", "https://ap.example/a1",
            "The Taliban agreed to a three-month ceasefire with the Afghan government, a spokesman told AP."));
        l.add(json("b1", "2019-02-19", "BBC", null,
            "Russian troops attacked Ukrainian positions near Kharkiv. The results of the football match were announced."));
        l.add(json("b2", "2019-02-19", "BBC", null,
            "Police arrested dozens of protesters in Minsk on Tuesday. The weather was mild."));
        l.add(json("c1", "2019-02-20", "CNN", null, "The minister praised the new bridge."));
        return l;
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(o)) {
            z.write(b);
        }
        return o.toByteArray();
    }

    /** A one-record WARC of an HTML response. */
    static byte[] warc(String uri, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
            + "\r\n\r\n" + html;
        int len = http.getBytes(StandardCharsets.UTF_8).length;
        return ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
            + "WARC-Date: 2019-02-25T10:00:00Z\r\nWARC-Target-URI: " + uri + "\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + len + "\r\n\r\n" + http
            + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A folder of every format plus bad files. */
    static Path folder(Path dir) throws IOException {
        Path d = Files.createDirectories(dir.resolve("news"));
        List<String> good = stories();
        Files.writeString(d.resolve("wire.jsonl"), String.join("\n", good) + "\n{broken\n");
        Files.writeString(d.resolve("page.html"), """
            <html><head><title>Envoy visits Kabul</title>
            <meta property="og:site_name" content="Ledger">
            <meta property="article:published_time" content="2019-02-21T09:00:00Z">
            <link rel="canonical" href="https://ledger.example/envoy"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><p>The United States envoy met Taliban negotiators in Doha on Thursday.</p>
            <p class="share">Share this story</p></article></body></html>""");
        Files.writeString(d.resolve("feed.rss"), """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>Rebels attack convoy</title><link>https://wire.example/convoy</link>
            <pubDate>Fri, 22 Feb 2019 10:00:00 GMT</pubDate>
            <description>Rebels attacked a government convoy near Aleppo on Friday.</description></item>
            </channel></rss>""");
        Files.write(d.resolve("story.txt.gz"), gzip(
            "Protesters blocked the main road in Khartoum on Saturday.".getBytes(StandardCharsets.UTF_8)));
        Files.write(d.resolve("crawl.warc.gz"), gzip(warc("https://crawl.example/strike",
            "<html><body><article><p>Dock workers went on strike in Antwerp on Monday, a union spokesman said.</p>"
                + "</article></body></html>")));
        Files.write(d.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.writeString(d.resolve("empty.txt"), "");
        return d;
    }
}
