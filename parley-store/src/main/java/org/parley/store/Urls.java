package org.parley.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * URL normalisation for article identity: scheme and host lower-cased, {@code www.} kept, default
 * port, fragment and tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, …) dropped, an
 * empty path made {@code /}. Two URLs that normalise alike are the same article. Thread-safe.
 */
final class Urls {
    private Urls() {
    }

    static String normalize(String url) {
        String t = url.strip();
        URI u;
        try {
            u = new URI(t);
        } catch (URISyntaxException e) {
            return t;
        }
        if (u.getScheme() == null || u.getHost() == null) {
            return t;
        }
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        String host = u.getHost().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
            port = -1;
        }
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        String query = u.getRawQuery();
        if (query != null) {
            List<String> keep = new ArrayList<>();
            for (String p : query.split("&")) {
                String k = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!p.isEmpty() && !k.startsWith("utm_") && !k.equals("fbclid") && !k.equals("gclid")
                    && !k.equals("mc_cid") && !k.equals("mc_eid") && !k.equals("ocid") && !k.equals("cmpid")) {
                    keep.add(p);
                }
            }
            query = keep.isEmpty() ? null : String.join("&", keep);
        }
        return scheme + "://" + host + (port < 0 ? "" : ":" + port) + path + (query == null ? "" : "?" + query);
    }
}
