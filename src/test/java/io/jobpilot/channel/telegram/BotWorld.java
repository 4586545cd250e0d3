package io.jobpilot.channel.telegram;

import io.jobpilot.config.TelegramConfig;
import io.jobpilot.conversation.TurnPipeline;
import io.jobpilot.interview.Interview;
import io.jobpilot.matching.Matcher;
import io.jobpilot.postings.FeedResult;
import io.jobpilot.postings.Fixtures;
import io.jobpilot.postings.Posting;
import io.jobpilot.postings.PostingEnricher;
import io.jobpilot.postings.PostingIndex;
import io.jobpilot.postings.PostingRefresher;
import io.jobpilot.prompts.Templates;
import io.jobpilot.store.SqliteStore;
import io.jobpilot.taxonomy.Taxonomy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static io.jobpilot.postings.Fixtures.NOW;
import static io.jobpilot.postings.Fixtures.TODAY;

/** A real index with a few postings (one with every MarkdownV2 special character and HTML in its title) and a store. */
final class BotWorld {
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String TRICKY = "Data Analyst_*[]()~>#+-=|{}.! <b>SQL</b> & Python";
    private static Taxonomy taxonomy;
    final PostingIndex index;
    final Matcher matcher;

    BotWorld(Path dir) {
        if (taxonomy == null) {
            taxonomy = Taxonomy.load(Taxonomy.Options.shipped(null));
        }
        index = PostingIndex.open(dir.resolve("index"), null);
        List<Posting> postings = List.of(
                Fixtures.ko("t", "k1", "백엔드 개발자 (스프링 부트)").hiringOrganization("한빛소프트")
                        .qualifications("자바, 스프링 부트, REST API 경험 3년 이상")
                        .location(new Posting.Location(null, "서울", "KR", "서울특별시 강남구"))
                        .validThrough(TODAY.plusDays(30)).build(NOW),
                Fixtures.en("t", "e1", TRICKY).hiringOrganization("City <Data> Office")
                        .qualifications("SQL, Python, Tableau. 3+ years.").remote(true)
                        .location(new Posting.Location("New York", "NY", "US", null))
                        .validThrough(TODAY.plusDays(30)).build(NOW),
                Fixtures.en("t", "e2", "Data Analyst (Dashboards)").hiringOrganization("Metro Transit")
                        .qualifications("SQL, Excel, Tableau dashboards. 2+ years.").remote(true)
                        .location(new Posting.Location("New York", "NY", "US", null))
                        .validThrough(TODAY.plusDays(30)).build(NOW));
        new PostingRefresher(index, new PostingEnricher(taxonomy), CLOCK).refresh(List.of(
                new PostingRefresher.SourceBatch("t", new FeedResult(postings, List.of()), true, false)));
        matcher = new Matcher(index, taxonomy, CLOCK, false);
    }

    TurnPipeline pipeline(SqliteStore store) {
        Templates templates = new Templates();
        return new TurnPipeline(store, store, new Interview(taxonomy, templates), matcher, templates, CLOCK);
    }

    static TelegramConfig config(java.net.URI api, String mode) {
        return new TelegramConfig(api, mode, "/telegram/hook-test", TelegramEmulator.TOKEN, "s3cret_Token-1");
    }

    /** A bot on the emulator with a fresh store over {@code data}. */
    TelegramChannel bot(TelegramEmulator emulator, SqliteStore store, String mode) {
        return TelegramChannel.create(config(emulator.apiUrl(), mode), pipeline(store), store, CLOCK,
                emulator.botHttp(), Sleeper.THREAD);
    }
}
