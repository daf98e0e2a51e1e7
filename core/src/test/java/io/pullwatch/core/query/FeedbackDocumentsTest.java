package io.pullwatch.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedbackDocumentsTest {

    private static final List<String> TEXTS = List.of(
            "Late delivery again, and the delivery was late by a week.",
            "The file d'attente était trop longue à la caisse.",
            "Longue file, attente trop longue.",
            "Delivery late? Never: always on time.",
            "Great café, great staff; the café staff were great.",
            "Staff were great and the café great too.");

    private static IndexedFeedback feedback(int i, String text) {
        return new IndexedFeedback("f" + i, text, i % 2 == 0 ? "Great café" : null,
                Instant.parse("2026-01-05T10:00:00Z"), new HashMap<>(), null);
    }

    @Test
    void theSearchIndexDocumentHasTheWordPairsOfTextAndTitleAndTheMatchersHasNone() throws IOException {
        Document indexed = FeedbackDocuments.forIndex(feedback(0, "Late delivery again"), new byte[] {'{', '}'});

        assertThat(terms(indexed, FeedbackFields.TEXT_PAIRS)).containsExactly("delivery again", "late delivery");
        assertThat(terms(indexed, FeedbackFields.TITLE_PAIRS)).containsExactly("great cafe");
        assertThat(indexed.getFields().stream().map(IndexableField::name))
                .contains(FeedbackFields.TEXT, FeedbackFields.TITLE);
    }

    @Test
    void theSearchIndexDocumentCarriesItsTextsWordCountTheIndexIsOrderedBy() {
        assertThat(FeedbackDocuments.wordCount("  Late\tdelivery\n again ")).isEqualTo(3);
        assertThat(FeedbackDocuments.wordCount("d'attente, trop longue !")).isEqualTo(4);
        assertThat(FeedbackDocuments.wordCount("")).isZero();
        assertThat(FeedbackDocuments.wordCount(null)).isZero();

        Document indexed = FeedbackDocuments.forIndex(feedback(0, "Late delivery again"), new byte[] {'{', '}'});
        assertThat(indexed.getField(FeedbackFields.TEXT_WORDS).numericValue()).isEqualTo(3L);
        assertThat(FeedbackDocuments.INDEX_ORDER.getSort()).extracting(SortField::getField)
                .containsExactly(FeedbackFields.LANG, FeedbackFields.TEXT_WORDS);
    }

    /** Exact phrases looked up by word pairs find the documents that phrases of words find, no more, no fewer. */
    @ParameterizedTest
    @ValueSource(strings = {"\"late delivery\"", "\"delivery late\"", "\"file d'attente était trop longue\"",
            "\"attente trop longue\"", "\"great café\"", "title:\"great cafe\"", "\"café staff were great\"",
            "\"great\" AND NOT \"café staff\"", "\"trop longue\" OR \"on time\"", "\"longue file attente\""})
    void phrasesLookedUpByWordPairsMatchWhatPhrasesOfWordsMatch(String phrase) throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(FeedbackAnalyzers.perField()))) {
                for (int i = 0; i < TEXTS.size(); i++) {
                    writer.addDocument(FeedbackDocuments.forIndex(feedback(i, TEXTS.get(i)), new byte[] {'{', '}'}));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query byWords = new QuerySyntax(FeedbackAnalyzers.perField()).parse(phrase);
                Query byPairs = QuerySyntax.forSearchIndex(FeedbackAnalyzers.perField()).parse(phrase);

                assertThat(byPairs.toString()).contains(".pairs");
                assertThat(matches(searcher, byPairs)).isNotEmpty().isEqualTo(matches(searcher, byWords));
            }
        }
    }

    @Test
    void aPhraseFindsNothingWhereItsWordsAreApart() throws Exception {
        assertThat(terms(FeedbackDocuments.forIndex(feedback(1, "delivery was late"), new byte[0]),
                FeedbackFields.TEXT_PAIRS)).doesNotContain("delivery late");
    }

    private static Set<Integer> matches(IndexSearcher searcher, Query query) throws IOException {
        Set<Integer> docs = new TreeSet<>();
        for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
            docs.add(hit.doc);
        }
        return docs;
    }

    /** The terms the search index's analyzer makes of a field of the document. */
    private static List<String> terms(Document doc, String field) throws IOException {
        List<String> terms = new ArrayList<>();
        for (IndexableField f : doc.getFields(field)) {
            try (var stream = FeedbackAnalyzers.perField().tokenStream(field, f.stringValue())) {
                var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(term.toString());
                }
                stream.end();
            }
        }
        return terms.stream().sorted().toList();
    }
}
