package io.pullwatch.core.aspects;

import io.pullwatch.core.event.AspectMention;
import io.pullwatch.core.event.Sentiment;
import io.pullwatch.core.sentiment.SentimentScorer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds the taxonomy's aspects in a text with Lucene analysis (see {@link AspectAnalyzers}, {@link TermMatcher}) and
 * gives each the sentiment of the clauses that mention it (see {@link ClauseSplitter}).
 *
 * <p>Language: "en" and "fr" (also "en-GB", "fr_CA") use their own vocabulary only, so English "sale" is a price and
 * French "sale" is dirt. Any other value, "unknown" included, tries both and keeps what they do not disagree on: a span
 * that the two languages read as different aspects is dropped, since nothing says which reading is meant.
 *
 * <p>Thread-safe. Not serializable: Flink operators build theirs in {@code open()} and close it in {@code close()}.
 */
public final class LuceneAspectDetector implements AspectDetector, AutoCloseable {

    static final int MAX_EVIDENCE = 5;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final List<String> aspectIds;
    private final Map<String, TermMatcher> matchers = new LinkedHashMap<>();
    private final SentimentScorer scorer;

    /** With the taxonomy shipped on the classpath. */
    public LuceneAspectDetector(SentimentScorer scorer) {
        this(AspectTaxonomy.fromClasspath(), scorer);
    }

    /** @throws IllegalArgumentException if the taxonomy names an unsupported language or gives a term two meanings */
    public LuceneAspectDetector(AspectTaxonomy taxonomy, SentimentScorer scorer) {
        if (scorer == null) {
            throw new IllegalArgumentException("a sentiment scorer is required");
        }
        for (AspectTaxonomy.Aspect aspect : taxonomy.aspects()) {
            for (String language : aspect.terms().keySet()) {
                if (!AspectAnalyzers.LANGUAGES.contains(language)) {
                    throw new IllegalArgumentException(
                            "aspect '" + aspect.id() + "' has terms in unsupported language '" + language + "'");
                }
            }
        }
        this.aspectIds = taxonomy.aspects().stream().map(AspectTaxonomy.Aspect::id).toList();
        this.scorer = scorer;
        for (String language : AspectAnalyzers.LANGUAGES) {
            matchers.put(language, new TermMatcher(language, taxonomy));
        }
    }

    @Override
    public List<AspectMention> detect(String text, String language) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<TermMatcher.Match> matches = find(text, language);
        return matches.isEmpty() ? List.of() : mentions(text, language, matches);
    }

    @Override
    public void close() {
        matchers.values().forEach(TermMatcher::close);
    }

    private List<TermMatcher.Match> find(String text, String language) {
        TermMatcher matcher = matchers.get(primaryCode(language));
        if (matcher != null) {
            return matcher.find(text);
        }
        List<List<TermMatcher.Match>> readings = new ArrayList<>(matchers.size());
        for (TermMatcher each : matchers.values()) {
            readings.add(each.find(text));
        }
        return agreed(readings);
    }

    /** "en-GB" → "en"; null → "". */
    private static String primaryCode(String language) {
        if (language == null) {
            return "";
        }
        String lower = language.toLowerCase(Locale.ROOT);
        int cut = lower.indexOf('-') >= 0 ? lower.indexOf('-') : lower.indexOf('_');
        return cut >= 0 ? lower.substring(0, cut) : lower;
    }

    /** Every language's matches, less those overlapping another language's match of a different aspect. */
    private static List<TermMatcher.Match> agreed(List<List<TermMatcher.Match>> readings) {
        List<TermMatcher.Match> kept = new ArrayList<>();
        for (int r = 0; r < readings.size(); r++) {
            for (TermMatcher.Match match : readings.get(r)) {
                if (!contradicted(match, r, readings)) {
                    kept.add(match);
                }
            }
        }
        return kept;
    }

    private static boolean contradicted(TermMatcher.Match match, int reading, List<List<TermMatcher.Match>> readings) {
        for (int other = 0; other < readings.size(); other++) {
            if (other == reading) {
                continue;
            }
            for (TermMatcher.Match rival : readings.get(other)) {
                if (rival.aspect() != match.aspect() && rival.overlaps(match)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One mention per aspect, in taxonomy order. Its score is the mean sentiment of the distinct clauses that mention
     * it, counting only clauses the scorer could read (confidence above 0); 0 when none could be read.
     */
    private List<AspectMention> mentions(String text, String language, List<TermMatcher.Match> matches) {
        Map<ClauseSplitter.Clause, Sentiment> clauseSentiments = new HashMap<>();
        Map<Integer, List<TermMatcher.Match>> byAspect = new TreeMap<>();
        for (TermMatcher.Match match : matches) {
            byAspect.computeIfAbsent(match.aspect(), key -> new ArrayList<>()).add(match);
        }
        List<AspectMention> mentions = new ArrayList<>(byAspect.size());
        for (Map.Entry<Integer, List<TermMatcher.Match>> entry : byAspect.entrySet()) {
            Set<ClauseSplitter.Clause> clauses = new LinkedHashSet<>();
            Set<String> evidence = new LinkedHashSet<>();
            for (TermMatcher.Match match : entry.getValue()) {
                ClauseSplitter.Clause clause = ClauseSplitter.clauseAt(text, match.start());
                if (clause != null) {
                    clauses.add(clause);
                }
                if (evidence.size() < MAX_EVIDENCE) {
                    evidence.add(surface(text, match));
                }
            }
            double sum = 0;
            int known = 0;
            for (ClauseSplitter.Clause clause : clauses) {
                Sentiment sentiment = clauseSentiments.computeIfAbsent(clause, c -> scorer.score(c.of(text), language));
                if (sentiment.isKnown()) {
                    sum += sentiment.score();
                    known++;
                }
            }
            mentions.add(new AspectMention(
                    aspectIds.get(entry.getKey()), known == 0 ? 0.0 : sum / known, List.copyOf(evidence)));
        }
        return mentions;
    }

    /** The words as written, lower-cased, with any run of white space inside a phrase made one space. */
    private static String surface(String text, TermMatcher.Match match) {
        return WHITE_SPACE.matcher(text.substring(match.start(), match.end()).toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
