package io.pullwatch.core.simulation;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What simulated customers write, in English and French: per topic, praise and complaints; questions and remarks
 * with no opinion; reactions that a wave's posts add. Written so that the real text stage labels them as meant: a
 * positive wave says positive things, a negative one negative things (a test holds the pools to that). Store posts
 * name their town ({place}) half of the time; brand posts name none.
 */
final class SimulationTexts {

    static final String ENGLISH = "en";
    static final String FRENCH = "fr";

    /** The topics a wave can be about; background posts range over all of them. */
    static final List<String> TOPICS = List.of("queues", "staff", "stock", "prices", "cleanliness", "delivery");

    private record Pool(List<String> en, List<String> fr) {
        String pick(SplittableRandom rng, String language) {
            List<String> options = FRENCH.equals(language) ? fr : en;
            return options.get(rng.nextInt(options.size()));
        }
    }

    private static final Map<String, Pool> PRAISE = Map.of(
            "queues", new Pool(List.of(
                    "No queue at the tills today, in and out in five minutes. Great!",
                    "They opened extra checkouts and the wait was short, very efficient.",
                    "Fastest checkout I have had in ages, well organised.",
                    "Zero waiting at the fitting rooms, what a pleasant surprise."), List.of(
                    "Aucune attente en caisse aujourd'hui, super rapide !",
                    "Ils ont ouvert des caisses en plus, attente très courte, bravo.",
                    "Passage en caisse ultra rapide, vraiment bien organisé.",
                    "Pas d'attente aux cabines, très agréable.")),
            "staff", new Pool(List.of(
                    "The staff were lovely and so helpful, thank you!",
                    "A really friendly sales assistant found my size in seconds. Excellent service.",
                    "Brilliant team, kind and patient with my kids.",
                    "The manager was wonderful and sorted everything out, great service."), List.of(
                    "Le personnel est adorable et très serviable, merci !",
                    "Une vendeuse super sympa m'a trouvé ma taille tout de suite. Excellent service.",
                    "Équipe géniale, gentille et patiente avec mes enfants.",
                    "Le responsable a été formidable, tout a été réglé, super accueil.")),
            "stock", new Pool(List.of(
                    "Everything in stock in my size, love it.",
                    "Great selection and the new jackets are back, so happy.",
                    "Finally found the perfect jeans, excellent choice this season.",
                    "Shelves full and beautifully arranged, perfect."), List.of(
                    "Tout était disponible dans ma taille, j'adore.",
                    "Super choix et les nouvelles vestes sont de retour, trop contente.",
                    "Enfin trouvé le jean parfait, excellent choix cette saison.",
                    "Rayons bien remplis et joliment présentés, parfait.")),
            "prices", new Pool(List.of(
                    "Amazing deals this week, great value for money.",
                    "Really good prices and excellent quality, highly recommend.",
                    "Fantastic sale, I got two coats for a great price.",
                    "Best value in town, I love this shop."), List.of(
                    "Des promos incroyables cette semaine, excellent rapport qualité-prix.",
                    "Prix vraiment intéressants et très bonne qualité, je recommande.",
                    "Soldes fantastiques, deux manteaux à super prix.",
                    "Le meilleur rapport qualité-prix du coin, j'adore cette boutique.")),
            "cleanliness", new Pool(List.of(
                    "Spotless shop and beautiful new layout, very nice.",
                    "So clean and bright after the renovation, lovely.",
                    "Tidy, calm and pleasant, a great place to shop.",
                    "The fitting rooms are clean and comfortable, excellent."), List.of(
                    "Magasin impeccable et nouvel aménagement superbe, très agréable.",
                    "Tellement propre et lumineux depuis les travaux, très beau.",
                    "Bien rangé, calme et agréable, un vrai plaisir.",
                    "Les cabines sont propres et confortables, excellent.")),
            "delivery", new Pool(List.of(
                    "My order arrived early and perfectly packed, great job!",
                    "Click and collect was ready in an hour, brilliant.",
                    "Super fast delivery and easy returns, very happy.",
                    "Parcel arrived the next day, excellent service."), List.of(
                    "Commande arrivée en avance et parfaitement emballée, bravo !",
                    "Le retrait en magasin était prêt en une heure, génial.",
                    "Livraison super rapide et retours faciles, très contente.",
                    "Colis reçu le lendemain, excellent service.")));

    private static final Map<String, Pool> COMPLAINTS = Map.of(
            "queues", new Pool(List.of(
                    "Waited forty minutes at the till with one checkout open, terrible.",
                    "A huge queue and a horrible wait, awful experience.",
                    "The wait at the checkout was ridiculous, never again.",
                    "Endless queue at the fitting rooms, so frustrating."), List.of(
                    "Quarante minutes d'attente en caisse avec une seule caisse ouverte, c'est nul.",
                    "Une file d'attente énorme et personne ne s'en soucie, horrible.",
                    "L'attente en caisse est ridicule, plus jamais.",
                    "Attente interminable aux cabines, vraiment pénible.")),
            "staff", new Pool(List.of(
                    "The staff were rude and unhelpful, terrible service.",
                    "A sales assistant was really rude to me, disgusting attitude.",
                    "Nobody to help and the manager could not care less, awful.",
                    "Worst customer service ever, the staff ignored us."), List.of(
                    "Personnel désagréable et pas aidant, service nul.",
                    "Un vendeur a été vraiment impoli avec moi, attitude honteuse.",
                    "Personne pour aider, responsable méprisant, lamentable.",
                    "Le pire service client, le personnel nous a ignorés.")),
            "stock", new Pool(List.of(
                    "Nothing in stock again, empty shelves, so disappointing.",
                    "The advertised items were missing, what a waste of time.",
                    "Half empty shelves and no sizes left, terrible.",
                    "Out of stock on everything I wanted, useless."), List.of(
                    "Encore rien en stock, rayons vides, très décevant.",
                    "Les articles de la pub étaient introuvables, perte de temps.",
                    "Rayons à moitié vides et plus aucune taille, nul.",
                    "Rupture de stock partout, très décevant.")),
            "prices", new Pool(List.of(
                    "Prices went up again and the quality is poor, a rip-off.",
                    "The promotion was a scam, charged full price at the till. Disgraceful.",
                    "Overpriced rubbish, very disappointed.",
                    "Fake discounts and terrible quality, avoid."), List.of(
                    "Prix scandaleux et qualité médiocre, honteux.",
                    "La promo était une arnaque, payé plein tarif en caisse. Honteux.",
                    "Trop cher pour de la camelote, nul et décevant.",
                    "Fausses réductions et qualité médiocre, à éviter.")),
            "cleanliness", new Pool(List.of(
                    "Dirty fitting rooms and clothes all over the floor, disgusting.",
                    "The shop was filthy and messy, awful.",
                    "Broken mirrors and rubbish everywhere, terrible state.",
                    "Smelly, dirty and chaotic, horrible place."), List.of(
                    "Cabines sales et vêtements par terre, dégoûtant.",
                    "Le magasin était sale et en désordre, horrible.",
                    "Miroirs cassés et déchets partout, état lamentable.",
                    "Ça sent mauvais, c'est sale et le chaos, horrible.")),
            "delivery", new Pool(List.of(
                    "My parcel is two weeks late and nobody answers, terrible.",
                    "Order arrived damaged and the refund never came, awful.",
                    "Click and collect was not ready, wasted trip, furious.",
                    "Lost delivery and useless customer service, never again."), List.of(
                    "Mon colis a deux semaines de retard et personne ne répond, nul.",
                    "Commande arrivée abîmée et jamais remboursée, horrible.",
                    "Retrait en magasin pas prêt, déplacement pour rien, furieuse.",
                    "Livraison perdue et service client inutile, plus jamais.")));

    /** Remarks and questions that take no side. */
    private static final Pool REMARKS = new Pool(List.of(
            "Does anyone know the opening hours on Sunday?",
            "Is the winter collection already in the shops?",
            "Going shopping this afternoon.",
            "Which size do the jackets run?",
            "They moved the menswear section upstairs.",
            "Picked up a parcel on the way home.",
            "Is click and collect available for shoes?",
            "The sale starts on Wednesday apparently."), List.of(
            "Quelqu'un connaît les horaires du dimanche ?",
            "Vous ouvrez à quelle heure samedi ?",
            "Shopping cet après-midi.",
            "Les vestes sont à quel étage ?",
            "Le rayon homme est maintenant à l'étage.",
            "Passé récupérer un colis en rentrant.",
            "Il y a un parking à côté ?",
            "J'y passe demain matin."));

    private static final Pool CHEERS = new Pool(List.of(" Love it!", " Thank you so much!", " 😍", " Bravo!",
            " Highly recommend!"), List.of(" J'adore !", " Merci beaucoup !", " 😍", " Bravo !", " Je recommande !"));
    private static final Pool JEERS = new Pool(List.of(" Unacceptable.", " Shameful!", " 😡", " Disgraceful.",
            " Avoid!"), List.of(" Inadmissible.", " Honteux !", " 😡", " Scandaleux.", " À fuir !"));

    private static final Pool GOOD_TITLES = new Pool(List.of("Great visit", "Excellent", "Lovely shop"),
            List.of("Super visite", "Excellent", "Très bonne boutique"));
    private static final Pool BAD_TITLES = new Pool(List.of("Terrible", "Very disappointed", "Awful"),
            List.of("Nul", "Très déçue", "Horrible"));
    private static final Pool PLAIN_TITLES = new Pool(List.of("Visit", "Saturday", "Shopping"),
            List.of("Visite", "Samedi", "Courses"));

    private SimulationTexts() {}

    /** A post or review body of the given tone about {@code topic}; {@code place} (or null) names the town. */
    static String text(SplittableRandom rng, String language, Tone tone, String topic, String place, boolean emphatic) {
        String body = switch (tone) {
            case POSITIVE -> PRAISE.get(topic).pick(rng, language);
            case NEGATIVE -> COMPLAINTS.get(topic).pick(rng, language);
            case NEUTRAL -> REMARKS.pick(rng, language);
        };
        if (emphatic && tone != Tone.NEUTRAL) {
            body += (tone == Tone.POSITIVE ? CHEERS : JEERS).pick(rng, language);
        }
        if (place != null && rng.nextBoolean()) {
            body = (FRENCH.equals(language) ? "Magasin de " : "At the ") + place
                    + (FRENCH.equals(language) ? " : " : " store: ") + body;
        }
        return body;
    }

    static String title(SplittableRandom rng, String language, Tone tone) {
        return (switch (tone) {
            case POSITIVE -> GOOD_TITLES;
            case NEGATIVE -> BAD_TITLES;
            case NEUTRAL -> PLAIN_TITLES;
        }).pick(rng, language);
    }

    /** Every sentence a tone can produce on a topic, in one language: for tests of the pools. */
    static List<String> all(String language, Tone tone, String topic) {
        Pool pool = switch (tone) {
            case POSITIVE -> PRAISE.get(topic);
            case NEGATIVE -> COMPLAINTS.get(topic);
            case NEUTRAL -> REMARKS;
        };
        return FRENCH.equals(language) ? pool.fr() : pool.en();
    }

    /** What a simulated post is meant to say. */
    enum Tone { POSITIVE, NEGATIVE, NEUTRAL }
}
