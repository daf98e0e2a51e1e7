package io.pullwatch.connectors.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * A message in Slack's incoming-webhook format: {@code text} is the fallback shown in notifications and by clients
 * that do not render blocks; {@code blocks} is the laid-out message. Slack refuses a message that breaks its limits
 * ({@code invalid_blocks}), and a refused message is not retried, so every limit is enforced here, on construction,
 * by shortening: nothing built through this type can be refused for its size.
 *
 * <p>Texts are mrkdwn and must already be escaped ({@link Mrkdwn#escape}); this type does not know which parts came
 * from customers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SlackMessage(
        @JsonProperty("text") String text,
        @JsonProperty("blocks") List<Block> blocks) {

    /** Slack recommends at most 4,000 characters of top-level text. */
    static final int MAX_TEXT = 4_000;
    static final int MAX_BLOCKS = 50;

    @JsonCreator
    public SlackMessage {
        text = Mrkdwn.truncate(text == null ? "" : text, MAX_TEXT);
        List<Block> kept = new ArrayList<>();
        if (blocks != null) {
            blocks.stream().filter(b -> b != null).limit(MAX_BLOCKS).forEach(kept::add);
        }
        blocks = List.copyOf(kept);
    }

    /** One block: a {@code section} (a text, or two-column fields), a {@code context} line, or a {@code divider}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Block(
            @JsonProperty("type") String type,
            @JsonProperty("text") TextObject text,
            @JsonProperty("fields") List<TextObject> fields,
            @JsonProperty("elements") List<TextObject> elements) {

        static final int MAX_SECTION_TEXT = 3_000;
        static final int MAX_FIELDS = 10;
        static final int MAX_FIELD_TEXT = 2_000;
        static final int MAX_CONTEXT_ELEMENTS = 10;

        @JsonCreator
        public Block {
            fields = fields == null ? null : List.copyOf(fields);
            elements = elements == null ? null : List.copyOf(elements);
        }

        public static Block section(String mrkdwn) {
            return new Block("section", TextObject.mrkdwn(mrkdwn, MAX_SECTION_TEXT), null, null);
        }

        /** A section of two-column fields; beyond Slack's ten, the rest are left out. */
        public static Block fields(List<String> mrkdwn) {
            if (mrkdwn.isEmpty()) {
                throw new IllegalArgumentException("a fields section needs at least one field");
            }
            List<TextObject> fields = mrkdwn.stream().limit(MAX_FIELDS)
                    .map(field -> TextObject.mrkdwn(field, MAX_FIELD_TEXT)).toList();
            return new Block("section", null, fields, null);
        }

        /** Small grey print under the message. */
        public static Block context(String mrkdwn) {
            return new Block("context", null, null, List.of(TextObject.mrkdwn(mrkdwn, MAX_SECTION_TEXT)));
        }

        public static Block divider() {
            return new Block("divider", null, null, null);
        }
    }

    /** A text object; Pullwatch writes mrkdwn only. */
    public record TextObject(
            @JsonProperty("type") String type,
            @JsonProperty("text") String text) {

        static TextObject mrkdwn(String text, int maxChars) {
            return new TextObject("mrkdwn", Mrkdwn.truncate(text == null || text.isEmpty() ? " " : text, maxChars));
        }
    }
}
