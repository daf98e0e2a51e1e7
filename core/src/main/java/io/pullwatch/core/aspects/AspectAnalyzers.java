package io.pullwatch.core.aspects;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The Lucene chains that both taxonomy terms and texts go through, so that "Queues" meets "queue" and "l'accueil"
 * meets "accueil". Unlike Lucene's EnglishAnalyzer and FrenchAnalyzer they keep stop words, because phrases need
 * them ("out of stock", "plus de stock"), and they use light stemmers: Porter would also turn "lining" into "line"
 * and "lovely" into "love", which in fashion reviews costs more than listing "waiting" beside "wait" in the taxonomy.
 *
 * <p>Analyzers are thread-safe: each thread reuses its own token stream components.
 */
public final class AspectAnalyzers {

    /** The languages the taxonomy may name terms in. */
    public static final List<String> LANGUAGES = List.of("en", "fr");

    private AspectAnalyzers() {}

    /** @throws IllegalArgumentException for a language outside {@link #LANGUAGES} */
    public static Analyzer forLanguage(String language) {
        return switch (language) {
            case "en" -> new English();
            case "fr" -> new French();
            default -> throw new IllegalArgumentException("no aspect analyzer for language '" + language + "'");
        };
    }

    /** Possessives off ("store's"), lower case, accents folded ("café"), plurals folded ("queues"). */
    private static final class English extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new LatinFoldingFilter(stream);
            stream = new EnglishMinimalStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }

    /** Elided articles off ("l'accueil", "d’attente"), lower case, accents folded, light stemming ("vendeuses"). */
    private static final class French extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new LowerCaseFilter(stream);
            stream = new LatinFoldingFilter(stream);
            stream = new FrenchLightStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}
