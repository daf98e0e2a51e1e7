package io.pullwatch.connectors.webhook;

import static io.pullwatch.connectors.webhook.Mrkdwn.bold;
import static io.pullwatch.connectors.webhook.Mrkdwn.code;
import static io.pullwatch.connectors.webhook.Mrkdwn.escape;

import io.pullwatch.connectors.webhook.SlackMessage.Block;
import io.pullwatch.core.event.ImpactNotification;
import io.pullwatch.core.event.ImpactType;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An impact notification as a Slack message: the headline and its details for the store manager, then the facts. */
public final class ImpactWebhookMessage implements WebhookFormatter<ImpactNotification> {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Override
    public SlackMessage format(ImpactNotification notification) {
        String headline = notification.headline() == null || notification.headline().isBlank()
                ? "Impact notification" : notification.headline();
        String details = notification.details() == null || notification.details().isBlank()
                ? "" : "\n" + escape(notification.details());
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.section(emoji(notification.type()) + " " + bold(escape(headline)) + details));
        List<String> facts = new ArrayList<>();
        facts.add(bold("Store") + "\n" + code(notification.storeId()));
        if (notification.initiativeId() != null) {
            facts.add(bold("Initiative") + "\n" + code(notification.initiativeId()));
        }
        facts.add(bold("Confidence") + "\n" + confidence(notification.confidence()));
        if (notification.type() != null) {
            facts.add(bold("Type") + "\n" + typeWords(notification.type()));
        }
        blocks.add(Block.fields(facts));
        blocks.add(Block.context("Pullwatch · notification " + code(notification.notificationId())
                + (notification.createdAt() == null ? "" : " · " + MINUTE.format(notification.createdAt()) + " UTC")));
        String text = emoji(notification.type()) + " " + escape(notification.storeId() == null ? "?" : notification.storeId())
                + ": " + escape(headline);
        return new SlackMessage(text, blocks);
    }

    @Override
    public String describe(ImpactNotification notification) {
        return "impact notification " + notification.notificationId();
    }

    private static String emoji(ImpactType type) {
        if (type == null) {
            return ":bell:";
        }
        return switch (type) {
            case SIGNIFICANT_EFFECT -> ":chart_with_upwards_trend:";
            case RISK -> ":warning:";
            case DAILY_DIGEST -> ":newspaper:";
        };
    }

    private static String typeWords(ImpactType type) {
        return switch (type) {
            case SIGNIFICANT_EFFECT -> "significant effect";
            case RISK -> "risk";
            case DAILY_DIGEST -> "daily digest";
        };
    }

    private static String confidence(double confidence) {
        return Double.isFinite(confidence) ? Math.round(confidence * 100) + "%" : "n/a";
    }
}
