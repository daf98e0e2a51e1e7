package io.pullwatch.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What people write during one wave. Context sentences describe what happened without naming the initiative;
 * naming sentences name it (code, hashtag, alias or staff name, {name} being filled from {@code names}). Keeping the
 * two apart lets the scenario decide which posts an attributor can tie by name and which only by context. Hashtags
 * are part of the text, as people type them.
 */
record WaveTexts(TextPool titles, TextPool context, TextPool naming, List<String> names, List<String> contextTags,
        List<String> namingTags, TextPool endings) {

    WaveTexts {
        names = List.copyOf(names);
        contextTags = List.copyOf(contextTags);
        namingTags = List.copyOf(namingTags);
    }

    String title(SplittableRandom rng, String language) {
        return titles.pick(rng, language);
    }

    /** One or two context sentences, with the naming sentence first or last when the review names the initiative. */
    String reviewText(SplittableRandom rng, String language, boolean named) {
        List<String> sentences = new ArrayList<>(context.pickDistinct(rng, language, 1 + rng.nextInt(2)));
        if (named) {
            sentences.add(rng.nextBoolean() ? 0 : sentences.size(), namingSentence(rng, language));
        }
        return String.join(" ", sentences);
    }

    /**
     * Posts are short: one sentence, sometimes two, often an emoji and a hashtag or two. Named posts often carry the
     * initiative's own hashtag; context posts only carry general ones.
     */
    String postText(SplittableRandom rng, String language, boolean named) {
        int extra = rng.nextInt(3) == 0 ? 1 : 0;
        List<String> sentences = new ArrayList<>(context.pickDistinct(rng, language, (named ? 0 : 1) + extra));
        if (named) {
            sentences.add(0, namingSentence(rng, language));
        }
        String text = String.join(" ", sentences) + endings.pick(rng, language);
        if (named && rng.nextBoolean()) {
            text = withTag(text, namingTags.get(rng.nextInt(namingTags.size())));
        }
        if (rng.nextInt(3) == 0) {
            text = withTag(text, contextTags.get(rng.nextInt(contextTags.size())));
        }
        return text;
    }

    /** People do not repeat a hashtag they already typed in the sentence. */
    private static String withTag(String text, String tag) {
        boolean present = text.toLowerCase(Locale.ROOT).contains("#" + tag.toLowerCase(Locale.ROOT));
        return present ? text : text + " #" + tag;
    }

    private String namingSentence(SplittableRandom rng, String language) {
        String sentence = naming.pick(rng, language);
        if (!sentence.contains("{name}")) {
            return sentence;
        }
        return sentence.replace("{name}", names.get(rng.nextInt(names.size())));
    }

    /** The flash sale at Lille that sold out in minutes: angry, about stock, queues, overwhelmed staff and the code. */
    static final WaveTexts FLASH_SALE_GONE_WRONG = new WaveTexts(
            new TextPool(
                    List.of("Chaos", "What a mess", "Total chaos today", "Never again", "Shambles",
                            "Complete waste of time", "Avoid today", "Badly organised"),
                    List.of("Le chaos", "Quelle pagaille", "N'importe quoi", "Plus jamais", "Une honte",
                            "Perte de temps", "À fuir aujourd'hui", "Très mal organisé")),
            new TextPool(List.of(
                    "Sold out in ten minutes, the rails were empty by the time I got in.",
                    "Queued for forty minutes outside in the cold for nothing.",
                    "The staff were completely overwhelmed, nobody could tell us anything.",
                    "Out of stock in every size except XXL.",
                    "Total chaos at the tills, one checkout open for a crowd of people.",
                    "They advertised a sale and had maybe twenty coats to sell.",
                    "People were grabbing coats out of each other's hands.",
                    "The discount was refused at the till because 'the system was not updated'.",
                    "Came in on my lunch break, left without a coat and without lunch.",
                    "The security guard closed the doors and left us waiting outside.",
                    "The poor sales assistant was on her own facing fifty angry customers.",
                    "The offer disappeared from the labels halfway through the afternoon.",
                    "Nobody could tell me whether more stock was coming.",
                    "Fitting rooms closed 'because of the crowd', so no way to try anything on.",
                    "Worst shopping experience I've had in this store.",
                    "False advertising, pure and simple.",
                    "Big announcement, empty shelves: they are laughing at us.",
                    "I was told the promotion only applied to the first customers, which no one mentioned."), List.of(
                    "Rupture de stock en dix minutes, les portants étaient vides quand je suis entrée.",
                    "Quarante minutes de queue dehors dans le froid pour rien.",
                    "Personnel complètement débordé, personne ne savait nous répondre.",
                    "Rupture de stock dans toutes les tailles sauf le XXL.",
                    "Chaos total en caisse, une seule caisse ouverte pour une foule de clients.",
                    "Ils annoncent une promo et ont peut-être vingt manteaux à vendre.",
                    "Des gens s'arrachaient les manteaux des mains.",
                    "La réduction a été refusée en caisse parce que « le système n'était pas à jour ».",
                    "Venue pendant ma pause déjeuner, repartie sans manteau et sans déjeuner.",
                    "Le vigile a fermé les portes et nous a laissés attendre dehors.",
                    "La pauvre vendeuse était seule face à cinquante clients furieux.",
                    "L'offre a disparu des étiquettes au milieu de l'après-midi.",
                    "Impossible de savoir si du stock allait arriver.",
                    "Cabines fermées « à cause de l'affluence », impossible d'essayer quoi que ce soit.",
                    "Pire expérience que j'ai eue dans ce magasin.",
                    "Publicité mensongère, tout simplement.",
                    "Grosse annonce, rayons vides : on se moque de nous.",
                    "On m'a dit que la promo ne valait que pour les premiers clients, ce n'était écrit nulle part.")),
            new TextPool(List.of(
                    "The FLASH30 code was refused at the till.",
                    "So much for #flash30.",
                    "Don't bother with FLASH30, there is nothing left to buy.",
                    "Came in specially for the FLASH30 sale on winter coats.",
                    "#flash30 was a total fiasco.",
                    "The cashier said FLASH30 'does not exist in the system'.",
                    "Saw #flash30 on Instagram this morning and rushed over, big mistake.",
                    "Three of us tried FLASH30, it failed every time.",
                    "The -30% FLASH30 offer lasted about a quarter of an hour."), List.of(
                    "Le code FLASH30 a été refusé en caisse.",
                    "Merci pour le #flash30...",
                    "Inutile de venir avec FLASH30, il n'y a plus rien à acheter.",
                    "Venue exprès pour la vente FLASH30 sur les manteaux d'hiver.",
                    "#flash30, un fiasco total.",
                    "La caissière m'a dit que FLASH30 « n'existe pas dans le système ».",
                    "Vu #flash30 sur Instagram ce matin, j'ai foncé : grosse erreur.",
                    "On a essayé FLASH30 à trois, refusé à chaque fois.",
                    "L'offre -30 % FLASH30 a duré un quart d'heure.")),
            List.of(),
            List.of("lille", "fail", "arnaque", "soldes", "honte"),
            List.of("flash30"),
            new TextPool(List.of("", "", " 😡", " 🙄", " 😤"), List.of("", "", " 😡", " 🙄", " 😤")));

    /** Customers delighted with Jean-François's WhatsApp advice at Part-Dieu, by name or just by what he did. */
    static final WaveTexts CHAT_PRAISE = new WaveTexts(
            new TextPool(
                    List.of("Brilliant advice", "Outstanding service", "Five stars", "So helpful", "Above and beyond",
                            "Personal shopper heaven", "Highly recommend", "A real pleasure"),
                    List.of("Conseils au top", "Service exceptionnel", "Cinq étoiles", "Tellement serviable",
                            "Au-delà des attentes", "Un vrai conseiller", "Je recommande vivement",
                            "Un vrai plaisir")),
            new TextPool(List.of(
                    "Asked for advice on WhatsApp before coming in and everything was ready in the fitting room.",
                    "Sent a photo of my wedding outfit by WhatsApp and got spot-on suggestions.",
                    "Best personal shopping experience I've had, and all by message.",
                    "The advice over WhatsApp was honest: he told me not to buy the first jacket.",
                    "Got an answer on WhatsApp in five minutes, on a Sunday evening!",
                    "He put three sizes aside for me after our chat, I just had to try them on.",
                    "Such a simple idea: message the store, get real advice from a real person.",
                    "My dad hates shopping, the WhatsApp chat made it painless.",
                    "Told them my budget by message and they stuck to it, no upselling.",
                    "Found the perfect coat thanks to the WhatsApp tips on fabric and fit.",
                    "Voice notes with styling advice, I felt like a VIP.",
                    "The chat service helped me find a gift for my partner in ten minutes.",
                    "Friendly, quick and genuinely useful advice by message.",
                    "Other stores should copy this WhatsApp advice service.",
                    "I was hesitating between two colours, the advice by message settled it.",
                    "He remembered my sizes from our last chat, what service."), List.of(
                    "Demandé conseil sur WhatsApp avant de venir, tout était prêt en cabine.",
                    "Envoyé une photo de ma tenue de mariage sur WhatsApp, conseils parfaits.",
                    "Meilleure expérience de conseil personnalisé que j'aie eue, et tout par message.",
                    "Conseil honnête sur WhatsApp : il m'a déconseillé la première veste.",
                    "Réponse sur WhatsApp en cinq minutes, un dimanche soir !",
                    "Il m'a mis trois tailles de côté après notre échange, je n'avais plus qu'à essayer.",
                    "Une idée toute simple : écrire au magasin et avoir un vrai conseil d'une vraie personne.",
                    "Mon père déteste faire les magasins, le chat WhatsApp lui a tout simplifié.",
                    "J'ai donné mon budget par message et il l'a respecté, aucune vente forcée.",
                    "Trouvé le manteau parfait grâce aux conseils WhatsApp sur la matière et la coupe.",
                    "Des messages vocaux avec des conseils de style, je me suis sentie VIP.",
                    "Le service de chat m'a aidé à trouver un cadeau pour ma compagne en dix minutes.",
                    "Conseils sympas, rapides et vraiment utiles par message.",
                    "Les autres magasins devraient copier ce service de conseil sur WhatsApp.",
                    "J'hésitais entre deux couleurs, le conseil par message a tranché.",
                    "Il se souvenait de mes tailles depuis notre dernier échange, quel service.")),
            new TextPool(List.of(
                    "Thank you {name} for the WhatsApp advice!",
                    "{name} at Part-Dieu is a star.",
                    "Ask for {name}, he knows his stuff.",
                    "{name} found me the right size in minutes.",
                    "Huge thanks to {name} for his patience.",
                    "Messaged {name} on WhatsApp and he had everything ready.",
                    "#askJF really works, try it.",
                    "Give {name} a raise!",
                    "{name}'s advice was spot on."), List.of(
                    "Merci {name} pour les conseils sur WhatsApp !",
                    "{name} à la Part-Dieu, c'est une perle.",
                    "Demandez {name}, il connaît son métier.",
                    "{name} m'a trouvé la bonne taille en quelques minutes.",
                    "Un grand merci à {name} pour sa patience.",
                    "Écrit à {name} sur WhatsApp, tout était prêt à mon arrivée.",
                    "#askJF, ça marche vraiment, essayez.",
                    "Augmentez {name} !",
                    "Les conseils de {name} étaient parfaits.")),
            List.of("Jean-François", "JF", "Jean-Francois", "Jean-François Martin"),
            List.of("lyon", "service", "merci", "style"),
            List.of("askJF"),
            new TextPool(List.of("", "", " 🙌", " 👏", " ❤️"), List.of("", "", " 🙌", " 👏", " ❤️")));
}
