package io.pullwatch.jobs.pipeline;

import io.pullwatch.core.event.RawRecord;
import org.apache.flink.api.connector.source.Source;

/** The pipeline's inputs, as raw records. Production passes Kafka sources; tests pass bounded ones. */
public record PipelineSources(
        Source<RawRecord, ?, ?> reviews,
        Source<RawRecord, ?, ?> mentions,
        Source<RawRecord, ?, ?> initiatives,
        Source<RawRecord, ?, ?> savedQueries) {}
