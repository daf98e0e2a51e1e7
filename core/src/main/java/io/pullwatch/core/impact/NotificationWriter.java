package io.pullwatch.core.impact;

import io.pullwatch.core.event.ImpactNotification;
import io.pullwatch.core.event.ImpactNotification.AspectShift;
import io.pullwatch.core.event.ImpactNotification.InitiativeImpact;
import io.pullwatch.core.event.ImpactNotification.Quote;
import io.pullwatch.core.event.ImpactNotification.RiskEvidence;
import io.pullwatch.core.event.ImpactRisk;
import io.pullwatch.core.event.ImpactType;
import io.pullwatch.core.event.SchemaVersion;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Writes the notices in plain words, in English or French (the language most of the store's feedback is in): the
 * headline says what changed, the details how sure we are, {@code lookAt} what to look at. The figures behind the
 * words go with them.
 */
final class NotificationWriter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final int MIN_ASPECT_MENTIONS = 5;
    private static final double ASPECT_MOVED = 0.1;
    private static final int ASPECTS = 3;

    private final DifferenceInDifferences estimator;

    NotificationWriter(DifferenceInDifferences estimator) {
        this.estimator = estimator;
    }

    // ------------------------------------------------------------------------------------------------- effect

    ImpactNotification effect(String storeId, InitiativeTrack track, EffectEstimate e, String language, long end) {
        boolean fr = isFrench(language);
        Locale locale = locale(language);
        String title = track.initiative().title();
        boolean up = e.estimate() > 0;
        String headline = fr
                ? (up ? "« %s » améliore ce que les clients disent du magasin %s"
                        : "« %s » dégrade ce que les clients disent du magasin %s").formatted(title, storeId)
                : (up ? "\"%s\" is lifting how customers talk about %s"
                        : "\"%s\" is weighing on how customers talk about %s").formatted(title, storeId);
        Comparison c = track.comparison();
        InitiativeImpact figures = figures(track, e, false);
        String volume = figures.volume() == null ? "" : String.format(locale,
                fr ? " Volume d'avis ×%.1f par rapport aux magasins comparables." : " Feedback volume ×%.1f against comparable stores.",
                figures.volume().ratio());
        String details = String.format(locale, fr
                        ? "Depuis le début (%s), les avis sur %s sont à %+.2f en moyenne (%d avis), contre %+.2f avant ;"
                                + " les magasins sans initiative sont passés de %+.2f à %+.2f sur la même période. Effet"
                                + " estimé %+.2f sur une échelle de -1 à +1 (intervalle à 95 %% : %+.2f à %+.2f ; %+.2f à"
                                + " %+.2f en tenant compte de nos regards répétés). %d avis citent l'initiative, touchant"
                                + " %,d personnes.%s"
                        : "Since it started (%s), feedback about %s averages %+.2f (%d pieces) against %+.2f before;"
                                + " stores without an initiative went from %+.2f to %+.2f over the same time. Estimated"
                                + " effect %+.2f on a -1 to +1 scale (95%% interval %+.2f to %+.2f; %+.2f to %+.2f"
                                + " allowing for how often we look). %d pieces of feedback name the initiative,"
                                + " reaching %,d people.%s",
                WHEN.format(track.initiative().startsAt()), storeId, c.storeAfter().sentiment().mean(),
                c.storeAfter().sentiment().count(), c.storeBefore().sentiment().mean(),
                c.comparableBefore().sentiment().mean(), c.comparableAfter().sentiment().mean(), e.estimate(),
                e.low(), e.high(), e.anytimeLow(), e.anytimeHigh(), track.tied().count(), track.tied().reach(), volume);
        List<Quote> quotes = up ? figures.positiveQuotes() : figures.negativeQuotes();
        String lookAt = (fr ? "À lire : " : "Read: ") + quoted(quotes) + aspects(figures.aspects(), fr, locale);
        String id = NotificationIds.of(storeId, track.initiative().id(), "significant-effect", null,
                String.valueOf(track.effectEpisodes()));
        return new ImpactNotification(SchemaVersion.CURRENT, id, storeId, track.initiative().id(),
                ImpactType.SIGNIFICANT_EFFECT, headline, details, e.confidence(), Instant.ofEpochMilli(end), null,
                lookAt, track.initiative().startsAt(), Instant.ofEpochMilli(end), List.of(figures), null);
    }

    // ------------------------------------------------------------------------------------------------- risk

    ImpactNotification risk(String storeId, InitiativeTrack blamed, ImpactRisk risk, int episode,
            StoreImpact.RiskCount count, List<FlaggedFeedback> evidence, String language, long from, long end) {
        boolean fr = isFrench(language);
        Locale locale = locale(language);
        String around = blamed == null
                ? (fr ? "au magasin " + storeId : "at " + storeId)
                : (fr ? "autour de « " + blamed.initiative().title() + " »"
                        : "around \"" + blamed.initiative().title() + "\"");
        String headline = switch (risk) {
            case STOCK_AND_AVAILABILITY -> fr ? "Les plaintes de rupture de stock montent " + around
                    : "Stock complaints are rising " + around;
            case PRICE_AND_MARGIN -> fr ? "Des clients parlent de remises au-delà de l'offre annoncée, " + around
                    : "Customers talk of discounts beyond the offer announced, " + around;
            case OFF_BRAND -> fr ? "Contenus hors marque ou inappropriés " + around
                    : "Off-brand or inappropriate content " + around;
            case OFFICIAL_COMMUNICATION -> fr ? "Des clients citent des offres que la marque n'a pas annoncées, " + around
                    : "Customers cite offers the brand did not announce, " + around;
            case PRIVATE_CHANNEL -> fr ? "Des clients évoquent le contact privé d'un membre de l'équipe, " + around
                    : "Customers mention a staff member's private contact, " + around;
        };
        List<String> matched = new ArrayList<>(new LinkedHashSet<>(evidence.stream()
                .map(f -> f.quote().matched()).toList()));
        long minutes = Duration.ofMillis(end - from).toMinutes();
        String details = String.format(locale, fr
                        ? "%d avis ou publications sur %d en %d min (%s), quand %.1f serait habituel pour ce magasin :"
                                + " une telle hausse par hasard a une probabilité de %s."
                        : "%d of %d pieces of feedback in %d min (%s), where %.1f would be usual for this store: the"
                                + " chance of that many by luck is %s.",
                count.observed(), count.feedback(), minutes, String.join(", ", matched), count.expected(),
                chance(count.pValue(), locale));
        String check = switch (risk) {
            case STOCK_AND_AVAILABILITY -> fr ? "Vérifier les stocks et le réassort. " : "Check stock and restocking. ";
            case PRICE_AND_MARGIN -> fr ? "Vérifier les prix appliqués en caisse par rapport à l'offre. "
                    : "Check the prices applied at the till against the offer. ";
            case OFF_BRAND -> fr ? "Vérifier ce qui est publié et dit autour de l'initiative. "
                    : "Check what is posted and said around the initiative. ";
            case OFFICIAL_COMMUNICATION -> fr ? "Vérifier ce qui a été annoncé, et où, par rapport aux offres officielles. "
                    : "Check what was announced, and where, against the official offers. ";
            case PRIVATE_CHANNEL -> fr ? "Veiller à ce que les clients soient suivis sur les canaux du magasin. "
                    : "Make sure customers are answered on the store's channels, not staff's own. ";
        };
        List<Quote> quotes = evidence.stream().map(FlaggedFeedback::quote).limit(TiedFeedback.QUOTES).toList();
        String lookAt = check + (fr ? "À lire : " : "Read: ") + quoted(quotes);
        String riskName = RiskNames.of(risk);
        String initiativeId = blamed == null ? null : blamed.initiative().id();
        String id = NotificationIds.of(storeId, initiativeId, "risk", riskName, String.valueOf(episode));
        List<InitiativeImpact> figures = blamed == null ? List.of() : List.of(figures(blamed, false));
        return new ImpactNotification(SchemaVersion.CURRENT, id, storeId, initiativeId, ImpactType.RISK, headline,
                details, 1.0 - count.pValue(), Instant.ofEpochMilli(end), risk, lookAt, Instant.ofEpochMilli(from),
                Instant.ofEpochMilli(end), figures,
                new RiskEvidence(count.observed(), count.expected(), count.pValue(), matched, quotes));
    }

    // ------------------------------------------------------------------------------------------------- digest

    ImpactNotification digest(String storeId, List<InitiativeTrack> eventful, String language, long at) {
        boolean fr = isFrench(language);
        Locale locale = locale(language);
        long today = eventful.stream().mapToLong(t -> t.today().count()).sum();
        String headline = String.format(locale, fr ? "Bilan du jour pour %s : %d initiative(s), %d avis aujourd'hui"
                : "Daily digest for %s: %d initiative(s), %d pieces of feedback today", storeId, eventful.size(), today);
        List<InitiativeImpact> figures = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<String> toLookAt = new ArrayList<>();
        double confidence = 0;
        for (InitiativeTrack track : eventful) {
            EffectEstimate e = estimate(track);
            InitiativeImpact f = figures(track, e, true);
            figures.add(f);
            String effect = e == null || !e.enoughData()
                    ? (fr ? "effet pas encore mesurable" : "effect not measurable yet")
                    : String.format(locale, fr ? "effet %+.2f (%s)" : "effect %+.2f (%s)", e.estimate(),
                            e.significant() ? (fr ? "significatif" : "significant")
                                    : (fr ? "pas significatif" : "not significant"));
            String sentiment = f.sentiment() == null ? "-" : String.format(locale, "%+.2f", f.sentiment());
            String risks = track.risksToday().isEmpty() ? "" : (fr ? " ; risques : " : "; risks: ")
                    + String.join(", ", track.risksToday());
            lines.add(String.format(locale, fr ? "« %s » : %d avis aujourd'hui (%d depuis le début), sentiment %s ; %s%s."
                            : "\"%s\": %d today (%d since it started), sentiment %s; %s%s.",
                    track.initiative().title(), track.today().count(), track.tied().count(), sentiment, effect, risks));
            if (!track.risksToday().isEmpty() || (e != null && e.significant() && e.estimate() < 0)) {
                toLookAt.add(track.initiative().title());
            }
            if (e != null && e.significant()) {
                confidence = Math.max(confidence, e.confidence());
            }
        }
        String lookAt = toLookAt.isEmpty()
                ? (fr ? "Rien d'inquiétant aujourd'hui." : "Nothing worrying today.")
                : (fr ? "À regarder : " : "Look at: ") + String.join(", ", toLookAt) + ".";
        String day = DAY.format(Instant.ofEpochMilli(at));
        String id = NotificationIds.of(storeId, null, "daily-digest", null, day);
        return new ImpactNotification(SchemaVersion.CURRENT, id, storeId, null, ImpactType.DAILY_DIGEST, headline,
                String.join(" ", lines), confidence, Instant.ofEpochMilli(at), null, lookAt,
                Instant.ofEpochMilli(at).minus(Duration.ofDays(1)), Instant.ofEpochMilli(at), figures, null);
    }

    // ------------------------------------------------------------------------------------------------- figures

    /** @param today quotes of the day (the digest) rather than since the start */
    InitiativeImpact figures(InitiativeTrack track, boolean today) {
        return figures(track, estimate(track), today);
    }

    private EffectEstimate estimate(InitiativeTrack track) {
        return track.comparison() == null ? null : track.comparison().estimate(estimator);
    }

    private static InitiativeImpact figures(InitiativeTrack track, EffectEstimate estimate, boolean today) {
        Comparison c = track.comparison();
        TiedFeedback quoted = today && track.today().count() > 0 ? track.today() : track.tied();
        return new InitiativeImpact(track.initiative().id(), track.initiative().title(),
                track.initiative().startsAt(), track.tied().count(), track.tied().reach(),
                track.tied().meanSentiment(), track.today().count(),
                estimate == null ? null : estimate.toContract(),
                c == null ? null : VolumeChange.of(c.storeBefore().feedback(), c.storeAfter().feedback(),
                        c.comparableBefore().feedback(), c.comparableAfter().feedback()),
                quoted.positive(), quoted.negative(), c == null ? List.of() : shifts(c),
                track.risksToday().stream().map(RiskNames::parse).toList());
    }

    /** Aspects whose mean sentiment moved by at least 0.1 with five mentions either side, biggest moves first. */
    static List<AspectShift> shifts(Comparison c) {
        List<AspectShift> shifts = new ArrayList<>();
        c.storeAfter().aspects().forEach((aspect, after) -> {
            GroupStats before = c.storeBefore().aspects().get(aspect);
            if (before != null && before.count() >= MIN_ASPECT_MENTIONS && after.count() >= MIN_ASPECT_MENTIONS
                    && Math.abs(after.mean() - before.mean()) >= ASPECT_MOVED) {
                shifts.add(new AspectShift(aspect, before.mean(), after.mean(), before.count(), after.count()));
            }
        });
        shifts.sort(Comparator.comparingDouble((AspectShift s) -> -Math.abs(s.after() - s.before()))
                .thenComparing(AspectShift::aspect));
        return shifts.size() > ASPECTS ? List.copyOf(shifts.subList(0, ASPECTS)) : shifts;
    }

    private static String aspects(List<AspectShift> shifts, boolean fr, Locale locale) {
        if (shifts.isEmpty()) {
            return "";
        }
        List<String> parts = shifts.stream().map(s -> String.format(locale, "%s %+.2f", s.aspect(),
                s.after() - s.before())).toList();
        return (fr ? " Aspects qui ont bougé : " : " Aspects that moved: ") + String.join(", ", parts) + ".";
    }

    private static String quoted(List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return "-";
        }
        return String.join(" / ", quotes.stream().map(q -> "“" + q.snippet() + "”").toList());
    }

    private static String chance(double pValue, Locale locale) {
        return pValue < 0.001 ? (locale == Locale.FRANCE ? "moins de 0,1 %" : "below 0.1%")
                : String.format(locale, "%.1f %%", 100 * pValue);
    }

    private static boolean isFrench(String language) {
        return "fr".equals(language);
    }

    private static Locale locale(String language) {
        return isFrench(language) ? Locale.FRANCE : Locale.ROOT;
    }
}
