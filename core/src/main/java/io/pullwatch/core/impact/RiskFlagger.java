package io.pullwatch.core.impact;

import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.ImpactRisk;
import java.util.ArrayList;
import java.util.List;

/**
 * The risks one piece of feedback shows, given what has been announced at its store (official communication and
 * the store's running initiatives):
 * <ul>
 * <li>stock and availability: a sold-out or out-of-stock complaint;
 * <li>price and margin: a discount larger than any announced (by more than {@link #TOLERANCE} points; any discount
 *     at all where none was announced);
 * <li>official communication: a code nobody announced, or a discount nobody announced that is not larger than the
 *     largest announced (larger ones are price risks);
 * <li>off-brand: a term of the configured lexicon;
 * <li>private channel: an e-mail address, a phone number, or words saying a channel is personal.
 * </ul>
 * The title of a review counts as part of its text.
 */
public final class RiskFlagger {

    /** Points of discount by which a mention may differ from an announced one ("-30%" said for "-29.9%"). */
    static final int TOLERANCE = 2;

    private final OffBrandLexicon offBrand;

    public RiskFlagger(OffBrandLexicon offBrand) {
        this.offBrand = offBrand;
    }

    public List<RiskFlag> flags(Feedback feedback, OfferSet announced) {
        String text = wholeText(feedback);
        if (text.isBlank()) {
            return List.of();
        }
        String padded = PhraseSet.padded(text);
        List<RiskFlag> flags = new ArrayList<>(2);
        add(flags, ImpactRisk.STOCK_AND_AVAILABILITY, StockSignals.match(padded));
        List<Integer> discounts = Discounts.in(text, padded);
        add(flags, ImpactRisk.PRICE_AND_MARGIN, beyondAnnounced(discounts, announced));
        add(flags, ImpactRisk.OFFICIAL_COMMUNICATION, unannounced(discounts, PromoCodes.in(text), announced));
        add(flags, ImpactRisk.OFF_BRAND, offBrand.match(padded));
        add(flags, ImpactRisk.PRIVATE_CHANNEL, PrivateChannels.match(text, padded));
        return flags;
    }

    static String wholeText(Feedback feedback) {
        String text = feedback.text() == null ? "" : feedback.text();
        String title = feedback.title();
        return title == null || title.isBlank() ? text : title + ". " + text;
    }

    private static String beyondAnnounced(List<Integer> discounts, OfferSet announced) {
        int ceiling = announced.discounts().isEmpty() ? 0 : announced.largestDiscount() + TOLERANCE;
        for (int i = discounts.size() - 1; i >= 0; i--) {
            if (discounts.get(i) > ceiling) {
                return "-" + discounts.get(i) + "%";
            }
        }
        return null;
    }

    private static String unannounced(List<Integer> discounts, List<String> codes, OfferSet announced) {
        for (String code : codes) {
            if (!announced.codes().contains(code)) {
                return code;
            }
        }
        if (announced.discounts().isEmpty()) {
            return null; // nothing announced: every discount is a price risk, not a contradiction
        }
        int ceiling = announced.largestDiscount() + TOLERANCE;
        for (int discount : discounts) {
            if (discount <= ceiling && !announced.announces(discount, TOLERANCE)) {
                return "-" + discount + "%";
            }
        }
        return null;
    }

    private static void add(List<RiskFlag> flags, ImpactRisk risk, String matched) {
        if (matched != null) {
            flags.add(new RiskFlag(risk, matched));
        }
    }
}
