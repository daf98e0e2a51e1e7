package io.pullwatch.core.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A plain-words notice to a store manager about how one of the store's initiatives is landing: the headline says what
 * changed, {@code details} and {@code confidence} how sure Pullwatch is, {@code lookAt} what to look at. The figures
 * behind the words ride along in {@code initiatives} (one for an effect or a risk, each of the store's for a daily
 * digest) and, for a risk, {@code riskEvidence}. {@code notificationId} is a name-based UUID of store, initiative,
 * type, risk and episode, so a replay gives the same ids and consumers de-duplicate on it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImpactNotification(
        @JsonProperty(value = "schemaVersion", required = true) Integer schemaVersion,
        @JsonProperty(value = "notificationId", required = true) String notificationId,
        @JsonProperty(value = "storeId", required = true) String storeId,
        @JsonProperty("initiativeId") String initiativeId,
        @JsonProperty("type") ImpactType type,
        @JsonProperty("headline") String headline,
        @JsonProperty("details") String details,
        @JsonProperty("confidence") double confidence,
        @JsonProperty("createdAt") Instant createdAt,
        @JsonProperty("risk") ImpactRisk risk,
        @JsonProperty("lookAt") String lookAt,
        @JsonProperty("windowStart") Instant windowStart,
        @JsonProperty("windowEnd") Instant windowEnd,
        @JsonProperty("initiatives") List<InitiativeImpact> initiatives,
        @JsonProperty("riskEvidence") RiskEvidence riskEvidence) {

    @JsonCreator
    public ImpactNotification {
        initiatives = Lists.copyAllowingNulls(initiatives);
    }

    /** Words only, without the figures behind them. */
    public ImpactNotification(Integer schemaVersion, String notificationId, String storeId, String initiativeId,
            ImpactType type, String headline, String details, double confidence, Instant createdAt) {
        this(schemaVersion, notificationId, storeId, initiativeId, type, headline, details, confidence, createdAt,
                null, null, null, null, null, null);
    }

    /**
     * How one initiative is landing: the feedback tied to it since it started, the difference-in-differences estimate
     * of its effect on the store's sentiment, the change in volume, quotes, and the aspects that moved.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InitiativeImpact(
            @JsonProperty(value = "initiativeId", required = true) String initiativeId,
            @JsonProperty("title") String title,
            @JsonProperty("startsAt") Instant startsAt,
            @JsonProperty("feedbackCount") long feedbackCount,
            @JsonProperty("reach") long reach,
            @JsonProperty("sentiment") Double sentiment,
            @JsonProperty("feedbackToday") long feedbackToday,
            @JsonProperty("effect") Effect effect,
            @JsonProperty("volume") Volume volume,
            @JsonProperty("positiveQuotes") List<Quote> positiveQuotes,
            @JsonProperty("negativeQuotes") List<Quote> negativeQuotes,
            @JsonProperty("aspects") List<AspectShift> aspects,
            @JsonProperty("risks") List<ImpactRisk> risks) {

        @JsonCreator
        public InitiativeImpact {
            positiveQuotes = Lists.copyAllowingNulls(positiveQuotes);
            negativeQuotes = Lists.copyAllowingNulls(negativeQuotes);
            aspects = Lists.copyAllowingNulls(aspects);
            risks = Lists.copyAllowingNulls(risks);
        }
    }

    /**
     * Difference in differences of mean sentiment per piece of feedback: (store after − store before) − (comparable
     * stores after − comparable stores before). {@code low}/{@code high} is the 95% Welch interval for one look;
     * {@code anytimeLow}/{@code anytimeHigh} the 95% interval that stays valid however often it is looked at, which is
     * the one that must exclude zero for a significant effect.
     */
    public record Effect(
            @JsonProperty("estimate") double estimate,
            @JsonProperty("standardError") double standardError,
            @JsonProperty("low") double low,
            @JsonProperty("high") double high,
            @JsonProperty("anytimeLow") double anytimeLow,
            @JsonProperty("anytimeHigh") double anytimeHigh,
            @JsonProperty("significant") boolean significant,
            @JsonProperty("storeBefore") GroupMean storeBefore,
            @JsonProperty("storeAfter") GroupMean storeAfter,
            @JsonProperty("comparableBefore") GroupMean comparableBefore,
            @JsonProperty("comparableAfter") GroupMean comparableAfter) {}

    /** How many pieces of feedback had a sentiment, and their mean score in [-1, 1]. */
    public record GroupMean(
            @JsonProperty("count") long count,
            @JsonProperty("mean") double mean) {}

    /**
     * The change in the store's feedback volume against comparable stores': the ratio of the two after/before
     * ratios, with its 95% interval (Poisson counts, log scale).
     */
    public record Volume(
            @JsonProperty("ratio") double ratio,
            @JsonProperty("low") double low,
            @JsonProperty("high") double high,
            @JsonProperty("storeBefore") long storeBefore,
            @JsonProperty("storeAfter") long storeAfter,
            @JsonProperty("comparableBefore") long comparableBefore,
            @JsonProperty("comparableAfter") long comparableAfter) {}

    /** One aspect's mean sentiment at the store before the initiative and since it started. */
    public record AspectShift(
            @JsonProperty("aspect") String aspect,
            @JsonProperty("before") double before,
            @JsonProperty("after") double after,
            @JsonProperty("mentionsBefore") long mentionsBefore,
            @JsonProperty("mentionsAfter") long mentionsAfter) {}

    /** A piece of feedback quoted as evidence. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Quote(
            @JsonProperty("feedbackId") String feedbackId,
            @JsonProperty("snippet") String snippet,
            @JsonProperty("sentiment") double sentiment,
            @JsonProperty("reach") long reach,
            @JsonProperty("createdAt") Instant createdAt,
            @JsonProperty("matched") String matched) {}

    /**
     * Why a risk flag rose: flagged feedback in the recent window against what the store's own history predicts,
     * the chance of seeing that many by luck (Poisson), the expressions that matched, and quotes.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RiskEvidence(
            @JsonProperty("observed") long observed,
            @JsonProperty("expected") double expected,
            @JsonProperty("pValue") double pValue,
            @JsonProperty("matched") List<String> matched,
            @JsonProperty("quotes") List<Quote> quotes) {

        @JsonCreator
        public RiskEvidence {
            matched = Lists.copyAllowingNulls(matched);
            quotes = Lists.copyAllowingNulls(quotes);
        }
    }
}
