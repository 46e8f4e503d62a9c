package org.parley.sources.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The main text of a news page, without its boilerplate: navigation, menus, headers and footers,
 * asides, figures and captions, share buttons, comment prompts, newsletter boxes, related-story
 * lists, ads and hidden elements.
 *
 * <p>How: the page's metadata is read first ({@link PageMeta}); then every element that is
 * boilerplate by tag, ARIA role, or class/id word ({@code share}, {@code comment}, {@code caption},
 * {@code related}, …) is dropped unless its class also says it holds content ({@code article},
 * {@code body}, {@code content}, {@code story}, …); the container of the article is the element whose
 * direct paragraphs carry the most text (after readability's scoring: a paragraph's length counts for
 * its parent and half for its grandparent); its blocks (paragraphs, subheads, quotes, list items) are
 * kept unless mostly links or a known prompt ("Share this", "Sign up for…", "Read more"). Paragraphs
 * are joined by a blank line so that no sentence runs across two of them.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlExtractor {
    private static final String DROP_TAGS = "script, style, noscript, template, iframe, svg, canvas, form, button,"
        + " input, select, textarea, nav, aside, footer, figure, figcaption, picture, video, audio, object, embed,"
        + " dialog, menu, link, meta";
    private static final String DROP_ROLES = "[role=navigation], [role=banner], [role=contentinfo],"
        + " [role=complementary], [role=dialog], [role=alert], [role=menu], [role=menubar], [role=search],"
        + " [role=toolbar], [hidden], [aria-hidden=true]";
    private static final Set<String> BOILERPLATE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "footer",
        "sidebar", "share", "sharing", "shares", "social", "comment", "comments", "related", "recommended",
        "recommendations", "promo", "promotion", "advert", "advertisement", "ads", "ad", "adslot", "sponsor",
        "sponsored", "cookie", "cookies", "consent", "newsletter", "subscribe", "subscription", "signup",
        "caption", "captions", "credit", "credits", "breadcrumb", "breadcrumbs", "tags", "taglist", "popup",
        "modal", "banner", "toolbar", "print", "outbrain", "taboola", "popular", "trending", "widget", "skip",
        "hidden", "sr", "visually", "masthead", "topbar", "byline", "author", "bio", "disclaimer", "paywall",
        "gallery", "video", "player", "rating", "poll", "survey", "more", "next", "prev", "pagination");
    private static final Set<String> CONTENT_WORDS = Set.of("article", "body", "content", "story", "main", "text",
        "post", "entry", "articlebody", "storybody");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");
    private static final Pattern STYLE_HIDDEN = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
        Pattern.CASE_INSENSITIVE);
    /** Short blocks that are interface, not news. Matched on the whole block, case-insensitively. */
    private static final Pattern PROMPT = Pattern.compile(
        "^(?:share(?: this(?: article| story| page)?| on \\w+| via \\w+)?|tweet|email|e-mail|print|save|copy link"
            + "|comments?(?: \\(\\d+\\))?|\\d+ comments?|leave a (?:comment|reply)|post a comment|add (?:a|your) comment"
            + "|join the (?:conversation|discussion)|show comments|view comments|read more|read the full (?:story|article)"
            + "|continue reading|related(?: (?:stories|articles|topics|content|coverage))?|more on this(?: story)?"
            + "|advertisement|sponsored(?: content)?|subscribe(?: now)?|sign up|log ?in|register|follow us(?: on \\w+)?"
            + "|click here|image(?: caption)?|photo|picture|video|getty images|reuters|ap photo|all rights reserved"
            + "|skip to (?:main )?content|back to top|top stories|most (?:read|popular|viewed)|you may also like"
            + "|recommended(?: for you)?|listen(?: to this article)?|(?:image|photo|picture) (?:copyright|source|caption)"
            + "|(?:\\u00a9|copyright).*|media playback is unsupported on your device|the post .* appeared first on .*"
            + "|sign up (?:for|to) .*|get (?:our|the) .* newsletter.*|we use cookies.*|this (?:article|story) was .*"
            + "|\\[?\\u2026\\]?|\\.\\.\\.)[.!:]?$",
        Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre",
        "dd", "td");

    private HtmlExtractor() {
    }

    /**
     * Extracts a page.
     *
     * @param html    the decoded page
     * @param baseUri the URL the page was fetched from (resolves relative links), or null
     */
    public static Page extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        PageMeta meta = PageMeta.read(doc);
        clean(doc.body());
        String text = mainText(doc.body());
        if (text.length() < 200 && meta.articleBody != null && meta.articleBody.length() > text.length()) {
            text = normalizeParagraphs(meta.articleBody);
        }
        String outlet = meta.outlet;
        String url = meta.url;
        if (url == null && baseUri != null && PageMeta.httpUrl(baseUri) != null) {
            url = baseUri;
        }
        if (outlet == null && url != null) {
            outlet = host(url);
        }
        return new Page(meta.title, text, meta.date, outlet, url);
    }

    /** The text of an HTML fragment (a feed item's content), with the same boilerplate rules. */
    public static String fragmentText(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        clean(doc.body());
        List<String> blocks = new ArrayList<>();
        collectBlocks(doc.body(), blocks);
        if (blocks.isEmpty()) {
            String t = squash(doc.body().text());
            return PROMPT.matcher(t).matches() ? "" : t;
        }
        return String.join("\n\n", blocks);
    }

    /** The host of a URL without {@code www.}, or null. */
    public static String host(String url) {
        try {
            String h = new URI(url.strip()).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static void clean(Element body) {
        if (body == null) {
            return;
        }
        body.select(DROP_TAGS).remove();
        body.select(DROP_ROLES).remove();
        for (Element e : body.select("[style]")) {
            if (STYLE_HIDDEN.matcher(e.attr("style")).find()) {
                e.remove();
            }
        }
        for (Element h : body.select("header")) {
            if (h.closest("article") == null) {
                h.remove();
            }
        }
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || e.tagName().equals("article") || e.tagName().equals("main")) {
                continue;
            }
            if (isBoilerplate(e)) {
                drop.add(e);
            }
        }
        for (Element e : drop) {
            e.remove();
        }
    }

    private static boolean isBoilerplate(Element e) {
        String cls = e.className() + " " + e.id();
        if (cls.isBlank()) {
            return false;
        }
        boolean bad = false;
        for (String w : WORD_SPLIT.split(cls)) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (CONTENT_WORDS.contains(lw)) {
                return false;
            }
            bad |= BOILERPLATE_WORDS.contains(lw);
        }
        return bad;
    }

    private static String mainText(Element body) {
        if (body == null) {
            return "";
        }
        Element root = bestContainer(body);
        List<String> blocks = new ArrayList<>();
        collectBlocks(root, blocks);
        return String.join("\n\n", blocks);
    }

    private static Element bestContainer(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null && paragraphChars(marked) >= 200) {
            return marked;
        }
        Map<Element, Double> score = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, blockquote, div, section, td")) {
            int len;
            if (p.tagName().equals("p") || p.tagName().equals("pre") || p.tagName().equals("blockquote")) {
                len = ownText(p).length();
            } else if (isTextDiv(p)) {
                len = ownText(p).length();
            } else {
                continue;
            }
            if (len < 25) {
                continue;
            }
            double s = 1 + Math.min(3, len / 100.0) + commas(p);
            s *= 1 - linkDensity(p);
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, s, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    score.merge(grand, s / 2, Double::sum);
                }
            }
        }
        Element best = body;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            double s = e.getValue();
            if (s > bestScore || s == bestScore && best != body && e.getKey().siblingIndex() < best.siblingIndex()) {
                best = e.getKey();
                bestScore = s;
            }
        }
        // a story split over sibling containers: take their common parent when a sibling scores close
        Element parent = best.parent();
        if (parent != null && best != body) {
            for (Element sib : parent.children()) {
                if (sib != best && score.getOrDefault(sib, 0.0) >= bestScore * 0.5 && score.get(sib) > 3) {
                    return parent;
                }
            }
        }
        return best;
    }

    private static boolean isTextDiv(Element e) {
        if (!(e.tagName().equals("div") || e.tagName().equals("section") || e.tagName().equals("td"))) {
            return false;
        }
        for (Element c : e.children()) {
            if (!c.tagName().equals("br") && !c.tagName().equals("a") && !c.tagName().equals("b")
                && !c.tagName().equals("i") && !c.tagName().equals("em") && !c.tagName().equals("strong")
                && !c.tagName().equals("span")) {
                return false;
            }
        }
        return true;
    }

    private static int paragraphChars(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    private static void collectBlocks(Element root, List<String> out) {
        Map<String, Integer> seen = new HashMap<>();
        collect(root, out, seen);
    }

    private static void collect(Element e, List<String> out, Map<String, Integer> seen) {
        String tag = e.tagName();
        if (BLOCK_TAGS.contains(tag) || isTextDiv(e) && !e.text().isBlank()) {
            if ((tag.equals("li") || tag.equals("td") || tag.equals("dd")) && hasBlockChild(e)) {
                for (Element c : e.children()) {
                    collect(c, out, seen);
                }
                return;
            }
            String t = squash(blockText(e));
            if (keep(e, t, tag) && seen.merge(t, 1, Integer::sum) == 1) {
                out.add(t);
            }
            return;
        }
        for (Element c : e.children()) {
            collect(c, out, seen);
        }
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCK_TAGS.contains(c.tagName()) || c.tagName().equals("div") || c.tagName().equals("ul")
                || c.tagName().equals("ol")) {
                return true;
            }
        }
        return false;
    }

    private static boolean keep(Element e, String t, String tag) {
        if (t.isEmpty() || PROMPT.matcher(t).matches()) {
            return false;
        }
        int words = t.split("\\s+").length;
        if (tag.startsWith("h") && words < 3) {
            return false;
        }
        if ((tag.equals("li") || tag.equals("td") || tag.equals("dd")) && (words < 6 || !endsSentence(t))) {
            return false;
        }
        if (words < 3 && !endsSentence(t)) {
            return false;
        }
        return linkDensity(e) <= 0.5;
    }

    private static boolean endsSentence(String t) {
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201D' || c == ':' || c == ')';
    }

    /** Text of a block with {@code <br>} as a space and nothing else added. */
    private static String blockText(Element e) {
        StringBuilder sb = new StringBuilder();
        appendText(e, sb);
        return sb.toString();
    }

    private static void appendText(Node n, StringBuilder sb) {
        for (Node c : n.childNodes()) {
            if (c instanceof TextNode t) {
                sb.append(t.text());
            } else if (c instanceof Element el) {
                if (el.tagName().equals("br")) {
                    sb.append(' ');
                } else {
                    boolean block = el.isBlock();
                    if (block) {
                        sb.append(' ');
                    }
                    appendText(el, sb);
                    if (block) {
                        sb.append(' ');
                    }
                }
            }
        }
    }

    private static String ownText(Element e) {
        return e.text();
    }

    private static int commas(Element e) {
        String t = e.text();
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == ',') {
                n++;
            }
        }
        return Math.min(n, 5);
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        Elements as = e.select("a");
        for (Element a : as) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) all);
    }

    private static String squash(String s) {
        return s.replace('\u00A0', ' ').replaceAll("[\\s\\u200B\\uFEFF]+", " ").strip();
    }

    private static String normalizeParagraphs(String s) {
        List<String> paras = new ArrayList<>();
        for (String p : s.split("\\R\\s*\\R|\\R")) {
            String t = squash(p);
            if (!t.isEmpty()) {
                paras.add(t);
            }
        }
        return String.join("\n\n", paras);
    }
}
