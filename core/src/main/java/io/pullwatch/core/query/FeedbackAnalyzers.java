package io.pullwatch.core.query;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How feedback fields are analysed, both when a query is parsed and when feedback is matched or indexed.
 *
 * <p>Text and title: Unicode word breaks, French elided articles removed ("l'accueil" is found by "accueil"), lower
 * case, accents folded ("cafe" finds "café"). No stemming and no stop words: saved searches name brands, products,
 * codes and people, which stemmers mangle, and phrase queries need every word; "queue*" reaches the plurals.
 * Keyword fields are one lower-cased term each, so {@code store:Lille-Centre} finds "lille-centre".
 */
public final class FeedbackAnalyzers {

    private static final CharArraySet ELIDED_ARTICLES = FrenchAnalyzer.DEFAULT_ARTICLES;

    private FeedbackAnalyzers() {}

    /** The analyzer for every field, by field name. */
    public static Analyzer perField() {
        Analyzer text = new TextAnalyzer();
        Analyzer keyword = new KeywordAnalyzer();
        Map<String, Analyzer> byField = new HashMap<>();
        for (String field : FeedbackFields.KEYWORDS) {
            byField.put(field, keyword);
        }
        Analyzer pairs = new WordPairAnalyzer();
        byField.put(FeedbackFields.TEXT_PAIRS, pairs);
        byField.put(FeedbackFields.TITLE_PAIRS, pairs);
        return new PerFieldAnalyzerWrapper(text, byField);
    }

    /** The text analysis, then each two adjacent words as one term ("late delivery"), without the single words. */
    private static final class WordPairAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            ShingleFilter pairs = new ShingleFilter(words(source), 2, 2);
            pairs.setOutputUnigrams(false);
            pairs.setTokenSeparator(String.valueOf(FeedbackFields.PAIR_SEPARATOR));
            return new TokenStreamComponents(source, pairs);
        }
    }

    /** The words of text and title fields: elisions removed, lower case, accents folded. */
    private static TokenStream words(Tokenizer source) {
        TokenStream stream = new ElisionFilter(source, ELIDED_ARTICLES);
        stream = new LowerCaseFilter(stream);
        return new ASCIIFoldingFilter(stream);
    }

    private static final class TextAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, words(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in)); // wildcard and fuzzy terms are folded the same way
        }
    }

    private static final class KeywordAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
