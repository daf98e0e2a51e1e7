package io.pullwatch.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.connectors.webhook.SlackMessage.Block;
import io.pullwatch.core.json.JsonMappers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slack refuses a message that breaks its limits, and a refusal is not retried: no message built here breaks them. */
class SlackMessageTest {

    private static final ObjectMapper JSON = JsonMappers.create();

    @Test
    void serializesInTheIncomingWebhookShapeWithoutNulls() throws Exception {
        SlackMessage message = new SlackMessage("fallback",
                List.of(Block.section("*hi*"), Block.fields(List.of("a", "b")), Block.context("small"), Block.divider()));

        assertThat(JSON.writeValueAsString(message)).isEqualTo("{\"text\":\"fallback\",\"blocks\":["
                + "{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*hi*\"}},"
                + "{\"type\":\"section\",\"fields\":[{\"type\":\"mrkdwn\",\"text\":\"a\"},{\"type\":\"mrkdwn\",\"text\":\"b\"}]},"
                + "{\"type\":\"context\",\"elements\":[{\"type\":\"mrkdwn\",\"text\":\"small\"}]},"
                + "{\"type\":\"divider\"}]}");
    }

    @Test
    void readsBackToAnEqualMessage() throws Exception {
        SlackMessage message = new SlackMessage("t", List.of(Block.section("s"), Block.fields(List.of("f"))));

        assertThat(JSON.readValue(JSON.writeValueAsBytes(message), SlackMessage.class)).isEqualTo(message);
    }

    @Test
    void tooLongTextsAreShortenedToSlacksLimits() {
        String huge = "x".repeat(10_000);

        SlackMessage message = new SlackMessage(huge, List.of(Block.section(huge), Block.fields(List.of(huge)),
                Block.context(huge)));

        assertThat(message.text()).hasSize(SlackMessage.MAX_TEXT).endsWith("…");
        assertThat(message.blocks().get(0).text().text()).hasSize(Block.MAX_SECTION_TEXT).endsWith("…");
        assertThat(message.blocks().get(1).fields().get(0).text()).hasSize(Block.MAX_FIELD_TEXT);
        assertThat(message.blocks().get(2).elements().get(0).text()).hasSize(Block.MAX_SECTION_TEXT);
    }

    @Test
    void tooManyBlocksOrFieldsAreCutAndNullBlocksSkipped() {
        List<Block> blocks = new ArrayList<>(Collections.nCopies(60, Block.divider()));
        blocks.add(0, null);
        List<String> fields = Collections.nCopies(12, "f");

        SlackMessage message = new SlackMessage(null, blocks);

        assertThat(message.blocks()).hasSize(SlackMessage.MAX_BLOCKS).doesNotContainNull();
        assertThat(message.text()).isEmpty();
        assertThat(Block.fields(fields).fields()).hasSize(Block.MAX_FIELDS);
        assertThat(new SlackMessage("t", null).blocks()).isEmpty();
    }

    @Test
    void anEmptyTextBecomesABlankSlackAccepts() {
        assertThat(Block.section("").text().text()).isEqualTo(" ");
        assertThat(Block.section(null).text().text()).isEqualTo(" ");
    }

    @Test
    void aFieldsSectionNeedsAField() {
        assertThatThrownBy(() -> Block.fields(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(Block.fields(Arrays.asList("one")).fields()).hasSize(1);
    }
}
