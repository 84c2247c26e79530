package specula.commands.fix;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Retrieval over the error-pattern entries: a hybrid of the entries' regular expressions (exact, explainable)
 * and all-MiniLM cosine similarity to the entries' sample messages (tolerant of wording). A pattern hit
 * dominates; among hits, and among entries without one, similarity decides; a longer matching pattern is more
 * specific and gets a small bonus. A pattern that accepts any parser token counts little on its own; it matters
 * with a context pattern, which looks at the source lines where the parser stopped (an IF without ELSE there).
 */
public final class KnowledgeBase {
    static final double PATTERN_WEIGHT = 1.5;
    /** A pattern that accepts any token ("Encountered \"[^\"]*\"") says little by itself. */
    static final double GENERIC_PATTERN_WEIGHT = 0.4;
    private static final String ANY_TOKEN = "Encountered \"[^\"]*\"";
    static final double SPECIFICITY_WEIGHT = 0.15;
    static final int SPECIFICITY_CAP = 120;
    static final double CONTEXT_WEIGHT = 0.4;

    /** A diagnostic and, when known, the source lines at its position. */
    public record Query(String message, String context) {
        public static Query of(String message) {
            return new Query(message, null);
        }
    }

    /** A retrieved entry and why it was retrieved. */
    public record Hit(KnowledgeEntry entry, double score, String pattern, String contextPattern, double similarity) {
        public boolean patternHit() {
            return pattern != null;
        }

        public String why() {
            return (pattern == null ? "no pattern hit" : "pattern /" + abbreviate(pattern) + "/")
                    + (contextPattern == null ? "" : ", source matches /" + abbreviate(contextPattern) + "/")
                    + String.format(", similarity %.3f", similarity);
        }

        private static String abbreviate(String p) {
            return p.length() > 60 ? p.substring(0, 60) + "…" : p;
        }
    }

    private final List<KnowledgeEntry> entries;
    private final Map<String, KnowledgeEntry> byId = new LinkedHashMap<>();
    private final Embedder embedder;
    private InMemoryEmbeddingStore<TextSegment> store;

    /** @param embedder {@code null} for pattern-only retrieval (similarity 0) */
    public KnowledgeBase(List<KnowledgeEntry> entries, Embedder embedder) {
        this.entries = List.copyOf(entries);
        this.embedder = embedder;
        for (KnowledgeEntry e : entries) {
            byId.put(e.id(), e);
        }
    }

    public List<KnowledgeEntry> entries() {
        return entries;
    }

    public KnowledgeEntry get(String id) {
        KnowledgeEntry e = byId.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no knowledge entry " + id);
        }
        return e;
    }

    /** The k best entries for one diagnostic text (raw tool output is fine). */
    public List<Hit> search(String text, int k) {
        return searchAll(List.of(Query.of(text)), k);
    }

    /** The k best entries over several diagnostics: each entry keeps its best score. */
    public List<Hit> searchAll(List<Query> queries, int k) {
        Map<String, Hit> best = new HashMap<>();
        for (Query q : queries) {
            for (Hit h : scoreAll(q.message(), q.context())) {
                best.merge(h.entry().id(), h, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(Hit::score).reversed().thenComparing(h -> h.entry().id()))
                .limit(k).toList();
    }

    private List<Hit> scoreAll(String raw, String context) {
        String core = ErrorText.core(raw);
        Map<String, Double> sims = similarities(ErrorText.forEmbedding(raw));
        List<Hit> out = new ArrayList<>();
        for (KnowledgeEntry e : entries) {
            String matched = null;
            for (Pattern p : e.patterns()) {
                Matcher m = p.matcher(core);
                if (m.find() && (matched == null || strength(p.pattern()) > strength(matched))) {
                    matched = p.pattern();
                }
            }
            String contextHit = null;
            if (matched != null && context != null) {
                for (Pattern p : e.context()) {
                    if (p.matcher(context).find()) {
                        contextHit = p.pattern();
                        break;
                    }
                }
            }
            double sim = sims.getOrDefault(e.id(), 0.0);
            double score = sim;
            if (matched != null && matched.contains(ANY_TOKEN)) {
                score += GENERIC_PATTERN_WEIGHT;
            } else if (matched != null) {
                score += PATTERN_WEIGHT
                        + SPECIFICITY_WEIGHT * Math.min(matched.length(), SPECIFICITY_CAP) / SPECIFICITY_CAP;
            }
            if (contextHit != null) {
                score += CONTEXT_WEIGHT;
            }
            out.add(new Hit(e, score, matched, contextHit, sim));
        }
        return out;
    }

    /** Specific patterns beat generic ones, longer ones beat shorter ones. */
    private static int strength(String pattern) {
        return (pattern.contains(ANY_TOKEN) ? 0 : 10_000) + pattern.length();
    }

    private Map<String, Double> similarities(String query) {
        Map<String, Double> sims = new HashMap<>();
        if (embedder == null || query.isBlank()) {
            return sims;
        }
        InMemoryEmbeddingStore<TextSegment> s = store();
        Embedding q = Embedding.from(embedder.embed(query));
        List<EmbeddingMatch<TextSegment>> matches = s.search(EmbeddingSearchRequest.builder().queryEmbedding(q)
                .maxResults(s.size()).minScore(0.0).build()).matches();
        for (EmbeddingMatch<TextSegment> m : matches) {
            double cosine = 2 * m.score() - 1; // the store reports (cos + 1) / 2
            sims.merge(m.embedded().metadata().getString("id"), cosine, Math::max);
        }
        return sims;
    }

    /** Embeds every sample (and the title) once, on first search. */
    private synchronized InMemoryEmbeddingStore<TextSegment> store() {
        if (store == null) {
            InMemoryEmbeddingStore<TextSegment> s = new InMemoryEmbeddingStore<>();
            List<TextSegment> segments = new ArrayList<>();
            for (KnowledgeEntry e : entries) {
                List<String> texts = new ArrayList<>();
                e.samples().forEach(x -> texts.add(ErrorText.forEmbedding(x)));
                texts.add(e.title());
                for (String t : texts) {
                    segments.add(TextSegment.from(t, Metadata.from("id", e.id())));
                }
            }
            List<float[]> vectors = embedder.embedAll(segments.stream().map(TextSegment::text).toList());
            List<Embedding> embeddings = vectors.stream().map(Embedding::from).toList();
            s.addAll(segments.stream().map(x -> java.util.UUID.randomUUID().toString()).toList(), embeddings,
                    segments);
            store = s;
        }
        return store;
    }
}
