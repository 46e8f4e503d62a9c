package org.parley.store;

import org.parley.model.Article;

/**
 * Who an article is, for the store. Its <em>identity</em> is its URL (normalised) when it has one,
 * else the id its source gave it; the {@code articleId} is a hash of that identity. Its
 * {@code contentHash} (of the text) tells copies of the same story apart from different stories; its
 * {@code recordHash} (of everything stored about it, and the coder that coded it) tells whether a
 * second sight of the same identity changed anything.
 *
 * @param articleId   16 hex digits of SHA-256 of {@code identity}
 * @param identity    {@code url:<normalised URL>} or {@code id:<source id>}
 * @param contentHash 32 hex digits of SHA-256 of the text
 * @param recordHash  32 hex digits of SHA-256 of identity, source id, URL, outlet, title, date, text and coder
 * @param coder       fingerprint of the coder ({@link CoderFingerprint})
 */
public record ArticleIdentity(String articleId, String identity, String contentHash, String recordHash, String coder) {
    /**
     * @param coder fingerprint of the coder that codes (or coded) the article; see {@link CoderFingerprint}
     */
    public static ArticleIdentity of(Article a, String coder) {
        String identity = a.url() != null && !a.url().isBlank() ? "url:" + Urls.normalize(a.url()) : "id:" + a.id();
        String content = Hashes.sha256(a.text(), 32);
        String record = Hashes.sha256(Hashes.join(identity, a.id(), a.url(), a.outlet(), a.title(), a.date(),
            content, coder), 32);
        return new ArticleIdentity(Hashes.sha256(identity, 16), identity, content, record, coder);
    }
}
