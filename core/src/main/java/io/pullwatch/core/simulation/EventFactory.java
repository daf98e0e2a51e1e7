package io.pullwatch.core.simulation;

import io.pullwatch.core.event.Engagement;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Relation;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.event.SchemaVersion;
import io.pullwatch.core.simulation.SimulationTexts.Tone;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes the contracts of simulated posts and reviews: ids unique within the stream, authors drawn from a large
 * population with lognormal follower counts, a language (the stores are French, so their customers mostly write
 * French), and a text of the requested tone.
 */
final class EventFactory {

    private static final List<String> SOCIAL_PLATFORMS = List.of("twitter", "instagram", "facebook");
    private static final List<String> REVIEW_PLATFORMS = List.of("google", "tripadvisor");
    private static final int AUTHORS = 200_000;
    private static final ReshareCascade.FollowerDistribution POSTERS =
            new ReshareCascade.FollowerDistribution(150, 1.4, 2_000_000);
    private static final double STORE_FRENCH_SHARE = 0.6;
    private static final double BRAND_FRENCH_SHARE = 0.5;

    private final SplittableRandom rng;
    private final String prefix;
    private long mentions;
    private long reviews;

    EventFactory(SplittableRandom rng, long seed) {
        this.rng = rng;
        this.prefix = "sim" + seed + "-";
    }

    /** An original post about a store ({@code store} given) or the brand. */
    Mention post(Instant at, SimulatedStore store, Tone tone, String topic, boolean emphatic) {
        String language = language(store);
        String text = SimulationTexts.text(rng, language, tone, topic, store == null ? null : store.place(), emphatic);
        return mention(at, author(), POSTERS.draw(rng), text, language, null, null, store);
    }

    /** An original post by an author with a given audience: the root of a cascade. */
    Mention root(Instant at, SimulatedStore store, Tone tone, String topic, long followers) {
        String language = language(store);
        String text = SimulationTexts.text(rng, language, tone, topic, store == null ? null : store.place(), true);
        return mention(at, author(), followers, text, language, null, null, store);
    }

    /** A reply in the same tone, to a post of the same thread. */
    Mention reply(Instant at, Mention parent, SimulatedStore store, Tone tone, String topic) {
        String text = SimulationTexts.text(rng, parent.language(), tone, topic, null, rng.nextBoolean());
        return mention(at, author(), POSTERS.draw(rng), text, parent.language(), parent.id(), Relation.REPLY, store);
    }

    /**
     * A plain reshare: the root's text quoted as platforms render a retweet, the resharer's own audience. Its parent
     * is the root, whoever's reshare it came through, as platforms record a retweet of a retweet.
     */
    Mention reshare(Instant at, Mention root, SimulatedStore store, long followers) {
        String text = "RT @" + handle(root.authorId()) + ": " + root.text();
        return mention(at, author(), followers, text, root.language(), root.id(), Relation.RESHARE, store);
    }

    Review review(Instant at, SimulatedStore store, Tone tone, String topic, boolean emphatic) {
        String language = language(store);
        double rating = switch (tone) {
            case POSITIVE -> 4 + rng.nextInt(2);
            case NEGATIVE -> 1 + rng.nextInt(2);
            case NEUTRAL -> 3;
        };
        return new Review(SchemaVersion.CURRENT, prefix + "r" + (++reviews),
                REVIEW_PLATFORMS.get(rng.nextInt(REVIEW_PLATFORMS.size())), store.id(), rating,
                SimulationTexts.title(rng, language, tone),
                SimulationTexts.text(rng, language, tone, topic, null, emphatic), language, author(), at, null);
    }

    private Mention mention(Instant at, String author, long followers, String text, String language, String parentId,
            Relation relation, SimulatedStore store) {
        return new Mention(SchemaVersion.CURRENT, prefix + "m" + (++mentions),
                SOCIAL_PLATFORMS.get(rng.nextInt(SOCIAL_PLATFORMS.size())), author, followers, text, language, at,
                parentId, relation, Engagement.NONE, store == null ? null : store.id(), null, null);
    }

    private String language(SimulatedStore store) {
        double french = store == null ? BRAND_FRENCH_SHARE : STORE_FRENCH_SHARE;
        return rng.nextDouble() < french ? SimulationTexts.FRENCH : SimulationTexts.ENGLISH;
    }

    private String author() {
        return "sim:u" + rng.nextInt(AUTHORS);
    }

    private static String handle(String authorId) {
        return authorId.substring(authorId.indexOf(':') + 1);
    }
}
