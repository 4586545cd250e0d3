package io.jobpilot.taxonomy;

import io.jobpilot.data.DataFileException;
import org.apache.lucene.analysis.Analyzer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The bilingual concept space: occupations (ESCO in English, 한국직업사전 in Korean, curated emerging roles in both),
 * skills with labels in both languages, and justified links between the taxonomies. Plain Java, no LLM.
 */
public final class Taxonomy {
    private final Map<String, Occupation> occupations;
    private final Map<String, Skill> skills;
    private final Map<String, List<OccupationLink>> links;
    private final Map<String, List<String>> escoToOnet;
    private final TitleNormaliser titles;
    private final SkillExtractor extractor;
    private final boolean meaning;

    private Taxonomy(OccupationData o, SkillData s, LabelIndex english, LabelIndex korean, TitleVectors vectors) {
        o.occupations.values().forEach(oc -> oc.skills().stream().filter(id -> !s.skills.containsKey(id)).findFirst()
                .ifPresent(id -> {
                    throw new DataFileException("data/curated/occupations_curated.tsv", 0,
                            oc.id() + " lists skill '" + id + "', which is not a known skill id");
                }));
        this.occupations = Map.copyOf(o.occupations);
        this.skills = s.skills;
        this.links = o.links;
        this.escoToOnet = o.escoToOnet;
        this.extractor = s.extractor;
        this.meaning = vectors != null;
        this.titles = new TitleNormaliser(o.aliases, english, korean, vectors, occupations::get, this::links);
    }

    /** How to load: where the files are, the embedding model (null: no meaning-based matching), aliases to leave out. */
    public record Options(DataSource source, TextEmbedder embedder, Set<String> excludedAliases) {
        public static Options shipped(TextEmbedder embedder) {
            return new Options(DataSource.classpath(), embedder, Set.of());
        }

        public Options excluding(Set<String> aliases) {
            return new Options(source, embedder, aliases);
        }
    }

    /** Loads the taxonomy; a missing or malformed data file fails with a {@link DataFileException} naming file and line. */
    public static Taxonomy load(Options options) {
        // Two cores: label terms, skills, vectors and the Korean index load beside the occupations and the English index.
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "taxonomy-load");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<LabelTerms> terms = CompletableFuture.supplyAsync(() -> labelTerms(options), pool);
            CompletableFuture<SkillData> skills = CompletableFuture.supplyAsync(() -> new SkillData(options.source()), pool);
            CompletableFuture<TitleVectors> vectors = CompletableFuture.supplyAsync(() -> vectors(options), pool);
            OccupationData o = new OccupationData(options.source(), options.excludedAliases());
            LabelTerms cached = join(terms);
            Analyzer ko = Analyzers.korean();
            Analyzer en = Analyzers.english();
            CompletableFuture<LabelIndex> korean = CompletableFuture.supplyAsync(
                    () -> LabelIndex.build(ko, o.koreanLabels, l -> cached.terms("ko", l, ko), koreanTitleTerms(options)), pool);
            LabelIndex english = LabelIndex.build(en, o.englishLabels, l -> cached.terms("en", l, en), Map.of());
            return new Taxonomy(o, join(skills), english, join(korean), join(vectors));
        } finally {
            pool.shutdown();
        }
    }

    /** Korean title terms read as one (see data/curated/korean_title_terms.tsv). */
    private static Map<String, String> koreanTitleTerms(Options options) {
        Map<String, String> m = new java.util.HashMap<>();
        for (var r : options.source().table("curated/korean_title_terms.tsv", "canonical", "variants").rows()) {
            for (String v : r.list("variants")) {
                if (m.putIfAbsent(v, r.required("canonical")) != null) {
                    throw r.error("term '" + v + "' is already read as '" + m.get(v) + "'");
                }
            }
        }
        return m;
    }

    private static LabelTerms labelTerms(Options options) {
        try {
            return LabelTerms.load(options.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TitleVectors vectors(Options options) {
        if (options.embedder() == null) {
            return null;
        }
        try (InputStream in = options.source().open("occupation_vectors.bin")) {
            if (in == null) {
                throw new DataFileException("data/occupation_vectors.bin", 0, "file is missing");
            }
            return TitleVectors.of(VectorFile.read("data/occupation_vectors.bin", in), options.embedder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Ranked occupations for a job title in Korean or English, each with its reason; unknown when nothing fits. */
    public TitleResult normaliseTitle(String text) {
        return titles.normalise(text, TitleNormaliser.Mode.ALL);
    }

    /** The same lookup restricted to one method; used by the evaluation to show each method's share. */
    TitleResult normaliseTitle(String text, TitleNormaliser.Mode mode) {
        return titles.normalise(text, mode);
    }

    /** Skills in the text, each with the span of the text it came from, in reading order. */
    public List<SkillMention> extractSkills(String text) {
        return text == null ? List.of() : extractor.extract(text);
    }

    public Optional<Occupation> occupation(String id) {
        return Optional.ofNullable(occupations.get(id));
    }

    public Optional<Skill> skill(String id) {
        return Optional.ofNullable(skills.get(id));
    }

    public Collection<Occupation> occupations() {
        return occupations.values();
    }

    public Collection<Skill> skills() {
        return skills.values();
    }

    /**
     * The occupation's name in the reader's language: its own label when its taxonomy has one in that language, else
     * the label of a linked occupation with the original after a slash ("웹엔지니어 / software developer").
     */
    public String label(String occupationId, String lang) {
        Occupation o = occupations.get(occupationId);
        if (o == null) {
            return occupationId;
        }
        boolean lacks = "ko".equals(lang) ? o.labelKo().isEmpty() : o.labelEn().isEmpty();
        if (lacks) {
            for (OccupationLink link : links(occupationId)) {
                Occupation other = occupations.get(link.to());
                if (other != null && !("ko".equals(lang) ? other.labelKo() : other.labelEn()).isEmpty()) {
                    return other.label(lang) + " / " + o.label(lang);
                }
            }
        }
        return o.label(lang);
    }

    /** The occupation's counterparts in the other taxonomies, with how each link was made. */
    public List<OccupationLink> links(String occupationId) {
        return links.getOrDefault(occupationId, List.of());
    }

    /**
     * The skill profile of an occupation: its curated skills, then the O*NET technologies of the O*NET occupations
     * that share its titles (hot technologies first). Korean occupations borrow the profile of their linked ones.
     */
    public List<Skill> skillsOf(String occupationId) {
        Set<String> ids = new LinkedHashSet<>();
        Occupation o = occupations.get(occupationId);
        if (o == null) {
            return List.of();
        }
        ids.addAll(o.skills());
        List<String> escoIds = new ArrayList<>();
        if (o.source() == OccupationSource.ESCO) {
            escoIds.add(o.id());
        } else {
            links(o.id()).stream().map(OccupationLink::to).filter(t -> t.startsWith("esco:")).forEach(escoIds::add);
        }
        Set<String> socs = new LinkedHashSet<>();
        escoIds.forEach(e -> socs.addAll(escoToOnet.getOrDefault(e, List.of())));
        List<Skill> fromOnet = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String soc : socs) {
            for (Skill s : skillsBySoc().getOrDefault(soc, List.of())) {
                if (seen.add(s.id())) {
                    fromOnet.add(s);
                }
            }
        }
        fromOnet.sort((a, b) -> Boolean.compare(b.hot(), a.hot()));
        fromOnet.forEach(s -> ids.add(s.id()));
        return ids.stream().map(skills::get).filter(java.util.Objects::nonNull).toList();
    }

    private volatile Map<String, List<Skill>> bySoc;

    /** O*NET-SOC code → the technologies and AI/general skills used there (not the broad elements). */
    private Map<String, List<Skill>> skillsBySoc() {
        Map<String, List<Skill>> m = bySoc;
        if (m == null) {
            m = new java.util.HashMap<>();
            for (Skill s : skills.values()) {
                if (s.kind() == SkillKind.ELEMENT) {
                    continue;
                }
                for (String c : s.occupations()) {
                    m.computeIfAbsent(c.replace("!", ""), k -> new ArrayList<>()).add(s);
                }
            }
            bySoc = m;
        }
        return m;
    }

    /** True when English titles are also matched by meaning (an embedding model is configured). */
    public boolean matchesByMeaning() {
        return meaning;
    }
}
