package io.pullwatch.core.scenario;

import static io.pullwatch.core.scenario.TextPool.FRENCH;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What customers say on an ordinary day: reviews about staff, queues, prices, stock, cleanliness and delivery;
 * posts about the brand or one store; replies; and the occasional post that names an initiative. None of the general
 * sentences names an initiative, so that only the texts meant to concern one can be attributed to one.
 */
final class BackgroundTexts {

    private static final TextPool GOOD = new TextPool(List.of(
            "The staff were friendly and helped me find the right size straight away.",
            "Short queue at the tills, I was in and out in ten minutes.",
            "Prices are fair for the quality, especially the knitwear.",
            "Everything was in stock in my size for once.",
            "Very clean and well organised shop, easy to find things.",
            "My online order was ready for pick-up the next day, as promised.",
            "The fitting rooms were clean and there was no wait.",
            "A sales assistant took the time to check the stockroom for me.",
            "Good selection of trousers and the new jackets look great.",
            "Delivery arrived a day early and the parcel was in perfect condition.",
            "Returns were handled quickly with no questions asked.",
            "Nice music, not too loud, and the shop felt calm for a Saturday.",
            "The manager sorted out a problem with my loyalty card in two minutes.",
            "Good value basics, I always come back for t-shirts and socks.",
            "Staff at the checkout were cheerful even though it was busy.",
            "Well lit, tidy shelves and clear price labels.",
            "The alterations service shortened my trousers in a few days.",
            "Click and collect worked perfectly, my bag was waiting at the desk."), List.of(
            "Personnel souriant qui m'a tout de suite trouvé la bonne taille.",
            "Peu d'attente en caisse, j'en suis ressorti en dix minutes.",
            "Les prix sont corrects pour la qualité, surtout les pulls.",
            "Pour une fois, tout était disponible dans ma taille.",
            "Magasin propre et bien rangé, on trouve facilement ce qu'on cherche.",
            "Ma commande en ligne était prête le lendemain comme prévu.",
            "Cabines d'essayage propres et aucune attente.",
            "Une vendeuse a pris le temps de vérifier en réserve pour moi.",
            "Beau choix de pantalons, et les nouvelles vestes sont très réussies.",
            "Livraison arrivée avec un jour d'avance, colis impeccable.",
            "Retour effectué en deux minutes, sans aucune question.",
            "Ambiance agréable, musique pas trop forte, calme pour un samedi.",
            "Le responsable a réglé mon souci de carte de fidélité très rapidement.",
            "Basiques de bonne qualité à petit prix, j'y reviens toujours pour les t-shirts.",
            "Caissières aimables malgré l'affluence.",
            "Rayons bien éclairés, bien rangés, et les prix sont clairement affichés.",
            "Les retouches de mon pantalon ont été faites en quelques jours.",
            "Le retrait en magasin a parfaitement fonctionné, mon sac m'attendait à l'accueil."));

    private static final TextPool BAD = new TextPool(List.of(
            "Waited twenty minutes at the till with only one checkout open.",
            "The staff seemed more interested in chatting than helping customers.",
            "Nothing left in medium, the shelves looked half empty.",
            "Prices have gone up a lot and the quality has not followed.",
            "Fitting rooms were dirty and two of them were out of order.",
            "My delivery was a week late and nobody answered my emails.",
            "Clothes all over the floor, it looked like a jumble sale.",
            "The assistant was rude when I asked for another size.",
            "The parcel arrived damaged and the return label was missing.",
            "Self-checkout machines broken again, long queue as a result.",
            "The website said in stock, the shop said otherwise.",
            "Refund took three weeks to reach my account.",
            "Far too hot inside and the air conditioning clearly did not work.",
            "Security tag left on my jumper, had to come back the next day.",
            "Nobody on the shop floor to ask anything, I gave up and left.",
            "The seams came apart after the second wash.",
            "Click and collect order not ready even though I got the text message."), List.of(
            "Vingt minutes d'attente en caisse avec une seule caisse ouverte.",
            "Le personnel discutait entre collègues au lieu de s'occuper des clients.",
            "Plus rien en taille M, les rayons étaient à moitié vides.",
            "Les prix ont beaucoup augmenté, pas la qualité.",
            "Cabines sales et deux d'entre elles hors service.",
            "Livraison avec une semaine de retard et aucune réponse à mes mails.",
            "Des vêtements partout par terre, on se croirait dans un vide-grenier.",
            "Vendeur désagréable quand j'ai demandé une autre taille.",
            "Colis arrivé abîmé et sans étiquette de retour.",
            "Caisses automatiques encore en panne, d'où une longue file d'attente.",
            "Indiqué en stock sur le site, introuvable en magasin.",
            "Remboursement reçu au bout de trois semaines.",
            "Beaucoup trop chaud à l'intérieur, la clim ne marchait pas.",
            "Antivol oublié sur mon pull, obligé de revenir le lendemain.",
            "Personne en rayon pour renseigner, j'ai fini par repartir.",
            "Les coutures ont lâché après le deuxième lavage.",
            "Commande click and collect pas prête alors que j'avais reçu le SMS."));

    private static final TextPool GOOD_TITLES = new TextPool(
            List.of("Great visit", "Friendly staff", "Will be back", "Quick and easy", "Good value",
                    "Very pleasant shop", "Helpful team", "No complaints"),
            List.of("Très bonne visite", "Personnel au top", "Je reviendrai", "Rapide et efficace",
                    "Bon rapport qualité-prix", "Magasin agréable", "Équipe serviable", "Rien à redire"));
    private static final TextPool MIXED_TITLES = new TextPool(
            List.of("Okay overall", "Mixed feelings", "Average", "Good and bad"),
            List.of("Correct sans plus", "Mitigé", "Moyen", "Du bon et du moins bon"));
    private static final TextPool BAD_TITLES = new TextPool(
            List.of("Disappointing", "Poor service", "Not again", "Long wait", "Could do better",
                    "Frustrating visit", "Below expectations", "Avoid on Saturdays"),
            List.of("Décevant", "Service médiocre", "Plus jamais", "Attente interminable", "Peut mieux faire",
                    "Visite frustrante", "En dessous de mes attentes", "À éviter le samedi"));

    private static final TextPool BRAND_POSTS = new TextPool(List.of(
            "New winter collection is actually nice this year, the wool coats especially.",
            "Anyone else's parcel stuck in transit since Monday?",
            "Their basics never let me down, third year wearing the same jeans.",
            "Customer service replied in under an hour, impressed.",
            "Why is the app logging me out every time I check my order?",
            "Sizes seem to run small this season, order one up.",
            "Finally a brand that does decent trousers for tall people.",
            "Returned a jacket by post, refund already processed. Smooth.",
            "The loyalty points system is so confusing.",
            "Love the new scarf colours, bought two.",
            "Delivery fees went up again, not great.",
            "Is the sale starting this week or next? Can't find any info."), List.of(
            "La nouvelle collection d'hiver est vraiment sympa cette année, surtout les manteaux en laine.",
            "Quelqu'un d'autre a un colis bloqué depuis lundi ?",
            "Leurs basiques ne me déçoivent jamais, troisième année avec le même jean.",
            "Le service client m'a répondu en moins d'une heure, bravo.",
            "Pourquoi l'appli me déconnecte à chaque fois que je suis ma commande ?",
            "Les tailles taillent petit cette saison, prenez une taille au-dessus.",
            "Enfin une marque avec des pantalons corrects pour les grands.",
            "Veste renvoyée par la poste, déjà remboursée. Nickel.",
            "Le programme de fidélité est vraiment compliqué à comprendre.",
            "J'adore les nouvelles couleurs d'écharpes, j'en ai pris deux.",
            "Les frais de livraison ont encore augmenté, dommage.",
            "Les soldes commencent cette semaine ou la suivante ? Aucune info nulle part."));

    /** {place} is the store's name as people say it: "Part-Dieu" in English, "la Part-Dieu" in French. */
    private static final TextPool STORE_POSTS = new TextPool(List.of(
            "Popped into the {place} store at lunch, busy but quick.",
            "The {place} shop has had the same window display for a month now.",
            "Staff at {place} always so helpful, shout out to the team.",
            "Queue at the {place} store is long today, avoid if you can.",
            "Found the last pair of boots in my size at {place}!",
            "Fitting rooms at {place} are closed again??",
            "The {place} store finally has the new knitwear in.",
            "Lovely chat with the cashier at {place} this morning."), List.of(
            "Passé au magasin de {place} à midi, du monde mais ça allait vite.",
            "La vitrine du magasin de {place} n'a pas changé depuis un mois.",
            "L'équipe de {place} est toujours au top, merci à eux.",
            "Grosse queue au magasin de {place} aujourd'hui, évitez si vous pouvez.",
            "Trouvé la dernière paire de bottines à ma taille à {place} !",
            "Les cabines de {place} sont encore fermées ??",
            "Les nouveaux pulls sont enfin arrivés au magasin de {place}.",
            "Échange sympa avec la caissière de {place} ce matin."));

    private static final TextPool REPLIES = new TextPool(List.of(
            "Same here!", "Same thing happened to me last week.", "Totally agree.", "Really? Mine was fine.",
            "Thanks for the tip!", "Good to know, I'll go tomorrow then.", "Not my experience at all.",
            "Haha this is so true.", "Did you try calling them?", "Ugh, again?", "Which store was it?",
            "Glad it worked out for you.", "I had the opposite experience.", "This. Exactly this.",
            "Sending this to my sister."), List.of(
            "Pareil pour moi !", "Même chose la semaine dernière.", "Tout à fait d'accord.",
            "Ah bon ? Moi ça s'est bien passé.", "Merci pour l'info !", "Bon à savoir, j'irai demain alors.",
            "Pas du tout mon expérience.", "Tellement vrai 😂", "Tu as essayé de les appeler ?", "Encore ?!",
            "C'était quel magasin ?", "Content que ça se soit arrangé.", "J'ai vécu exactement l'inverse.",
            "Voilà. Exactement ça.", "J'envoie ça à ma sœur."));

    /** Ordinary, mostly content posts about each initiative: they name it, as customers who use it do. */
    private static final Map<String, TextPool> ABOUT_INITIATIVE = Map.of(
            DemoInitiatives.FLASH30, new TextPool(List.of(
                    "Got a winter coat 30% off with FLASH30 at Lille, can't complain.",
                    "FLASH30 worked fine at the till this morning, nice deal.",
                    "Anyone know until when the #flash30 sale runs in Lille?",
                    "Picked up a parka with the FLASH30 code, good price for the quality.",
                    "The #flash30 offer is on coats only, not on jackets, just so you know.",
                    "Used FLASH30 on a coat for my son, staff explained the offer well.",
                    // no code, no hashtag: only the topic and the store say which initiative this is
                    "The winter coat sale this afternoon was worth it, thirty percent off every coat."), List.of(
                    "Manteau d'hiver à -30 % avec FLASH30 à Lille, je ne me plains pas.",
                    "Le code FLASH30 est bien passé en caisse ce matin, bonne affaire.",
                    "Quelqu'un sait jusqu'à quand dure la vente #flash30 à Lille ?",
                    "Une parka achetée avec le code FLASH30, bon prix pour la qualité.",
                    "L'offre #flash30 ne concerne que les manteaux, pas les vestes, pour info.",
                    "J'ai utilisé FLASH30 pour le manteau de mon fils, la vendeuse a bien expliqué l'offre.",
                    "Le code flash30 marche aussi sur les manteaux en promo ?")),
            DemoInitiatives.JF_CHAT, new TextPool(List.of(
                    "Sent JF a photo of my outfit on WhatsApp and he suggested the right trousers.",
                    "Jean-François answered my WhatsApp question about sizes within minutes.",
                    "Tried the #askJF WhatsApp service, handy for checking stock before coming in.",
                    "JF told me by message which colours were back in at Part-Dieu.",
                    "Asked Jean-Francois on WhatsApp whether the coat came in petite, he checked for me.",
                    "The WhatsApp advice with JF saved me a trip, the jacket was put aside.",
                    // name variants and typos
                    "Jean-Fancois Martin sorted out my size question in two minutes, great advisor."), List.of(
                    "Envoyé une photo de ma tenue à JF sur WhatsApp, il m'a conseillé le bon pantalon.",
                    "Jean-François a répondu à ma question sur les tailles en quelques minutes sur WhatsApp.",
                    "Testé le service #askJF sur WhatsApp, pratique pour vérifier le stock avant de venir.",
                    "JF m'a dit par message quelles couleurs étaient revenues à la Part-Dieu.",
                    "Demandé à Jean-Francois sur WhatsApp si le manteau existait en petite taille, il a vérifié.",
                    "Le conseil WhatsApp avec JF m'a évité un déplacement, la veste m'a été mise de côté.",
                    "jean francois martin m'a trouvé la bonne taille par message, top.")),
            DemoInitiatives.DUPONT_BAKERY, new TextPool(List.of(
                    "Free croissant from Boulangerie Dupont with my new scarf, what a lovely idea.",
                    "Showed the DUPONT code at the till and got my croissant voucher.",
                    "Shopping at Rivoli then breakfast at Boulangerie Dupont, thanks to the partnership.",
                    "The croissant offer with the bakery next door is such a nice touch.",
                    "Used DUPONT at checkout, the croissant was still warm.",
                    "Didn't know about the Boulangerie Dupont deal until the cashier mentioned it.",
                    // the partner named, with a typo, and nothing else of the operation
                    "Breakfast at Boulangerie Dupnot after shopping, lovely pastries."), List.of(
                    "Un croissant offert par la Boulangerie Dupont avec mon écharpe, super idée.",
                    "J'ai donné le code DUPONT en caisse et j'ai eu mon bon pour un croissant.",
                    "Shopping à Rivoli puis petit-déj à la Boulangerie Dupont grâce au partenariat.",
                    "L'offre croissant avec la boulangerie d'à côté, c'est une jolie attention.",
                    "Code DUPONT utilisé en caisse, le croissant était encore chaud.",
                    "Je ne connaissais pas l'opération avec la Boulangerie Dupont, la caissière m'en a parlé.",
                    "Petit-déj à la boulangerie Dupont après mes achats, les viennoiseries sont excellentes.")),
            DemoInitiatives.REPAIR_CORNER, new TextPool(List.of(
                    "The Saturday repair corner fixed the zip on my coat for free.",
                    "Brought an old jumper to the repair corner, they darned the elbow in twenty minutes.",
                    "Love the repair corner idea, much better than throwing clothes away.",
                    "Marc at the repair corner replaced two buttons while I shopped.",
                    "Is the repair corner on every Saturday or just this month?",
                    "Got my jeans hemmed at the repair corner, brilliant service.",
                    "Marc Petit fixed the buttons on my coat while I waited, thank you."), List.of(
                    "Le repair corner du samedi a réparé gratuitement la fermeture de mon manteau.",
                    "Apporté un vieux pull au repair corner, ils ont reprisé le coude en vingt minutes.",
                    "J'adore l'idée du repair corner, bien mieux que de jeter ses vêtements.",
                    "Marc du repair corner m'a recousu deux boutons pendant que je faisais mes achats.",
                    "Le repair corner, c'est tous les samedis ou seulement ce mois-ci ?",
                    "Ourlet de jean fait au repair corner, service génial.")));

    private static final Map<String, List<String>> PLACES = Map.of(
            DemoInitiatives.PARIS_RIVOLI, List.of("Rivoli", "Rivoli"),
            DemoInitiatives.LYON_PART_DIEU, List.of("Part-Dieu", "la Part-Dieu"),
            DemoInitiatives.LILLE_CENTRE, List.of("Lille", "Lille"));
    private static final Map<String, String> CITY_TAGS = Map.of(
            DemoInitiatives.PARIS_RIVOLI, "paris", DemoInitiatives.LYON_PART_DIEU, "lyon",
            DemoInitiatives.LILLE_CENTRE, "lille");
    private static final List<String> TOPIC_TAGS = List.of("shopping", "mode", "ootd", "winter", "hiver", "style");

    private BackgroundTexts() {}

    static String reviewTitle(SplittableRandom rng, String language, int rating) {
        TextPool titles = rating >= 4 ? GOOD_TITLES : rating == 3 ? MIXED_TITLES : BAD_TITLES;
        return titles.pick(rng, language);
    }

    /** Happy reviews praise, unhappy ones complain, and three stars do a bit of both. */
    static String reviewText(SplittableRandom rng, String language, int rating) {
        if (rating == 3) {
            return GOOD.pick(rng, language) + " " + BAD.pick(rng, language);
        }
        TextPool tone = rating > 3 ? GOOD : BAD;
        return String.join(" ", tone.pickDistinct(rng, language, 1 + rng.nextInt(2)));
    }

    /** A post about one store when {@code storeId} is given, about the brand as a whole otherwise. */
    static String post(SplittableRandom rng, String language, String storeId) {
        if (storeId == null) {
            return BRAND_POSTS.pick(rng, language);
        }
        String place = PLACES.get(storeId).get(FRENCH.equals(language) ? 1 : 0);
        return STORE_POSTS.pick(rng, language).replace("{place}", place);
    }

    static String reply(SplittableRandom rng, String language) {
        return REPLIES.pick(rng, language);
    }

    static String aboutInitiative(SplittableRandom rng, String language, String initiativeId) {
        return ABOUT_INITIATIVE.get(initiativeId).pick(rng, language);
    }

    /** Hashtags to end a post with: a topic tag, and the city's when the post is about a store. */
    static String hashtags(SplittableRandom rng, String storeId) {
        String topic = " #" + TOPIC_TAGS.get(rng.nextInt(TOPIC_TAGS.size()));
        return storeId == null ? topic : topic + " #" + CITY_TAGS.get(storeId);
    }
}
