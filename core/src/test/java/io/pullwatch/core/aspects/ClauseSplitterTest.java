package io.pullwatch.core.aspects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClauseSplitterTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Staff lovely but the queue was endless                  | Staff lovely / the queue was endless",
            "Great price. Awful zipper!                              | Great price / Awful zipper",
            "Nice shop; however, the queue... endless                | Nice shop / , the queue / endless",
            "Although cheap, it broke                                | cheap, it broke",
            "Accueil top MAIS caisse lente                           | Accueil top / caisse lente",
            "Le prix, cependant, pique                               | Le prix, / , pique",
            "Vendeuse gentille, par contre cabine sale               | Vendeuse gentille, / cabine sale",
            "Livraison rapide. En revanche colis abîmé               | Livraison rapide / colis abîmé",
            "Tout va bien sauf que la caisse est lente               | Tout va bien / la caisse est lente",
            "Butter is not a contrast, nor is maison                 | Butter is not a contrast, nor is maison",
            "Paid 9.99 for it                                        | Paid 9.99 for it",
    })
    void cutsAtSentencePunctuationAndContrastWords(String text, String expected) {
        List<String> clauses = ClauseSplitter.split(text).stream().map(c -> c.of(text)).toList();

        assertThat(String.join(" / ", clauses)).isEqualTo(expected);
    }

    @Test
    void lineBreaksEndClausesAndEmptyPiecesAreDropped() {
        String text = "Queue endless\n\n... !!! \nStaff lovely";

        assertThat(ClauseSplitter.split(text)).extracting(c -> c.of(text))
                .containsExactly("Queue endless", "Staff lovely");
    }

    @Test
    void findsTheClauseOfAnOffset() {
        String text = "Staff lovely but the queue was endless";
        List<ClauseSplitter.Clause> clauses = ClauseSplitter.split(text);

        assertThat(ClauseSplitter.indexOf(clauses, text.indexOf("Staff"))).isZero();
        assertThat(ClauseSplitter.indexOf(clauses, text.indexOf("queue"))).isEqualTo(1);
        assertThat(ClauseSplitter.indexOf(clauses, text.indexOf("but"))).isZero();
    }

    @Test
    void nothingForNullOrBlank() {
        assertThat(ClauseSplitter.split(null)).isEmpty();
        assertThat(ClauseSplitter.split("  ... ")).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Staff lovely but the queue was endless. Prices fine; delivery late, however the box was intact!",
        "Le prix 9.99 est correct, par contre la livraison est lente. Sauf que le carton était abîmé…",
        "no punctuation at all but one contrast",
    })
    void clauseAtFindsTheClauseThatSplittingTheWholeTextFinds(String text) {
        List<ClauseSplitter.Clause> clauses = ClauseSplitter.split(text);
        for (ClauseSplitter.Clause clause : clauses) {
            for (int offset = clause.start(); offset < clause.end(); offset++) {
                assertThat(ClauseSplitter.clauseAt(text, offset)).as("offset %d", offset).isEqualTo(clause);
            }
        }
    }
}
