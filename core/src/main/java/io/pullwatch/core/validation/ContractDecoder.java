package io.pullwatch.core.validation;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.pullwatch.core.event.DeadLetterReason;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.Rejection;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.event.SavedQuery;
import io.pullwatch.core.event.SchemaVersion;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the bytes of one input record into a validated contract, or into a {@link Rejection} that says exactly
 * what is wrong. Never throws on bad input. Binding happens once on the happy path; the schema version is looked at
 * separately only when binding fails, so that a record of a newer version is reported as such.
 */
public final class ContractDecoder {

    /** A contract type with its semantic rules and where its schema version is read. */
    public record Contract<T>(Class<T> type, Rule<T> rules, Function<T, Integer> schemaVersion) {}

    /** The semantic rules of one contract: the first violation, if any. */
    @FunctionalInterface
    public interface Rule<T> {
        Optional<Rejection> check(T value, ValidationLimits limits, Instant now);
    }

    public static final Contract<Review> REVIEW = new Contract<>(Review.class, ContractRules::check, Review::schemaVersion);
    public static final Contract<Mention> MENTION =
            new Contract<>(Mention.class, ContractRules::check, Mention::schemaVersion);
    public static final Contract<Initiative> INITIATIVE =
            new Contract<>(Initiative.class, ContractRules::check, Initiative::schemaVersion);
    public static final Contract<SavedQuery> SAVED_QUERY =
            new Contract<>(SavedQuery.class, ContractRules::check, SavedQuery::schemaVersion);

    private final ObjectMapper mapper;
    private final ValidationLimits limits;
    private final Clock clock;

    public ContractDecoder(ObjectMapper mapper, ValidationLimits limits, Clock clock) {
        this.mapper = mapper;
        this.limits = limits;
        this.clock = clock;
    }

    public <T> Decoded<T> decode(byte[] bytes, Contract<T> contract) {
        if (bytes == null || bytes.length == 0) {
            return Decoded.rejected(new Rejection(DeadLetterReason.MALFORMED_JSON, "empty record"));
        }
        if (bytes.length > limits.maxRecordBytes()) {
            return Decoded.rejected(new Rejection(DeadLetterReason.OVERSIZED_TEXT, "record of " + bytes.length
                    + " bytes is larger than the limit of " + limits.maxRecordBytes()));
        }
        T value;
        try {
            value = mapper.readValue(bytes, contract.type());
        } catch (IOException e) {
            return Decoded.rejected(versionRejection(bytes).orElseGet(() -> classify(e)));
        }
        if (value == null) {
            return Decoded.rejected(new Rejection(DeadLetterReason.MALFORMED_JSON, "record is JSON null"));
        }
        Optional<Rejection> version = checkVersion(contract.schemaVersion().apply(value));
        if (version.isPresent()) {
            return Decoded.rejected(version.get());
        }
        return contract.rules().check(value, limits, clock.instant()).<Decoded<T>>map(Decoded::rejected)
                .orElseGet(() -> Decoded.accepted(value));
    }

    private static Optional<Rejection> checkVersion(Integer version) {
        if (version == null) {
            return Optional.of(new Rejection(DeadLetterReason.MISSING_FIELD, "required field 'schemaVersion' is missing"));
        }
        if (version != SchemaVersion.CURRENT) {
            return Optional.of(new Rejection(DeadLetterReason.UNSUPPORTED_SCHEMA_VERSION,
                    "schemaVersion " + version + " is not supported; this job reads version " + SchemaVersion.CURRENT));
        }
        return Optional.empty();
    }

    private Optional<Rejection> versionRejection(byte[] bytes) {
        try {
            JsonNode version = mapper.readTree(bytes).path("schemaVersion");
            return version.canConvertToInt() && version.isIntegralNumber()
                    ? checkVersion(version.intValue())
                    : Optional.empty();
        } catch (IOException | RuntimeException notJson) {
            return Optional.empty();
        }
    }

    private static Rejection classify(IOException e) {
        if (e instanceof StreamReadException) {
            return new Rejection(DeadLetterReason.MALFORMED_JSON, "not valid JSON: " + firstLine(e));
        }
        String field = e instanceof JsonMappingException m ? pathOf(m) : "";
        if (e instanceof MismatchedInputException mi && mi.getMessage().startsWith("Missing required creator property")) {
            String missing = mi.getMessage().replaceFirst("(?s)Missing required creator property '([^']*)'.*", "$1");
            return new Rejection(DeadLetterReason.MISSING_FIELD, "required field '" + missing + "' is missing");
        }
        if (e instanceof MismatchedInputException mi
                && String.valueOf(mi.getOriginalMessage()).startsWith("Cannot map `null` into type")) {
            return new Rejection(DeadLetterReason.MISSING_FIELD, "required field '" + field + "' is missing");
        }
        if (isTimestampError(e)) {
            return new Rejection(DeadLetterReason.BAD_TIMESTAMP,
                    "field '" + field + "' is not an ISO-8601 instant such as 2025-03-01T12:00:00Z");
        }
        if (e instanceof InvalidFormatException inf && !(inf.getValue() instanceof String)) {
            return new Rejection(DeadLetterReason.WRONG_TYPE, "field '" + field + "' has the wrong type, expected "
                    + inf.getTargetType().getSimpleName());
        }
        if (e instanceof InvalidFormatException inf) {
            return new Rejection(DeadLetterReason.INVALID_VALUE,
                    "field '" + field + "' has an invalid value '" + inf.getValue() + "'");
        }
        if (e instanceof MismatchedInputException mi) {
            String expected = mi.getTargetType() == null ? "another type" : mi.getTargetType().getSimpleName();
            return new Rejection(DeadLetterReason.WRONG_TYPE, "field '" + field + "' has the wrong type, expected "
                    + expected);
        }
        return new Rejection(DeadLetterReason.INVALID_VALUE, "field '" + field + "': " + firstLine(e));
    }

    private static boolean isTimestampError(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DateTimeException) {
                return true;
            }
        }
        return e instanceof MismatchedInputException mi && mi.getTargetType() == Instant.class;
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String firstLine(JacksonException e) {
        String message = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    private static String firstLine(IOException e) {
        return e instanceof JacksonException je ? firstLine(je) : String.valueOf(e.getMessage());
    }
}
