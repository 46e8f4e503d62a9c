package org.parley.cli;

import org.parley.pipeline.CoderSettings;
import org.parley.pipeline.ParleyConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Options shared by the commands that code articles. */
final class InputOptions {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
        description = "Publication date for articles that carry none; anchors relative dates and office holders.")
    LocalDate date;

    @Option(names = "--actors", paramLabel = "FILE",
        description = "Extra actor file (countries, organizations, people, offices or sectors format; see docs/data-formats.md). Repeatable.")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--lexicon", paramLabel = "FILE",
        description = "Extra predicate lexicon file (predicates.tsv format). Repeatable.")
    List<Path> lexicon = new ArrayList<>();

    @Option(names = "--include-unrealized",
        description = "Also emit negated and hypothetical acts (modality denied or hypothetical, never asserted).")
    boolean includeUnrealized;

    @Option(names = "--parse-all",
        description = "Parse every sentence, not only those with an event word (slower; for measurement).")
    boolean parseAll;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    ParleyConfig config() {
        CoderSettings cs = CoderSettings.DEFAULT.withIncludeUnrealized(includeUnrealized).withParseAll(parseAll);
        return new ParleyConfig(actors, lexicon, cs, ParleyConfig.DEFAULT.nlp());
    }
}
