package io.pullwatch.core.query;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
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

    public QuerySyntax(Analyzer analyzer) {
        this.analyzer = analyzer;
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
            query = new Parser(analyzer).parse(text);
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

        Parser(Analyzer analyzer) {
            super(FeedbackFields.TEXT, analyzer);
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

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            checkField(field);
            return super.getFieldQuery(field, queryText, slop);
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
