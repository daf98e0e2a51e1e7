package io.pullwatch.core.scenario;

import static io.pullwatch.core.scenario.TextPool.ENGLISH;
import static io.pullwatch.core.scenario.TextPool.FRENCH;

import io.pullwatch.core.event.Engagement;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Relation;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.event.SchemaVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the contract event for each planned moment: texts, ratings, authors, platforms and replies. Called in time
 * order, so ids grow with time and replies can only point back. Posts belong to a thread (the background, or one
 * wave); replies, quotes and reshares answer a recent post of their own thread and concern what it concerns.
 */
final class EventMaker {

    private static final List<String> REVIEW_PLATFORMS = List.of("google", "tripadvisor", "website");
    private static final List<String> SOCIAL_PLATFORMS = List.of("twitter", "instagram", "facebook");
    /** Replies outnumber quotes and reshares, as on the platforms. */
    private static final List<Relation> FOLLOW_UPS = List.of(Relation.REPLY, Relation.REPLY, Relation.RESHARE,
            Relation.QUOTE);
    private static final Pattern HASHTAG = Pattern.compile("#([\\p{L}\\p{N}_]+)");

    /** About one ordinary post or review in ten legitimately concerns an initiative. */
    private static final double ABOUT_INITIATIVE_SHARE = 0.10;
    private static final double BACKGROUND_FOLLOW_UP_SHARE = 0.2;
    /** Waves spread by being passed on, so more of their posts answer earlier ones. */
    private static final double WAVE_FOLLOW_UP_SHARE = 0.3;
    /** The stores are French: waves about them are mostly in French, the brand-wide background half and half. */
    private static final double BACKGROUND_FRENCH_SHARE = 0.5;
    private static final double WAVE_FRENCH_SHARE = 0.6;
    /** People answer what is on their feed now, not what was posted an hour ago. */
    private static final int RECENT_POSTS = 30;
    private static final String BACKGROUND = "background";

    private final SplittableRandom rng;
    private final List<Initiative> initiatives;
    private final Map<String, Instant> retirements;
    private final Map<String, List<ScenarioEvent>> threads = new HashMap<>();
    private int reviewCount;
    private int mentionCount;

    EventMaker(SplittableRandom rng, List<Initiative> initiatives, Map<String, Instant> retirements) {
        this.rng = rng;
        this.initiatives = List.copyOf(initiatives);
        this.retirements = Map.copyOf(retirements);
    }

    /**
     * Customers keep talking about an initiative after it is retired, but from then on nothing may be attributed to
     * it: the answer key says so.
     */
    private GroundTruth about(Initiative initiative, Instant at) {
        Instant retired = retirements.get(initiative.id());
        return retired != null && !at.isBefore(retired) ? GroundTruth.CHATTER : GroundTruth.about(initiative.id());
    }

    /** Customers who write about an initiative liked it: those reviews give four or five stars. */
    ScenarioEvent backgroundReview(Instant at, String storeId) {
        String language = language(BACKGROUND_FRENCH_SHARE);
        List<Initiative> here = initiatives.stream().filter(i -> i.storeId().equals(storeId)).toList();
        GroundTruth truth = GroundTruth.CHATTER;
        int rating;
        String text;
        if (!here.isEmpty() && rng.nextDouble() < ABOUT_INITIATIVE_SHARE) {
            Initiative initiative = here.get(rng.nextInt(here.size()));
            truth = about(initiative, at);
            rating = 4 + rng.nextInt(2);
            text = BackgroundTexts.aboutInitiative(rng, language, initiative.id());
        } else {
            rating = backgroundRating();
            text = BackgroundTexts.reviewText(rng, language, rating);
        }
        String title = BackgroundTexts.reviewTitle(rng, language, rating);
        return ScenarioEvent.of(review(at, storeId, rating, language, title, text), truth);
    }

    ScenarioEvent backgroundMention(Instant at) {
        if (!thread(BACKGROUND).isEmpty() && rng.nextDouble() < BACKGROUND_FOLLOW_UP_SHARE) {
            return followUp(at, BACKGROUND, language -> BackgroundTexts.reply(rng, language));
        }
        String language = language(BACKGROUND_FRENCH_SHARE);
        if (rng.nextDouble() < ABOUT_INITIATIVE_SHARE) {
            Initiative initiative = initiatives.get(rng.nextInt(initiatives.size()));
            String storeHint = rng.nextBoolean() ? initiative.storeId() : null;
            String text = BackgroundTexts.aboutInitiative(rng, language, initiative.id());
            return post(BACKGROUND, mention(at, language, text, storeHint, null, null), about(initiative, at));
        }
        String storeHint = rng.nextBoolean() ? pick(DemoInitiatives.STORES) : null;
        String text = BackgroundTexts.post(rng, language, storeHint);
        if (rng.nextInt(3) == 0) {
            text += BackgroundTexts.hashtags(rng, storeHint);
        }
        return post(BACKGROUND, mention(at, language, text, storeHint, null, null), GroundTruth.CHATTER);
    }

    ScenarioEvent waveReview(Instant at, WavePlan wave) {
        String language = language(WAVE_FRENCH_SHARE);
        String text = wave.texts().reviewText(rng, language, named(wave));
        Review review = review(at, wave.storeId(), wave.rating(rng), language, wave.texts().title(rng, language), text);
        return ScenarioEvent.of(review, wave.truth());
    }

    ScenarioEvent waveMention(Instant at, WavePlan wave) {
        if (!thread(wave.id()).isEmpty() && rng.nextDouble() < WAVE_FOLLOW_UP_SHARE) {
            return followUp(at, wave.id(), language -> wave.texts().postText(rng, language, named(wave)));
        }
        String language = language(WAVE_FRENCH_SHARE);
        String text = wave.texts().postText(rng, language, named(wave));
        return post(wave.id(), mention(at, language, text, wave.storeId(), null, null), wave.truth());
    }

    /** A reply, quote or reshare of a recent post of the thread, in its language, about what it is about. */
    private ScenarioEvent followUp(Instant at, String thread, Function<String, String> answerIn) {
        List<ScenarioEvent> posts = thread(thread);
        ScenarioEvent parent = posts.get(posts.size() - 1 - rng.nextInt(Math.min(RECENT_POSTS, posts.size())));
        Mention original = parent.mention();
        Relation relation = pick(FOLLOW_UPS);
        String text = relation == Relation.RESHARE ? original.text() : answerIn.apply(original.language());
        Mention mention = mention(at, original.language(), text, original.storeHint(), original.id(), relation);
        return post(thread, mention, parent.truth());
    }

    private ScenarioEvent post(String thread, Mention mention, GroundTruth truth) {
        ScenarioEvent event = ScenarioEvent.of(mention, truth);
        thread(thread).add(event);
        return event;
    }

    private List<ScenarioEvent> thread(String name) {
        return threads.computeIfAbsent(name, n -> new ArrayList<>());
    }

    /** Google reviews have no title, TripAdvisor's always do, the brand's website makes it optional. */
    Review review(Instant at, String storeId, int rating, String language, String title, String text) {
        String platform = pick(REVIEW_PLATFORMS);
        boolean titled = platform.equals("tripadvisor") || (platform.equals("website") && rng.nextBoolean());
        return new Review(SchemaVersion.CURRENT, String.format(Locale.ROOT, "scn-r-%06d", ++reviewCount), platform,
                storeId, (double) rating, titled ? title : null, text, language, authorId(), at, null);
    }

    Mention mention(Instant at, String language, String text, String storeHint, String parentId,
            Relation relation) {
        long followers = followers();
        return new Mention(SchemaVersion.CURRENT, String.format(Locale.ROOT, "scn-m-%06d", ++mentionCount),
                pick(SOCIAL_PLATFORMS), authorId(), followers, text, language, at, parentId, relation,
                engagement(followers), storeHint, List.of(), hashtagsIn(text));
    }

    /** An ordinary day is mostly content: about one review in six gives one or two stars. */
    int backgroundRating() {
        double r = rng.nextDouble();
        return r < 0.08 ? 1 : r < 0.17 ? 2 : r < 0.33 ? 3 : r < 0.62 ? 4 : 5;
    }

    /**
     * Roughly log-normal around 300: most people have a small audience, a few have tens of thousands of followers.
     * The normal draw is a sum of three uniforms and StrictMath is used, so that every JVM gives the same numbers.
     */
    private long followers() {
        double normal = 2 * (rng.nextDouble() + rng.nextDouble() + rng.nextDouble() - 1.5);
        double followers = StrictMath.exp(StrictMath.log(300) + 1.5 * normal);
        return Math.max(10, Math.min(50_000, Math.round(followers)));
    }

    /** Engagement grows with the audience; most posts get a handful of likes and little else. */
    private Engagement engagement(long followers) {
        long likes = rng.nextLong(followers / 20 + 2);
        return new Engagement(likes, rng.nextLong(likes / 5 + 1), rng.nextLong(likes / 8 + 1),
                rng.nextLong(likes / 20 + 1));
    }

    /** Hashtags as platforms report them: without '#', in lower case, in order of appearance. */
    private static List<String> hashtagsIn(String text) {
        List<String> tags = new ArrayList<>();
        Matcher m = HASHTAG.matcher(text);
        while (m.find()) {
            tags.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return tags;
    }

    private boolean named(WavePlan wave) {
        return rng.nextDouble() < wave.namedShare();
    }

    String language(double frenchShare) {
        return rng.nextDouble() < frenchShare ? FRENCH : ENGLISH;
    }

    private String authorId() {
        return String.format(Locale.ROOT, "u-%06x", rng.nextInt(1 << 24));
    }

    private <T> T pick(List<T> options) {
        return options.get(rng.nextInt(options.size()));
    }
}
