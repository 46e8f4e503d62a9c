package org.parley.sources.html;

import java.time.LocalDate;

/**
 * What an HTML page yields: its main text with boilerplate removed, and what the page says about
 * itself.
 *
 * @param title  headline, or null
 * @param text   main text, paragraphs separated by a blank line; empty when none was found
 * @param date   publication date from the page's metadata, or null
 * @param outlet publishing outlet from the page's metadata, or null
 * @param url    canonical URL from the page's metadata, or null
 */
public record Page(String title, String text, LocalDate date, String outlet, String url) {
}
