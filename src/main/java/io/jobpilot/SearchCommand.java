package io.jobpilot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.jobpilot.matching.Match;
import io.jobpilot.matching.MatchQuery;
import io.jobpilot.taxonomy.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.concurrent.Callable;

/** Ranked openings for a query, with the explanation of every match. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the posting index and print ranked matches with explanations.",
                "Example: jobpilot search \"행정 사무원\" --lang ko --near 서울"})
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "QUERY", description = "A role, skills, or both, in Korean or English.")
    String query;

    @Option(names = "--lang", description = "ko or en (default: detected from the query).")
    String lang;

    @Option(names = "--near", paramLabel = "PLACE", description = "Only postings at this place (or remote, or not saying where).")
    String near;

    @Option(names = "--remote", description = "Only remote postings.")
    boolean remote;

    @Option(names = "--years", description = "Your years of experience (for the seniority fit).")
    Integer years;

    @Option(names = "--limit", defaultValue = "10", description = "How many matches (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (query.isBlank()) {
            throw new IllegalArgumentException("the query is empty: say a role or skills, e.g. \"Java backend developer\"");
        }
        if (lang != null && !List.of("ko", "en").contains(lang)) {
            throw new IllegalArgumentException("--lang must be ko or en, not '" + lang + "'");
        }
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("--limit must be from 1 to 100, not " + limit);
        }
        String language = lang != null ? lang : Text.hasHangul(query) ? "ko" : "en";
        try (App app = new App(main.config())) {
            MatchQuery q = MatchQuery.text(query, language).withLocation(near, remote).withYears(years);
            List<Match> matches = app.matcher().match(q, limit);
            if (json) {
                System.out.println(new ObjectMapper().registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(matches));
            } else {
                MatchPrinter.print(System.out, matches, language);
            }
        }
        return 0;
    }
}
