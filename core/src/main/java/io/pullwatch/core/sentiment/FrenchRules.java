package io.pullwatch.core.sentiment;

import io.pullwatch.core.text.Lookups;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * French function words. Negation is a scope, not a count: in "ce n'est pas bon" both "n'" and "pas" belong to one
 * negation, so "ne" opens the scope and "pas / plus / jamais / rien" keep it open; informal French drops "ne"
 * ("c'est pas bon"), so "pas" opens one on its own too.
 */
final class FrenchRules extends LanguageRules {

    static final FrenchRules INSTANCE = new FrenchRules();

    private static final Set<String> NEGATORS = Lookups.setOf(
            "ne", "n", "pas", "jamais", "rien", "aucun", "aucune", "sans", "ni", "nullement", "guere", "peu");

    private static final Map<String, Float> BOOSTERS = buildBoosters();

    private static final Set<String> NEGATION_TRANSPARENT = Lookups.setOf("un", "une", "le", "la", "les", "l", "de",
            "du", "des", "d", "ete", "etre");
    private static final Set<String> CONTRAST = Lookups.setOf(
            "mais", "cependant", "pourtant", "toutefois", "neanmoins", "neamoins");
    private static final Set<String> CONCESSIVE = Lookups.setOf("malgre", "quoique");
    private static final Set<String> INTERJECTIONS = Lookups.setOf("mdr", "ptdr", "lol", "haha", "hahaha", "hihi",
            "hehe", "ouf", "beurk", "youpi", "wow", "bof", "ouah", "waouh");
    private static final Set<String> EXCESS_MARKERS = Lookups.setOf("trop");
    /**
     * Size and fit, price, time and speed, weight, temperature, taste (folded, with their feminine and plural forms),
     * and "trop de …", too much or too many: "trop petit", "trop cher", "trop de monde".
     */
    private static final Set<String> EXCESS_TARGETS = Lookups.setOf("petit", "petite", "petits", "petites", "grand",
            "grande", "grands", "grandes", "gros", "grosse", "grosses", "serre", "serree", "serres", "serrees",
            "large", "larges", "ample", "amples", "long", "longue", "longs", "longues", "court", "courte", "courts",
            "courtes", "etroit", "etroite", "etroits", "etroites", "epais", "epaisse", "lourd", "lourde", "lourds",
            "lourdes", "cher", "chere", "chers", "cheres", "onereux", "lent", "lente", "lents", "lentes", "rapide",
            "rapides", "tard", "tot", "chaud", "chaude", "chauds", "chaudes", "froid", "froide", "froids", "froides",
            "sucre", "sucree", "sale", "salee", "gras", "grasse", "sec", "seche", "fort", "forte", "bruyant",
            "bruyante", "complique", "compliquee", "moulant", "moulante", "juste", "eleve", "elevee", "eleves",
            "elevees", "de", "d");
    /** "bien" is "good" where it modifies nothing: "c'est bien", "très bien". */
    private static final Set<String> BOOSTERS_WITH_A_SENSE_OF_THEIR_OWN = Lookups.setOf("bien");
    /** "bien reçu", "bien emballée", "bien conseillés": folded, each with its feminine and plural forms. */
    private static final Set<String> WELL_DONE = withAgreement("recu", "emballe", "accueilli", "conseille", "servi",
            "renseigne", "range", "fait", "fini", "coupe", "taille", "pense", "situe", "place", "organise", "equipe",
            "achalande", "approvisionne", "livre", "protege", "explique", "soigne", "entretenu", "eclaire", "joue");
    private static final Set<String> CONTEXTUAL = Lookups.union(CONCESSIVE, Set.of("peu", "bien", "meme", "que", "qu"));

    /**
     * Colloquial French the lexicons miss or invert: "pas terrible" is lukewarm-negative and "pas mal" positive,
     * although their words negate to the opposite; "sans doute" means "probably". Then the words and verdicts of
     * reviews and of retail and service feedback that the lexicons lack or misread ("pas cher", "professionnel").
     */
    private static final Map<String, Float> IDIOMS = Lookups.mapOf(Map.ofEntries(
            Map.entry("pas terrible", -1.6f), Map.entry("pas si terrible", -1.2f), Map.entry("pas mal", 1.2f),
            Map.entry("pas mal de", 0f), Map.entry("sans doute", 0f), Map.entry("sans aucun doute", 0f),
            Map.entry("top", 2.4f), Map.entry("nul", -2.4f), Map.entry("nulle", -2.4f), Map.entry("nuls", -2.4f),
            Map.entry("nulles", -2.4f), Map.entry("mdr", 1.6f), Map.entry("ptdr", 1.6f), Map.entry("bof", -1.2f),
            Map.entry("navet", -2.4f), Map.entry("chiant", -2f), Map.entry("naze", -2f), Map.entry("bravo", 2.4f),
            Map.entry("chef-d'oeuvre", 3.2f), Map.entry("chef-d'œuvre", 3.2f), Map.entry("a voir", 1.6f),
            Map.entry("a eviter", -2.4f), Map.entry("coup de coeur", 2.4f), Map.entry("coup de cœur", 2.4f),
            Map.entry("perte de temps", -2.4f), Map.entry("du jamais vu", 2f),
            // "bien" that is neither "good" nor a booster: of course, well then, or else, many, far from
            Map.entry("bien sur", 0f), Map.entry("bien entendu", 0f), Map.entry("eh bien", 0f),
            Map.entry("ou bien", 0f), Map.entry("bien des", 0f), Map.entry("bien loin", 0f),
            Map.entry("si bien que", 0f), Map.entry("tant bien que mal", 0f),
            // reviews' verdicts, and retail: what goes wrong with a product or a delivery
            Map.entry("à fuir", -2.4f), Map.entry("passez votre chemin", -2f), Map.entry("passez votre route", -2f),
            Map.entry("n'importe quoi", -2f), Map.entry("attendais à mieux", -1.6f),
            Map.entry("attendais mieux", -1.6f), Map.entry("sans intérêt", -2f), Map.entry("rien à redire", 2f),
            Map.entry("nickel", 2.4f), Map.entry("bâclé", -2f), Map.entry("fade", -1.2f), Map.entry("injoignable", -2f),
            Map.entry("abîmé", -1.5f), Map.entry("troué", -1.5f), Map.entry("délavé", -1f), Map.entry("conforme", 1.2f),
            Map.entry("non conforme", -1.5f), Map.entry("jamais reçu", -2f), Map.entry("jamais arrivé", -2f),
            Map.entry("jamais livré", -2f), Map.entry("pas reçu", -1.5f),
            // "cher" is "dear" to the lexicons, but "expensive" in a review: "pas cher" is praise ("trop cher", excess)
            Map.entry("cher", 0f), Map.entry("chère", 0f), Map.entry("chers", 0f), Map.entry("chères", 0f),
            Map.entry("pas cher", 1.5f), Map.entry("pas chère", 1.5f), Map.entry("pas chers", 1.5f),
            Map.entry("pas chères", 1.5f), Map.entry("peu cher", 1.5f), Map.entry("peu chère", 1.5f),
            // service and the shop: staff, price, stock, and whether the customer comes back
            Map.entry("sympa", 1.8f), Map.entry("sympas", 1.8f), Map.entry("serviable", 1.8f),
            Map.entry("à l'écoute", 1.5f), Map.entry("impoli", -2f), Map.entry("glacial", -1.5f),
            Map.entry("rupture de stock", -1.2f), Map.entry("prix", 0f), Map.entry("rapport qualité prix", 0f),
            Map.entry("rapport qualité-prix", 0f), Map.entry("prix élevé", -1.2f), Map.entry("prix élevés", -1.2f),
            Map.entry("aucune réponse", -1.5f), Map.entry("pas de réponse", -1.5f), Map.entry("sans réponse", -1.5f),
            Map.entry("reviendrai", 1.5f), Map.entry("reviendrons", 1.5f), Map.entry("pas de souci", 1.2f),
            Map.entry("imbattable", 2f), Map.entry("rachèterai", 1.5f),
            // "qualité" names what the adjective judges ("qualité médiocre", "déçu de la qualité")
            // but "de qualité" is praise ("un produit de qualité")
            Map.entry("qualité", 0f), Map.entry("haute qualité", 2f), Map.entry("de qualité", 1.5f),
            // service, crowds, and the verdicts of a lukewarm review
            Map.entry("professionnel", 1.5f), Map.entry("inadmissible", -2.5f), Map.entry("débordé", -1f),
            Map.entry("bondé", -1f), Map.entry("peut mieux faire", -1f),
            // social slang: "de ouf" (amazing), "relou" (annoying), "chelou" (shady), "ça craint" (it sucks)
            Map.entry("de ouf", 2f), Map.entry("dinguerie", 1.5f), Map.entry("relou", -1.8f), Map.entry("chelou", -1f),
            Map.entry("ça craint", -2f), Map.entry("mouais", -0.8f)));

    /** Determiners, prepositions, pronouns, conjunctions, ordinals, discourse words and stem homographs (folded). */
    private static final Set<String> FUNCTION_WORDS = Lookups.setOf(
            "au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "elle", "en", "et", "il", "je", "la", "le",
            "les", "leur", "lui", "ma", "me", "mes", "moi", "mon", "nos", "notre", "nous", "on", "ou", "par", "pour",
            "qui", "sa", "se", "ses", "son", "sur", "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre",
            "vous", "y", "comme", "tout", "tous", "toute", "toutes", "fois", "dire", "juste", "oui", "non", "bref",
            "premier", "premiere", "premiers", "premieres", "dernier", "derniere", "derniers", "dernieres", "seul",
            "seule", "seuls", "seules", "fin", "final", "finale", "part", "sens", "debut", "certains", "certaines",
            "passe", "passer", "donne", "donner", "faire", "fait", "faut", "etre", "est", "sont", "avoir", "ont",
            "entre", "apres", "avant", "alors", "ainsi", "donc", "car", "quand", "puis", "encore", "deja",
            // everyday nouns that prefix-match an adjective stem: "attente" (waiting) is not "attentif" (caring)
            "attente", "attentes");

    private static final Map<String, String> ALIASES = Lookups.mapOf(Map.ofEntries(
            Map.entry("tjrs", "toujours"), Map.entry("pr", "pour"), Map.entry("bcp", "beaucoup"),
            Map.entry("slt", "salut"), Map.entry("mrc", "merci"), Map.entry("mci", "merci"),
            Map.entry("kiffe", "adore"), Map.entry("kiff", "adore"), Map.entry("kiffer", "adorer"),
            Map.entry("kiffé", "adore"), Map.entry("chui", "suis"), Map.entry("jsuis", "suis")));

    private static final String[][] SUFFIXES = {
            {"ement", ""}, {"ement", "e"}, {"nnes", "n"}, {"nne", "n"}, {"eres", "er"}, {"ere", "er"}, {"aux", "al"},
            {"ees", ""}, {"es", ""}, {"ee", ""}, {"e", ""}, {"s", ""}, {"x", ""},
            {"ives", "if"}, {"ive", "if"}, {"euses", "eux"}, {"euse", "eux"}, {"elles", "el"}, {"elle", "el"},
    };

    private FrenchRules() {}

    private static Map<String, Float> buildBoosters() {
        Map<String, Float> map = new HashMap<>();
        for (String w : new String[] {"tres", "vraiment", "trop", "super", "hyper", "extremement", "tellement",
                "vachement", "grave", "absolument", "totalement", "completement", "carrement", "particulierement",
                "incroyablement", "terriblement", "si", "aussi", "tout", "franchement", "plus", "encore",
                "profondement", "hautement", "archi", "ultra", "bien"}) {
            map.put(w, BOOST);
        }
        for (String w : new String[] {"assez", "plutot", "legerement", "moyennement", "presque", "quelque",
                "relativement", "peu", "moins"}) {
            map.put(w, DAMPEN);
        }
        return Lookups.mapOf(map);
    }

    @Override
    Set<String> negators() {
        return NEGATORS;
    }

    @Override
    boolean isNegator(String previous, String key) {
        // "un peu" dampens ("un peu long"); "peu" alone negates ("peu convaincant").
        if (key.equals("peu")) {
            return !"un".equals(previous);
        }
        return NEGATORS.contains(key);
    }

    @Override
    boolean isWeakNegator(String key) {
        return key.equals("ne") || key.equals("n");
    }

    @Override
    boolean cancelsWeakNegation(String key) {
        return key.equals("que") || key.equals("qu");
    }

    @Override
    Set<String> interjections() {
        return INTERJECTIONS;
    }

    @Override
    Set<String> contextualWords() {
        return CONTEXTUAL;
    }

    @Override
    Map<String, Float> boosters() {
        return BOOSTERS;
    }

    @Override
    Set<String> contrastMarkers() {
        return CONTRAST;
    }

    /** "bien" and "même" open a concession only as "bien que" / "même si"; "malgré" and "quoique" always do. */
    @Override
    boolean opensConcession(String key, String next) {
        return switch (key) {
            case "bien" -> "que".equals(next) || "qu".equals(next);
            case "meme" -> "si".equals(next) || "s".equals(next);
            default -> CONCESSIVE.contains(key);
        };
    }

    @Override
    Map<String, Float> idioms() {
        return IDIOMS;
    }

    @Override
    Set<String> functionWords() {
        return FUNCTION_WORDS;
    }

    @Override
    Set<String> negationTransparent() {
        return NEGATION_TRANSPARENT;
    }

    @Override
    Set<String> excessMarkers() {
        return EXCESS_MARKERS;
    }

    @Override
    Set<String> excessTargets() {
        return EXCESS_TARGETS;
    }

    @Override
    Set<String> boostersWithASenseOfTheirOwn() {
        return BOOSTERS_WITH_A_SENSE_OF_THEIR_OWN;
    }

    @Override
    Set<String> participlesOfWorkWellDone() {
        return WELL_DONE;
    }

    private static Set<String> withAgreement(String... participles) {
        Set<String> forms = new HashSet<>();
        for (String participle : participles) {
            for (String ending : new String[] {"", "e", "s", "es"}) {
                forms.add(participle + ending);
            }
        }
        return Lookups.setOf(forms.toArray(String[]::new));
    }

    @Override
    Map<String, String> aliases() {
        return ALIASES;
    }

    @Override
    Set<String> elisionPrefixes() {
        return Lookups.setOf("l", "d", "j", "m", "t", "s", "n", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu");
    }

    @Override
    String[][] suffixRewrites() {
        return SUFFIXES;
    }
}
