package io.pullwatch.connectors.webhook;

/**
 * Slack mrkdwn text building. Everything that comes from a record must go through {@link #escape}: Slack reads
 * {@code <!channel>}, {@code <@U123>} and {@code <https://…|label>} in plain text as commands and links, so a customer
 * post quoting them would otherwise ping a whole channel or disguise a link.
 */
public final class Mrkdwn {

    private static final String ELLIPSIS = "…";

    private Mrkdwn() {}

    /** The three characters Slack asks to escape; everything else is shown as written. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Escaped, on one line, at most {@code maxChars} characters (an ellipsis marks a cut). */
    public static String snippet(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        return escape(truncate(text.replaceAll("\\s+", " ").strip(), maxChars));
    }

    /** An inline code span: ids and terms read better in it, and Slack formats nothing inside. */
    public static String code(String text) {
        if (text == null || text.isBlank()) {
            return "-";
        }
        // A backtick would end the span early; a straight quote reads the same.
        return "`" + escape(text.replace('`', '\'')) + "`";
    }

    public static String bold(String escapedText) {
        return "*" + escapedText + "*";
    }

    /**
     * At most {@code maxChars} characters, the last being an ellipsis when cut. A cut never splits a surrogate pair:
     * half an emoji would make the whole payload invalid UTF-8 for some receivers.
     */
    public static String truncate(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, Math.max(end, 0)) + ELLIPSIS;
    }
}
