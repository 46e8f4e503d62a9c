package org.parley.sources;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Writes small WARC files for tests, record by record, with correct lengths; optionally gzip per record. */
final class WarcFixtures {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean gzip;
    private int n;

    WarcFixtures(boolean gzip) {
        this.gzip = gzip;
    }

    WarcFixtures record(String type, String uri, String contentType, byte[] block) throws IOException {
        n++;
        StringBuilder h = new StringBuilder();
        h.append("WARC/1.0\r\n");
        h.append("WARC-Type: ").append(type).append("\r\n");
        h.append("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-").append(String.format("%012d", n)).append(">\r\n");
        h.append("WARC-Date: 2019-02-26T10:00:00Z\r\n");
        if (uri != null) {
            h.append("WARC-Target-URI: ").append(uri).append("\r\n");
        }
        h.append("Content-Type: ").append(contentType).append("\r\n");
        h.append("Content-Length: ").append(block.length).append("\r\n\r\n");
        ByteArrayOutputStream rec = new ByteArrayOutputStream();
        rec.write(h.toString().getBytes(StandardCharsets.UTF_8));
        rec.write(block);
        rec.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        if (gzip) {
            ByteArrayOutputStream z = new ByteArrayOutputStream();
            try (GZIPOutputStream g = new GZIPOutputStream(z)) {
                g.write(rec.toByteArray());
            }
            out.write(z.toByteArray());
        } else {
            out.write(rec.toByteArray());
        }
        return this;
    }

    WarcFixtures warcinfo() throws IOException {
        return record("warcinfo", null, "application/warc-fields",
            "software: parley-test\r\nformat: WARC File Format 1.0\r\n".getBytes(StandardCharsets.UTF_8));
    }

    WarcFixtures response(String uri, int status, String mime, byte[] body) throws IOException {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.write(("HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\nContent-Type: " + mime
            + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        http.write(body);
        return record("response", uri, "application/http; msgtype=response", http.toByteArray());
    }

    WarcFixtures response(String uri, String html) throws IOException {
        return response(uri, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    WarcFixtures request(String uri) throws IOException {
        return record("request", uri, "application/http; msgtype=request",
            ("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    }

    WarcFixtures conversion(String uri, String text) throws IOException {
        return record("conversion", uri, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    static String page(String title, String date, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<html><head><title>").append(title).append("</title>");
        if (date != null) {
            sb.append("<meta property=\"article:published_time\" content=\"").append(date).append("\">");
        }
        sb.append("</head><body><nav><a href=\"/\">Home</a></nav><article>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("<p>Share this</p></article></body></html>").toString();
    }
}
