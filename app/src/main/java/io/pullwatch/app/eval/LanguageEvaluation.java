package io.pullwatch.app.eval;

import io.pullwatch.core.language.LanguageAccuracy;
import io.pullwatch.core.language.LanguageIdentifier;
import java.io.PrintWriter;
import java.util.List;

/** Language identification accuracy on the labelled languages of the shared corpora, texts of 20 characters or more. */
public final class LanguageEvaluation {

    static final int MIN_LENGTH = 20;
    private static final List<String> CORPORA = List.of("vader_gt_tweets", "vader_gt_movies", "vader_gt_amazon",
            "sanders", "amazon2018_fashion5", "pheme", "allocine_tatia", "french_media");

    private final DevCorpora corpora;
    private final LanguageIdentifier identifier;
    private final PrintWriter out;

    public LanguageEvaluation(DevCorpora corpora, LanguageIdentifier identifier, PrintWriter out) {
        this.corpora = corpora;
        this.identifier = identifier;
        this.out = out;
    }

    public void run() {
        out.println("### Language identification (texts of " + MIN_LENGTH + " characters or more)");
        out.println();
        out.println("| corpus | language | n | accuracy | answered \"unknown\" | answered the other language |");
        out.println("|---|---|---|---|---|---|");
        long total = 0;
        long correct = 0;
        for (String corpus : CORPORA) {
            List<LanguageAccuracy.Sample> samples = labelledTexts(corpus).stream()
                    .map(t -> new LanguageAccuracy.Sample(t.text(), t.language())).toList();
            LanguageAccuracy.Report report = LanguageAccuracy.measure(identifier, samples, MIN_LENGTH);
            for (LanguageAccuracy.Counts counts : report.byLanguage().values()) {
                out.printf("| %s | %s | %,d | %.4f | %.4f | %.4f |%n", corpus, counts.language(), counts.total(),
                        counts.accuracy(), (double) counts.unknown() / counts.total(), counts.confusion());
            }
            total += report.total();
            correct += report.correct();
        }
        out.printf("| **all** | en+fr | %,d | **%.4f** | | |%n", total, (double) correct / total);
        out.flush();
    }

    /**
     * Sanders labels every row "en", but its annotators put tweets that are not English in the "irrelevant" class
     * (the corpus defines it as "not English, or not on topic"), so only its rated rows carry a trustworthy language.
     */
    private List<LabelledText> labelledTexts(String corpus) {
        return corpus.equals("sanders") ? corpora.sanders() : corpora.texts(corpus);
    }
}
