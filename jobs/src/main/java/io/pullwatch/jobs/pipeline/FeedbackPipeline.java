package io.pullwatch.jobs.pipeline;

import io.pullwatch.core.attribution.InitiativeUpdate;
import io.pullwatch.core.detection.CascadeDetector;
import io.pullwatch.core.detection.CascadeShare;
import io.pullwatch.core.detection.DetectionSettings;
import io.pullwatch.core.detection.ScopedEvent;
import io.pullwatch.core.detection.WaveDetector;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.FeedbackKind;
import io.pullwatch.core.event.ImpactNotification;
import io.pullwatch.core.event.RawRecord;
import io.pullwatch.core.impact.ImpactSettings;
import io.pullwatch.core.impact.SentimentBucket;
import io.pullwatch.core.impact.StoreFeedback;
import io.pullwatch.core.query.SavedQueryUpdate;
import io.pullwatch.jobs.config.PullwatchConfig;
import io.pullwatch.jobs.config.PullwatchOptions;
import io.pullwatch.jobs.operators.AttributeFunction;
import io.pullwatch.jobs.operators.ComparableSentimentFunction;
import io.pullwatch.jobs.operators.DeduplicateFunction;
import io.pullwatch.jobs.operators.DetectWavesFunction;
import io.pullwatch.jobs.operators.EnrichFunction;
import io.pullwatch.jobs.operators.ImpactFunction;
import io.pullwatch.jobs.operators.MatchQueriesOperator;
import io.pullwatch.jobs.operators.ParseFeedbackFunction;
import io.pullwatch.jobs.operators.ParseInitiativeFunction;
import io.pullwatch.jobs.operators.ParseSavedQueryFunction;
import io.pullwatch.jobs.operators.RouteImpactFunction;
import io.pullwatch.jobs.operators.ToCascadeShares;
import io.pullwatch.jobs.operators.ToScopedEvents;
import io.pullwatch.jobs.operators.WatchCascadesFunction;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.ProcessFunction;

/**
 * The feedback pipeline: parse and validate → de-duplicate → enrich → attribute → match saved queries → detect →
 * route, and from the matched feedback, the impact of each store's initiatives. Building the topology is separate
 * from running it; sources and sinks come in as arguments so tests can use bounded ones.
 */
public final class FeedbackPipeline {

    private final PullwatchConfig config;

    public FeedbackPipeline(PullwatchConfig config) {
        this.config = config;
    }

    /** Adds the whole pipeline to {@code env}. */
    public void defineWorkflow(StreamExecutionEnvironment env, PipelineSources sources, PipelineSinks sinks) {
        SingleOutputStreamOperator<Feedback> reviews = parse(env, sources.reviews(), FeedbackKind.REVIEW, "reviews");
        SingleOutputStreamOperator<Feedback> mentions = parse(env, sources.mentions(), FeedbackKind.MENTION, "mentions");
        SingleOutputStreamOperator<InitiativeUpdate> initiatives = parseChangelog(env, sources.initiatives(),
                "initiatives", new ParseInitiativeFunction(config.validationLimits()));
        SingleOutputStreamOperator<SavedQueryUpdate> savedQueries = parseChangelog(env, sources.savedQueries(),
                "saved-queries", new ParseSavedQueryFunction(config.validationLimits()));

        DataStream<Feedback> unique = deduplicate(withEventTime(reviews.union(mentions)));
        DataStream<Feedback> enriched = unique.map(new EnrichFunction()).name("enrich").uid("enrich");
        DataStream<Feedback> attributed = attribute(enriched, initiatives);
        DataStream<Feedback> matched = matchSavedQueries(attributed, savedQueries);
        DataStream<Alert> alerts = detect(matched);
        impact(matched, initiatives, sinks);

        route(sinks, matched, alerts, reviews.getSideOutput(PipelineState.DEAD_LETTERS)
                .union(mentions.getSideOutput(PipelineState.DEAD_LETTERS),
                        initiatives.getSideOutput(PipelineState.DEAD_LETTERS),
                        savedQueries.getSideOutput(PipelineState.DEAD_LETTERS)));
    }

    private SingleOutputStreamOperator<Feedback> parse(StreamExecutionEnvironment env, Source<RawRecord, ?, ?> source,
            FeedbackKind kind, String name) {
        return env.fromSource(source, WatermarkStrategy.noWatermarks(), name + "-source", TypeInformation.of(RawRecord.class))
                .uid(name + "-source")
                .process(new ParseFeedbackFunction(kind, config.validationLimits()))
                .name("parse-" + name).uid("parse-" + name);
    }

    /**
     * A registry changelog (initiatives, saved queries). It is read whole from the beginning and its watermarks never
     * hold back event time: registry updates are not events of the stream.
     */
    private static <T> SingleOutputStreamOperator<T> parseChangelog(StreamExecutionEnvironment env,
            Source<RawRecord, ?, ?> source, String name, ProcessFunction<RawRecord, T> parser) {
        WatermarkStrategy<RawRecord> neverHoldsBack = WatermarkStrategy.forGenerator(ctx -> new BroadcastSideWatermarks());
        return env.fromSource(source, neverHoldsBack, name + "-source", TypeInformation.of(RawRecord.class))
                .uid(name + "-source")
                .process(parser)
                .name("parse-" + name).uid("parse-" + name);
    }

    private DataStream<Feedback> withEventTime(DataStream<Feedback> feedback) {
        WatermarkStrategy<Feedback> strategy = WatermarkStrategy
                .<Feedback>forBoundedOutOfOrderness(config.get(PullwatchOptions.MAX_OUT_OF_ORDERNESS))
                .withTimestampAssigner((event, previous) -> event.createdAt().toEpochMilli())
                .withIdleness(config.get(PullwatchOptions.SOURCE_IDLENESS));
        return feedback.assignTimestampsAndWatermarks(strategy).name("event-time").uid("event-time");
    }

    private DataStream<Feedback> deduplicate(DataStream<Feedback> feedback) {
        return feedback.keyBy(Feedback::feedbackId)
                .process(new DeduplicateFunction(config.get(PullwatchOptions.DEDUP_WINDOW)))
                .name("deduplicate").uid("deduplicate");
    }

    private DataStream<Feedback> attribute(DataStream<Feedback> feedback, DataStream<InitiativeUpdate> initiatives) {
        BroadcastStream<InitiativeUpdate> registry = initiatives.broadcast(PipelineState.INITIATIVES);
        return feedback.keyBy(AttributeFunction::storeKey).connect(registry)
                .process(new AttributeFunction(config.attributionSettings()))
                .name("attribute").uid("attribute");
    }

    /** After attribution, so that saved queries can name initiatives ({@code initiative:init-flash30}). */
    private DataStream<Feedback> matchSavedQueries(DataStream<Feedback> feedback,
            DataStream<SavedQueryUpdate> savedQueries) {
        return feedback.connect(savedQueries.broadcast())
                .transform("match-saved-queries", TypeInformation.of(Feedback.class),
                        new MatchQueriesOperator(config.queryBatching()))
                .uid("match-saved-queries");
    }

    /** Waves per scope (brand, store, store × aspect, initiative, saved query) and reshare cascades per root post. */
    private DataStream<Alert> detect(DataStream<Feedback> feedback) {
        DetectionSettings settings = config.detectionSettings();
        DataStream<Alert> waves = feedback.flatMap(new ToScopedEvents()).name("scope-events").uid("scope-events")
                .keyBy(ScopedEvent::scope)
                .process(new DetectWavesFunction(new WaveDetector(settings)))
                .name("detect-waves").uid("detect-waves");
        DataStream<Alert> cascades = feedback.flatMap(new ToCascadeShares()).name("cascade-shares").uid("cascade-shares")
                .keyBy(CascadeShare::rootId)
                .process(new WatchCascadesFunction(new CascadeDetector(settings), settings.bucket()))
                .name("watch-cascades").uid("watch-cascades");
        return waves.union(cascades);
    }

    /**
     * Per store, how its initiatives land: feedback routed to the stores it concerns (with the initiatives running
     * there), the comparable stores' sentiment summed per bucket and broadcast, and the impact stage keyed by store.
     */
    private void impact(DataStream<Feedback> feedback, DataStream<InitiativeUpdate> initiatives, PipelineSinks sinks) {
        if (sinks.impact() == null) {
            return;
        }
        ImpactSettings settings = config.impactSettings();
        DataStream<StoreFeedback> routed = feedback.connect(initiatives.broadcast(PipelineState.INITIATIVES))
                .process(new RouteImpactFunction(settings.tail()))
                .name("route-impact").uid("route-impact");
        DataStream<SentimentBucket> comparable = routed.keyBy(ComparableSentimentFunction.bucketOf(settings))
                .process(new ComparableSentimentFunction(settings))
                .name("comparable-sentiment").uid("comparable-sentiment");
        DataStream<ImpactNotification> notices = routed.keyBy(StoreFeedback::storeId)
                .connect(comparable.broadcast(PipelineState.COMPARABLE_BUCKETS))
                .process(new ImpactFunction(settings))
                .name("impact").uid("impact");
        notices.sinkTo(sinks.impact()).name("impact-sink").uid("impact-sink");
        if (sinks.impactWebhook() != null) {
            notices.sinkTo(sinks.impactWebhook()).name("impact-webhook").uid("impact-webhook");
        }
    }

    private static void route(PipelineSinks sinks, DataStream<Feedback> feedback, DataStream<Alert> alerts,
            DataStream<DeadLetter> deadLetters) {
        feedback.sinkTo(sinks.feedback()).name("feedback-sink").uid("feedback-sink");
        alerts.sinkTo(sinks.alerts()).name("alerts-sink").uid("alerts-sink");
        if (sinks.alertWebhook() != null) {
            alerts.sinkTo(sinks.alertWebhook()).name("alerts-webhook").uid("alerts-webhook");
        }
        deadLetters.sinkTo(sinks.deadLetters()).name("dead-letters-sink").uid("dead-letters-sink");
    }
}
