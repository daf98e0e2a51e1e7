package io.pullwatch.core.impact;

/**
 * Complaints that something is sold out or unavailable, in English and French. Matched as whole folded phrases, so
 * "plus de stock" and "épuisé" are found however they are accented or punctuated; "in stock" alone is not a complaint.
 */
public final class StockSignals {

    static final PhraseSet PHRASES = PhraseSet.of(
            // English
            "sold out", "out of stock", "no stock", "no more stock", "ran out", "run out of", "running out of",
            "nothing left", "none left", "no sizes left", "nothing in my size", "empty shelves", "empty rails",
            "shelves were empty", "shelves are empty", "rails were empty", "rails are empty", "not in stock",
            "out of my size", "all gone",
            // French
            "rupture", "plus de stock", "pas de stock", "stock vide", "plus rien", "rayons vides",
            "rayons etaient vides", "portants vides", "portants etaient vides", "plus aucune taille", "plus de taille",
            "plus de tailles", "devalise", "devalises", "devalisee", "il n y a plus rien", "plus un seul",
            // "épuisé" alone is as often the staff (exhausted) as the stock: only where it is about goods
            "tout est epuise", "tout etait epuise", "stock epuise", "stocks epuises", "taille epuisee",
            "tailles epuisees", "modele epuise", "modeles epuises", "article epuise", "articles epuises",
            "deja epuise", "deja epuises", "deja epuisee", "epuise en", "epuises en", "epuisee en", "epuisees en",
            "epuise partout", "epuises partout");

    private StockSignals() {}

    /** The phrase that shows a stock complaint in the folded, padded text, or null. */
    public static String match(String paddedText) {
        return PHRASES.firstIn(paddedText);
    }
}
