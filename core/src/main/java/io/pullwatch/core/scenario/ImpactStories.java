package io.pullwatch.core.scenario;

import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.InitiativeKind;
import io.pullwatch.core.event.InitiativeStatus;
import io.pullwatch.core.event.Polarity;
import io.pullwatch.core.event.SchemaVersion;
import io.pullwatch.core.impact.OfficialCommunication;
import io.pullwatch.core.impact.OfficialOffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The stores, initiatives, official offers and texts of the impact scenario: seven stores each running one
 * initiative of known effect or risk, and five stores running none, which serve as comparable stores.
 */
final class ImpactStories {

    static final String NANTES = "nantes-centre";
    static final String MARSEILLE = "marseille-prado";
    static final String TOULOUSE = "toulouse-capitole";
    static final String RENNES = "rennes-colombier";
    static final String BORDEAUX = "bordeaux-lac";
    static final String STRASBOURG = "strasbourg-kleber";
    static final String LYON = "lyon-bellecour";
    static final List<String> COMPARABLE_STORES =
            List.of("paris-opera", "lille-europe", "nice-massena", "grenoble-victor-hugo", "dijon-darcy");
    static final List<String> STORES = Stream.concat(
            Stream.of(NANTES, MARSEILLE, TOULOUSE, RENNES, BORDEAUX, STRASBOURG, LYON), COMPARABLE_STORES.stream())
            .toList();

    static final String CAFE = "init-nantes-cafe";
    static final String NOCTURNE = "init-marseille-nocturne";
    static final String POINTS = "init-toulouse-points";
    static final String STUDENTS = "init-rennes-students";
    static final String FLASH40 = "init-bordeaux-flash40";
    static final String DJ = "init-strasbourg-dj";
    static final String STYLING = "init-lyon-styling";

    /** Each initiative runs six hours. */
    static final Duration RUNS = Duration.ofHours(6);

    private ImpactStories() {}

    static Initiative initiative(String id, String store, String staff, String owner, InitiativeKind kind,
            String title, String description, Instant startsAt, List<String> codes, List<String> hashtags,
            List<String> aliases, String partner) {
        return new Initiative(SchemaVersion.CURRENT, id, store, staff, owner, kind, title, description, startsAt,
                startsAt.plus(RUNS), List.of("in-store"), codes, hashtags, aliases, partner, InitiativeStatus.ACTIVE);
    }

    /** When each initiative starts, in hours after the scenario's start: after a day of ordinary feedback. */
    static List<Initiative> initiatives(Instant scenarioStart) {
        Instant day = scenarioStart.plus(Duration.ofHours(24));
        return List.of(
                initiative(CAFE, NANTES, "staff-0201", "Léa Moreau", InitiativeKind.LOCAL_PARTNERSHIP,
                        "Free coffee at Café Loire with every purchase",
                        "Show your receipt at Café Loire next door for a free coffee.", day, List.of("LOIRE"),
                        List.of("#cafeloire"), null, "Café Loire"),
                initiative(NOCTURNE, MARSEILLE, "staff-0311", "Karim Haddad", InitiativeKind.EVENT,
                        "Late-night opening until 10 pm", "The store stays open until 10 pm on Thursday.",
                        day.plus(Duration.ofHours(1)), null, List.of("#nocturneprado"), List.of("nocturne"), null),
                initiative(POINTS, TOULOUSE, "staff-0402", "Julie Garcia", InitiativeKind.EVENT,
                        "Double loyalty points weekend", "Loyalty points count double on every purchase.", day,
                        null, List.of("#doublepoints"), List.of("double points"), null),
                initiative(STUDENTS, RENNES, "staff-0517", "Hugo Lefèvre", InitiativeKind.FLASH_PROMOTION,
                        "Student evening: -20% with STUDENT20", "Twenty percent off for students, code STUDENT20.",
                        day.plus(Duration.ofHours(2)), List.of("STUDENT20"), null, null, null),
                initiative(FLASH40, BORDEAUX, "staff-0623", "Manon Roux", InitiativeKind.FLASH_PROMOTION,
                        "Flash sale: jeans at -40%", "Forty percent off every pair of jeans with FLASH40.", day,
                        List.of("FLASH40"), List.of("#flash40"), null, null),
                initiative(DJ, STRASBOURG, "staff-0734", "Thomas Weber", InitiativeKind.EVENT,
                        "DJ set in store on Saturday afternoon", "A local DJ plays in the store all afternoon.",
                        day.plus(Duration.ofHours(1)), null, List.of("#djkleber"), List.of("DJ set"), null),
                initiative(STYLING, LYON, "staff-0845", "Chloé Bernard", InitiativeKind.CUSTOMER_CHAT,
                        "Personal styling appointments with Chloé", "Book a free styling session with Chloé.",
                        day, null, List.of("#stylingbellecour"), List.of("styling appointment"), null));
    }

    /** What the brand announced: the two promotions' offers. The flash sale's BDX30 code is nowhere in it. */
    static OfficialCommunication official(Instant scenarioStart) {
        Instant from = scenarioStart.minus(Duration.ofDays(7));
        Instant until = scenarioStart.plus(Duration.ofDays(7));
        return new OfficialCommunication(List.of(
                new OfficialOffer("bordeaux-jeans-40", from, until, List.of(BORDEAUX),
                        "Flash sale: jeans at -40% with FLASH40", List.of(40), List.of("FLASH40")),
                new OfficialOffer("rennes-students-20", from, until, List.of(RENNES),
                        "Student evening: -20% with STUDENT20", List.of(20), List.of("STUDENT20")),
                new OfficialOffer("nantes-cafe-loire", from, until, List.of(NANTES),
                        "Free coffee at Café Loire with every purchase", List.of(), List.of("LOIRE"))));
    }

    // ---------------------------------------------------------------------------------------------- effects

    static Story praise(Initiative cafe) {
        return new Story("effect-positive-" + cafe.storeId(), cafe, Polarity.POSITIVE, null,
                new TextPool(List.of(
                        "Free coffee at Café Loire with my new jumper, what a lovely idea!",
                        "Showed my receipt at Café Loire and got my coffee, brilliant. #cafeloire",
                        "The LOIRE offer is such a nice touch, thank you!",
                        "Shopping then a free coffee at Café Loire, perfect Saturday.",
                        "Love the partnership with Café Loire, great idea."), List.of(
                        "Café offert au Café Loire avec mon nouveau pull, super idée !",
                        "Ticket montré au Café Loire, café offert, génial. #cafeloire",
                        "L'offre LOIRE est vraiment une belle attention, merci !",
                        "Shopping puis café offert au Café Loire, samedi parfait.",
                        "J'adore le partenariat avec le Café Loire, excellente idée.")),
                new TextPool(List.of(
                        "The staff were lovely and so welcoming this morning.",
                        "Excellent service, everyone was smiling and helpful.",
                        "Wonderful visit, I will definitely come back.",
                        "Such a friendly team, a real pleasure to shop here.",
                        "Great atmosphere in the store, really enjoyed it.",
                        "Perfect, fast and friendly, I loved it."), List.of(
                        "Le personnel était adorable et très accueillant ce matin.",
                        "Excellent service, tout le monde souriant et serviable.",
                        "Superbe visite, je reviendrai sans hésiter.",
                        "Équipe tellement sympathique, un vrai plaisir de faire ses achats ici.",
                        "Super ambiance dans le magasin, j'ai adoré.",
                        "Parfait, rapide et chaleureux, j'ai adoré.")),
                0.7);
    }

    static Story complaints(Initiative nocturne) {
        return new Story("effect-negative-" + nocturne.storeId(), nocturne, Polarity.NEGATIVE, null,
                new TextPool(List.of(
                        "The late-night opening was a disaster. #nocturneprado",
                        "Never again for the nocturne, awful.",
                        "Came for the late-night opening, terrible experience.",
                        "The nocturne at Prado was a shambles."), List.of(
                        "La nocturne était une catastrophe. #nocturneprado",
                        "Plus jamais la nocturne, horrible.",
                        "Venue pour la nocturne, expérience épouvantable.",
                        "La nocturne du Prado, un vrai fiasco.")),
                new TextPool(List.of(
                        "One till open and a forty-minute queue, awful.",
                        "The staff were exhausted and rude, terrible service.",
                        "Horrible experience, nobody to help and a dirty shop.",
                        "Waited forever, worst visit ever, disappointed.",
                        "Terrible organisation, I left angry without buying anything.",
                        "Rude staff and endless queues, very disappointing."), List.of(
                        "Une seule caisse ouverte et quarante minutes d'attente, horrible.",
                        "Le personnel était épuisé et désagréable, service lamentable.",
                        "Expérience horrible, personne pour aider et magasin sale.",
                        "Attente interminable, pire visite de ma vie, très déçu.",
                        "Organisation catastrophique, je suis reparti furieux sans rien acheter.",
                        "Personnel désagréable et queues interminables, très décevant.")),
                0.6);
    }

    /** Customers mention the initiative in passing; what they think is what they would think on any day. */
    static Story inPassing(String id, Initiative initiative, TextPool naming) {
        return new Story(id, initiative, null, null, naming, null, 1.0);
    }

    static TextPool doublePoints() {
        return new TextPool(List.of(
                "I was there for the double loyalty points weekend.",
                "Went in for the double points on my loyalty card.",
                "Double points weekend at Capitole. #doublepoints"), List.of(
                "Venue pour le week-end des points fidélité doublés.",
                "Passée pour les double points sur ma carte de fidélité.",
                "Week-end double points au Capitole. #doublepoints"));
    }

    static TextPool studentEvening() {
        return new TextPool(List.of(
                "Student evening with the STUDENT20 code.",
                "Used STUDENT20 at the student evening, -20% as announced.",
                "Went to the student evening with my student card."), List.of(
                "Soirée étudiante avec le code STUDENT20.",
                "Code STUDENT20 utilisé à la soirée étudiante, -20 % comme annoncé.",
                "Allée à la soirée étudiante avec ma carte étudiante."));
    }

    static TextPool flashSale() {
        return new TextPool(List.of(
                "Bought jeans at -40% with FLASH40.",
                "The FLASH40 sale on jeans is on today. #flash40",
                "Picked up two pairs with the FLASH40 code."), List.of(
                "Jean acheté à -40 % avec FLASH40.",
                "La vente FLASH40 sur les jeans, c'est aujourd'hui. #flash40",
                "Deux jeans pris avec le code FLASH40."));
    }

    static TextPool djSet() {
        return new TextPool(List.of(
                "There was a DJ set in the store this afternoon.",
                "Shopping with the DJ set playing. #djkleber",
                "Heard the DJ set at Kléber while shopping."), List.of(
                "Il y avait un DJ set dans le magasin cet après-midi.",
                "Shopping au son du DJ set. #djkleber",
                "Entendu le DJ set à Kléber pendant mes achats."));
    }

    static TextPool styling() {
        return new TextPool(List.of(
                "Had a styling appointment with Chloé.",
                "Booked a styling appointment at Bellecour. #stylingbellecour",
                "Chloé Bernard did my styling appointment."), List.of(
                "J'ai eu un rendez-vous styling avec Chloé.",
                "Rendez-vous styling réservé à Bellecour. #stylingbellecour",
                "Chloé Bernard m'a fait mon rendez-vous styling."));
    }

    // ---------------------------------------------------------------------------------------------- risks

    static Story risk(String id, Initiative initiative, Polarity tone, TextPool opening, TextPool naming) {
        return new Story(id, initiative, tone, opening, naming, null, 0.5);
    }

    static TextPool stockOuts() {
        return new TextPool(List.of(
                "Sold out in every size by eleven.",
                "Out of stock in my size, the rails were empty.",
                "Nothing left in 38 or 40 after an hour.",
                "All the jeans were sold out before lunch."), List.of(
                "Rupture de stock sur tous les jeans dès 11h.",
                "Plus de stock en 38, les portants étaient vides.",
                "Tout est épuisé, rayons vides à midi.",
                "Plus aucune taille disponible après une heure."));
    }

    static TextPool deepDiscounts() {
        return new TextPool(List.of(
                "They gave me 70% off at the till, what a bargain!",
                "Got -60% on three pairs, the till applied the discount twice!",
                "Half price on the whole jeans wall, amazing!",
                "The cashier gave 70% off instead of 40, great deal."), List.of(
                "-60 % en caisse au lieu de -40 %, j'en ai pris trois !",
                "Moitié prix sur tous les jeans, génial !",
                "La caisse m'a fait -70 %, incroyable affaire !",
                "70 % de réduction appliqués en caisse, top !"));
    }

    static TextPool unannouncedCode() {
        return new TextPool(List.of(
                "The newsletter said -30% with code BDX30, the till refused it.",
                "Instagram ad promised code BDX30, not valid in store.",
                "Came with the BDX30 code from the email, nobody knew about it.",
                "The BDX30 offer everyone is sharing does not work here."), List.of(
                "La newsletter annonçait -30 % avec le code BDX30, refusé en caisse.",
                "Le code BDX30 vu sur Instagram ne marche pas en magasin.",
                "Venue avec le code BDX30 reçu par mail, personne n'était au courant.",
                "L'offre BDX30 que tout le monde partage ne fonctionne pas ici."));
    }

    static TextPool offBrand() {
        return new TextPool(List.of(
                "Open bar and drunk people in the fitting rooms.",
                "The DJ was shouting insults into the mic, so vulgar.",
                "A fight broke out by the tills during the party.",
                "People were wasted by four in the afternoon."), List.of(
                "Alcool à volonté et gens ivres dans les cabines.",
                "Le DJ balançait des insultes au micro, vraiment vulgaire.",
                "Une bagarre a éclaté près des caisses pendant la fête.",
                "Des gens bourrés dès seize heures dans le magasin."));
    }

    static TextPool privateChannel() {
        return new TextPool(List.of(
                "Chloé gave me her personal number, 06 12 34 56 78, to book directly.",
                "She said to email her at chloe.styling@gmail.com rather than the store.",
                "She told me to DM her on her private Instagram for the next session.",
                "Booked through her personal WhatsApp, +33 6 98 76 54 32."), List.of(
                "Chloé m'a donné son numéro perso pour réserver directement : 06 98 76 54 32.",
                "Elle m'a dit d'écrire sur son WhatsApp perso plutôt qu'au magasin.",
                "Pour les rendez-vous, écrivez-lui à chloe.b.styliste@gmail.com.",
                "Réservé par son portable perso, 07 81 22 33 44."));
    }
}
