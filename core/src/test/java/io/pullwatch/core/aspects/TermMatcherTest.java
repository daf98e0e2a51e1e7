package io.pullwatch.core.aspects;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TermMatcherTest {

    private static final AspectTaxonomy TAXONOMY = AspectTaxonomy.fromClasspath();

    /**
     * TermMatcher analyses white-space chunks, trimmed of edge punctuation, one at a time and caches them; this pins
     * the property that makes that exact: the words (letters or digits) come out as the whole text would give them.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Staff,were lovely!! (queue) \"endless\"... 3,5 stars; e-mail: l'accueil—nul",
        "L’accueil d'hier : 10/10 ; qu'il « ose » revenir ! file d'attente...rupture?",
        "Price was £3.50, U.S.A. style; www.shop.com/queue?x=1 @staff #queue can't wait",
        "😀staff😡 queue:long, out-of-stock items 2x, 50% off!!!",
    })
    void chunkByChunkGivesTheWordsOfTheWholeText(String text) throws IOException {
        for (String language : AspectAnalyzers.LANGUAGES) {
            try (Analyzer analyzer = AspectAnalyzers.forLanguage(language)) {
                List<String> chunked = new ArrayList<>();
                for (int start = 0, end; start < text.length(); start = end + 1) {
                    end = text.indexOf(' ', start) < 0 ? text.length() : text.indexOf(' ', start);
                    int from = start;
                    int to = end;
                    while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
                        from++;
                    }
                    while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1))) {
                        to--;
                    }
                    for (String token : words(analyzer, text.substring(from, to), from)) {
                        chunked.add(token);
                    }
                }
                assertThat(chunked).as(language).isEqualTo(words(analyzer, text, 0));
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | Staff,were lovely but the queue... was endless | 2",
        "en | (queue) queue! QUEUE, queues | 1",
        "fr | L'accueil, nul ; la file d'attente : interminable | 2",
    })
    void findsTermsBesidePunctuationAndAgainFromTheCache(String language, String text, int distinctAspects) {
        try (TermMatcher matcher = new TermMatcher(language, TAXONOMY)) {
            List<TermMatcher.Match> first = matcher.find(text);
            List<TermMatcher.Match> again = matcher.find(text);

            assertThat(first.stream().map(TermMatcher.Match::aspect).distinct()).hasSize(distinctAspects);
            assertThat(again).isEqualTo(first);
            for (TermMatcher.Match match : first) {
                assertThat(Character.isLetterOrDigit(text.charAt(match.start()))).isTrue();
                assertThat(Character.isLetterOrDigit(text.charAt(match.end() - 1))).isTrue();
            }
        }
    }

    /** The letter-or-digit tokens of a text with their offsets; emoji and symbols are no words. */
    private static List<String> words(Analyzer analyzer, String text, int offset) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0 && Character.isLetterOrDigit(term.charAt(0))) {
                    words.add(term + "@" + (offset + offsets.startOffset()) + "-" + (offset + offsets.endOffset()));
                }
            }
            stream.end();
        }
        return words;
    }
}
