package io.pullwatch.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExcludedClausesTest {

    private static final String[] WORDS = {"staff", "queue", "price", "stock", "size", "coat", "rude", "kind",
            "fast", "slow", "store", "online", "return", "cheap", "clean"};
    private static final Sort NEWEST = new Sort(new SortedNumericSortField("time", SortField.Type.LONG, true));
    private static final StandardAnalyzer ANALYZER = new StandardAnalyzer();

    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    /** Several segments of random texts over a small vocabulary, so that every word is common. */
    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        Random random = new Random(42);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
            for (int i = 0; i < 6_000; i++) {
                StringBuilder text = new StringBuilder();
                for (int w = 1 + random.nextInt(12); w > 0; w--) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                Document doc = new Document();
                doc.add(new TextField("text", text.toString(), Field.Store.NO));
                doc.add(new LongField("time", random.nextInt(1_000_000), Field.Store.NO));
                writer.addDocument(doc);
                if (i % 1_500 == 1_499) {
                    writer.commit();
                }
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static Query parse(String query) throws Exception {
        return new QueryParser("text", ANALYZER).parse(query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(staff OR queue) AND NOT rude", "staff queue -rude -slow", "+price -stock",
            "(coat OR size OR return) AND NOT (cheap OR clean)", "+store +online -fast", "staff AND NOT \"queue rude\""})
    void theTopHitsAndTotalAreThoseOfTheWholeQuery(String text) throws Exception {
        Query query = parse(text);
        ExcludedClauses split = ExcludedClauses.of(query);
        assertThat(split.excluded()).isNotNull();

        for (int n : List.of(1, 10, 2_000)) {
            TopDocs expected = searcher.search(query, new TopScoreDocCollectorManager(n, 1_000));
            TopDocs actual = split.search(searcher, new TopScoreDocCollectorManager(n, 1_000));
            assertSameHits(actual, expected);
            assertSameTotal(actual, expected, searcher.count(query));
        }
    }

    @Test
    void aSortOnTimeGivesTheSamePage() throws Exception {
        Query query = parse("(staff OR queue) AND NOT rude");
        TopDocs expected = searcher.search(query, new TopFieldCollectorManager(NEWEST, 20, 1_000));
        TopDocs actual = ExcludedClauses.of(query).search(searcher, new TopFieldCollectorManager(NEWEST, 20, 1_000));

        assertSameHits(actual, expected);
        assertThat(expected.scoreDocs).hasSize(20);
    }

    @Test
    void theExcludedDocumentsAreLeftOutOfAnExactCount() throws Exception {
        Query query = parse("+price -stock");
        int all = searcher.count(query);
        TopDocs actual = ExcludedClauses.of(query).search(searcher, new TopScoreDocCollectorManager(5, all + 1));

        assertThat(actual.totalHits.value).isEqualTo(all).isLessThan(searcher.count(parse("price")));
    }

    @Test
    void aQueryOfOnlyProhibitedClausesStaysWholeAndMatchesNothingAsInLucene() throws Exception {
        Query query = parse("-rude -slow");
        ExcludedClauses split = ExcludedClauses.of(query);

        assertThat(split.excluded()).isNull();
        assertThat(split.positive()).isSameAs(query);
        assertThat(split.search(searcher, new TopScoreDocCollectorManager(10, 1_000)).scoreDocs).isEmpty();
    }

    @Test
    void queriesWithoutProhibitedClausesAreLeftAlone() throws Exception {
        Query query = parse("staff AND queue");

        assertThat(ExcludedClauses.of(query).positive()).isSameAs(query);
        assertThat(ExcludedClauses.of(null).positive()).isNull();
    }

    @Test
    void theMinimumNumberOfOptionalClausesIsKept() throws Exception {
        BooleanQuery query = (BooleanQuery) parse("staff queue price -rude");
        BooleanQuery twoOf = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2)
                .add(query.clauses().get(0)).add(query.clauses().get(1)).add(query.clauses().get(2))
                .add(query.clauses().get(3)).build();

        TopDocs expected = searcher.search(twoOf, new TopScoreDocCollectorManager(50, 10_000));
        TopDocs actual = ExcludedClauses.of(twoOf).search(searcher, new TopScoreDocCollectorManager(50, 10_000));

        assertSameHits(actual, expected);
        assertThat(actual.totalHits).isEqualTo(expected.totalHits);
    }

    /** Exact when Lucene's is; else, as Lucene's, a lower bound past the threshold that the true count reaches. */
    private static void assertSameTotal(TopDocs actual, TopDocs expected, int count) {
        if (expected.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
            assertThat(actual.totalHits).isEqualTo(expected.totalHits);
        } else {
            assertThat(actual.totalHits.relation).isEqualTo(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
            assertThat(actual.totalHits.value).isGreaterThanOrEqualTo(1_000).isLessThanOrEqualTo(count);
        }
    }

    private static void assertSameHits(TopDocs actual, TopDocs expected) {
        assertThat(docs(actual)).isEqualTo(docs(expected));
        assertThat(Arrays.stream(actual.scoreDocs).map(d -> d.score).toList())
                .isEqualTo(Arrays.stream(expected.scoreDocs).map(d -> d.score).toList());
    }

    private static int[] docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
    }
}
