package io.pullwatch.core.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Parses Lucene's classic query syntax over {@link FeedbackFields}: terms, phrases with proximity ("late delivery"~3),
 * boolean operators, field prefixes, wildcards, fuzzy terms, and ranges, numeric on {@code rating}. The default field
 * is {@code text} and the default operator OR, as in Lucene. Every error comes back as an
 * {@link InvalidQueryException} whose message says where and why, never as a runtime failure; so do queries beyond
 * {@link #MAX_LENGTH} characters or {@link #MAX_CLAUSES} clauses, which would slow every event down.
 *
 * <p>Thread-safe: a parser is made per call, Lucene's is not.
 */
public final class QuerySyntax {

    public static final int MAX_LENGTH = 2_000;
    public static final int MAX_CLAUSES = 256;
    /** Bounds the automaton a regular expression or wildcard may build. */
    static final int DETERMINIZE_WORK_LIMIT = 10_000;

    private final Analyzer analyzer;
    private final boolean phrasesAsWordPairs;

    /** The syntax over documents made by {@link FeedbackDocuments#of}: the live matcher's. */
    public QuerySyntax(Analyzer analyzer) {
        this(analyzer, false);
    }

    private QuerySyntax(Analyzer analyzer, boolean phrasesAsWordPairs) {
        this.analyzer = analyzer;
        this.phrasesAsWordPairs = phrasesAsWordPairs;
    }

    /**
     * The same syntax over the search index's documents ({@link FeedbackDocuments#forIndex}), where an exact phrase
     * of text or title is looked up in the field's {@link FeedbackFields#TEXT_PAIRS word pairs}: a two-word phrase
     * becomes one term, a longer one a phrase of consecutive pairs. It matches the same documents; phrases with a
     * proximity ({@code "late delivery"~3}) stay phrases of words.
     */
    public static QuerySyntax forSearchIndex(Analyzer analyzer) {
        return new QuerySyntax(analyzer, true);
    }

    public Query parse(String text) throws InvalidQueryException {
        if (text == null || text.isBlank()) {
            throw new InvalidQueryException("the query is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidQueryException(
                    "the query is " + text.length() + " characters long; at most " + MAX_LENGTH + " are accepted");
        }
        Query query;
        try {
            query = new Parser(analyzer, phrasesAsWordPairs).parse(text);
        } catch (ParseException e) {
            throw new InvalidQueryException(describe(e));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("the query has more than " + MAX_CLAUSES + " clauses");
        } catch (TooComplexToDeterminizeException e) {
            throw new InvalidQueryException("a wildcard or regular expression in the query is too complex");
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(e.getMessage()); // an invalid regular expression, with its position
        }
        int clauses = countClauses(query);
        if (clauses > MAX_CLAUSES) {
            throw new InvalidQueryException(
                    "the query has " + clauses + " clauses; at most " + MAX_CLAUSES + " are accepted");
        }
        return query;
    }

    /** Lucene's message, without the list of every token the grammar would have accepted. */
    private static String describe(ParseException e) {
        String message = e.getMessage() == null ? "syntax error" : e.getMessage();
        int expecting = message.indexOf("Was expecting");
        String essential = (expecting > 0 ? message.substring(0, expecting) : message).strip();
        return essential.replace("Cannot parse ", "cannot parse ").replaceAll("\\s+", " ");
    }

    private static int countClauses(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                count[0] += terms.length;
            }

            @Override
            public void visitLeaf(Query leaf) {
                count[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return count[0];
    }

    /** The classic parser, told which fields exist and that {@code rating} is a number. */
    private static final class Parser extends QueryParser {

        private final boolean phrasesAsWordPairs;

        Parser(Analyzer analyzer, boolean phrasesAsWordPairs) {
            super(FeedbackFields.TEXT, analyzer);
            this.phrasesAsWordPairs = phrasesAsWordPairs;
            setAllowLeadingWildcard(false); // "*ing" would enumerate every term of every event
            setDeterminizeWorkLimit(DETERMINIZE_WORK_LIMIT);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            checkField(field);
            if (field.equals(FeedbackFields.RATING)) {
                return DoublePoint.newExactQuery(field, rating(queryText));
            }
            return super.getFieldQuery(field, queryText, quoted);
        }

        /** Quoted text: every phrase comes here, with the proximity after its "~" or 0. */
        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            checkField(field);
            String pairs = FeedbackFields.pairsOf(field);
            if (phrasesAsWordPairs && slop == 0 && pairs != null) {
                List<String> words = consecutiveWords(field, queryText);
                if (words.size() >= 2) {
                    return wordPairs(pairs, words);
                }
            }
            return super.getFieldQuery(field, queryText, slop);
        }

        /** The analysed words of a phrase, or an empty list if the analysis left a gap between two of them. */
        private List<String> consecutiveWords(String field, String text) throws ParseException {
            List<String> words = new ArrayList<>();
            try (TokenStream tokens = getAnalyzer().tokenStream(field, text)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    if (!words.isEmpty() && increment.getPositionIncrement() != 1) {
                        return List.of();
                    }
                    words.add(term.toString());
                }
                tokens.end();
            } catch (IOException e) {
                throw new ParseException("cannot analyse the phrase \"" + text + "\": " + e.getMessage());
            }
            return words;
        }

        private static Query wordPairs(String field, List<String> words) {
            if (words.size() == 2) {
                return new TermQuery(new Term(field, pair(words, 0)));
            }
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (int i = 0; i + 1 < words.size(); i++) {
                phrase.add(new Term(field, pair(words, i)), i);
            }
            return phrase.build();
        }

        private static String pair(List<String> words, int first) {
            return words.get(first) + FeedbackFields.PAIR_SEPARATOR + words.get(first + 1);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                boolean endInclusive) throws ParseException {
            checkField(field);
            if (!field.equals(FeedbackFields.RATING)) {
                return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
            }
            double low = part1 == null ? Double.NEGATIVE_INFINITY : rating(part1);
            double high = part2 == null ? Double.POSITIVE_INFINITY : rating(part2);
            if (!startInclusive && part1 != null) {
                low = Math.nextUp(low);
            }
            if (!endInclusive && part2 != null) {
                high = Math.nextDown(high);
            }
            return DoublePoint.newRangeQuery(field, low, high);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            checkTextual(field, "wildcard");
            return super.getWildcardQuery(field, termStr);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            checkTextual(field, "prefix");
            return super.getPrefixQuery(field, termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            checkTextual(field, "fuzzy");
            return super.getFuzzyQuery(field, termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            checkTextual(field, "regular expression");
            return super.getRegexpQuery(field, termStr);
        }

        private static void checkTextual(String field, String what) throws ParseException {
            checkField(field);
            if (field.equals(FeedbackFields.RATING)) {
                throw new ParseException("a " + what + " query cannot apply to the number field 'rating'");
            }
        }

        private static void checkField(String field) throws ParseException {
            if (!FeedbackFields.ALL.contains(field)) {
                throw new ParseException("unknown field '" + field + "'; the fields are " + FeedbackFields.ALL);
            }
        }

        private static double rating(String value) throws ParseException {
            try {
                return Double.parseDouble(value.strip().toLowerCase(Locale.ROOT));
            } catch (NumberFormatException e) {
                throw new ParseException("'" + value + "' is not a number; rating takes numbers such as 4 or 4.5");
            }
        }
    }
}
