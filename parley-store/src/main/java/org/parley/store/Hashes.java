package org.parley.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex, cut to the length asked. Thread-safe. */
final class Hashes {
    private Hashes() {
    }

    static String sha256(String s, int hexChars) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String hex = HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
            return hex.substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Joins fields with a separator that cannot occur in them (the unit separator), nulls as empty. */
    static String join(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (sb.length() > 0) {
                sb.append('\u001f');
            }
            sb.append(p == null ? "\u0000" : p.toString());
        }
        return sb.toString();
    }
}
