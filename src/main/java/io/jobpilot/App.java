package io.jobpilot;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.jobpilot.config.Config;
import io.jobpilot.llm.Llm;
import io.jobpilot.taxonomy.Taxonomy;
import io.jobpilot.taxonomy.TextEmbedder;
import org.slf4j.LoggerFactory;
import io.jobpilot.conversation.TurnPipeline;
import io.jobpilot.interview.Interview;
import io.jobpilot.matching.Matcher;
import io.jobpilot.prompts.Templates;
import io.jobpilot.store.SqliteStore;
import io.jobpilot.postings.PostingEnricher;
import io.jobpilot.postings.PostingIndex;
import io.jobpilot.postings.PostingRefresher;
import io.jobpilot.postings.ShippedSample;

import java.time.Clock;

/** The one composition root: builds every part by hand from the configuration. Tests build the same App. */
public final class App implements AutoCloseable {
    private final Config config;
    private final Clock clock;
    private volatile Taxonomy taxonomy;
    private volatile TextEmbedder embedder;
    private PostingIndex index;
    private Matcher matcher;
    private SqliteStore store;
    private TurnPipeline pipeline;
    private io.jobpilot.alert.Alerts alerts;
    private Llm llm;
    private io.jobpilot.certification.PathPlanner planner;

    public App(Config config) {
        this(config, Clock.systemUTC());
    }

    public App(Config config, Clock clock) {
        this.config = config;
        this.clock = clock;
        ((Logger) LoggerFactory.getLogger("io.jobpilot")).setLevel(Level.toLevel(config.logLevel(), Level.WARN));
    }

    public Config config() {
        return config;
    }

    /** The embedding model of {@code llm.embeddings} (MiniLM by default), or null when {@code taxonomy.embeddings} is false. */
    public TextEmbedder embedder() {
        if (embedder == null && config.embeddings()) {
            synchronized (this) {
                if (embedder == null) {
                    embedder = io.jobpilot.llm.Embedders.from(config.llm());
                }
            }
        }
        return embedder;
    }

    /**
     * The embedder for occupation titles: the shipped title vectors were made by the built-in MiniLM; another model
     * needs its own, computed by {@code jobpilot title-vectors} into {@link #titleVectors()}. Without them titles are
     * normalised by words and aliases only (null here).
     */
    public TextEmbedder titleEmbedder() {
        TextEmbedder e = embedder();
        return io.jobpilot.llm.Embedders.isBuiltin(e) || (e != null && titleVectors().has(e)) ? e : null;
    }

    /** Title vectors computed for a configured embedding model, under {@code data.dir/title-vectors}. */
    public io.jobpilot.taxonomy.TitleVectorCache titleVectors() {
        return new io.jobpilot.taxonomy.TitleVectorCache(config.dataDir());
    }

    public Clock clock() {
        return clock;
    }

    /** The posting index under {@code data.dir/index}; on first open with an empty index, the shipped sample is indexed. */
    public synchronized PostingIndex index() {
        if (index == null) {
            index = PostingIndex.open(config.dataDir().resolve("index"), embedder());
            if (index.size() == 0 && config.sample()) {
                try {
                    refresher().refresh(ShippedSample.batches(clock.instant()));
                } catch (IllegalStateException e) {
                    // e.g. the embedding endpoint is down: serve what there is; the next start indexes the sample again
                    LoggerFactory.getLogger(App.class).warn("the shipped sample was not indexed: {}", e.getMessage());
                }
            }
        }
        return index;
    }

    public PostingRefresher refresher() {
        return new PostingRefresher(index(), new PostingEnricher(taxonomy()), clock);
    }

    public synchronized Matcher matcher() {
        if (matcher == null) {
            matcher = new Matcher(index(), taxonomy(), clock, config.sample());
        }
        return matcher;
    }

    /** The SQLite store under {@code data.dir/jobpilot.db}. */
    public synchronized SqliteStore store() {
        if (store == null) {
            store = SqliteStore.open(config.dataDir());
        }
        return store;
    }

    /** The channel-neutral turn pipeline every channel talks to. */
    public synchronized TurnPipeline pipeline() {
        if (pipeline == null) {
            Templates templates = new Templates();
            pipeline = new TurnPipeline(store(), store(), new Interview(taxonomy(), templates, llm().understanding()),
                    this::matcher, templates, clock, llm().assist(),
                    new io.jobpilot.conversation.ChatAccess(store().access(), new io.jobpilot.hiring.BriefReader(taxonomy()),
                            suggestions()), certification(templates), alerts().command());
        }
        return pipeline;
    }

    /** Alerts for new matching openings (issue 8): matched after each refresh, delivered through the outbox. */
    public synchronized io.jobpilot.alert.Alerts alerts() {
        if (alerts == null) {
            alerts = new io.jobpilot.alert.Alerts(store().alerts(), store(), store(), this::matcher, this::index,
                    new Templates(), clock, io.jobpilot.alert.AlertRules.DEFAULTS);
        }
        return alerts;
    }

    /** The language model's parts ({@code llm.provider}); {@link Llm#NONE} when none is configured. */
    public synchronized Llm llm() {
        if (llm == null) {
            llm = Llm.from(config.llm(), new Llm.Deps(store(), this::matcher, store().chatMemory(), new Templates(), clock,
                    profile -> certification(new Templates()).pathText(profile)));
        }
        return llm;
    }

    /** Anonymised candidate suggestions among findable seekers (issue 9). */
    public io.jobpilot.hiring.Suggestions suggestions() {
        return new io.jobpilot.hiring.Suggestions(this::matcher, store(), new PostingEnricher(taxonomy()));
    }

    /** What the business and counsellor API needs (issue 9); routes: {@code Api.routes(app.apiParts())}. */
    public io.jobpilot.api.ApiParts apiParts() {
        SqliteStore s = store();
        return new io.jobpilot.api.ApiParts(s.access(), new io.jobpilot.access.Keys(s.access(), clock), s, s,
                new io.jobpilot.conversation.Notices(s, s, new Templates()), new io.jobpilot.hiring.BriefReader(taxonomy()),
                suggestions(), this::matcher, certification(new Templates()), clock);
    }

    /** Certification paths and quizzes (issue 7); the planner asks for the matcher and index on first need. */
    public synchronized io.jobpilot.certification.Certification certification(Templates templates) {
        io.jobpilot.certification.PathPlanner planner = planner();
        return new io.jobpilot.certification.Certification(planner,
                new io.jobpilot.certification.PlanText(templates, taxonomy()),
                new io.jobpilot.certification.Quizzes(io.jobpilot.certification.QuizBank.shipped(), store().quizzes(), templates));
    }

    /** The certification path planner (issue 7): public API for the assistant and the counsellor console. */
    public synchronized io.jobpilot.certification.PathPlanner planner() {
        if (planner == null) {
            planner = new io.jobpilot.certification.PathPlanner(io.jobpilot.certification.Catalogue.shipped(taxonomy()),
                    taxonomy(), this::matcher, this::index, clock);
        }
        return planner;
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            index.close();
            index = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
        pipeline = null;
        alerts = null;
        llm = null;
    }

    public Taxonomy taxonomy() {
        if (taxonomy == null) {
            synchronized (this) {
                if (taxonomy == null) {
                    TextEmbedder e = titleEmbedder();
                    taxonomy = Taxonomy.load(e == null || io.jobpilot.llm.Embedders.isBuiltin(e)
                            ? Taxonomy.Options.shipped(e) : titleVectors().options(e));
                }
            }
        }
        return taxonomy;
    }
}
