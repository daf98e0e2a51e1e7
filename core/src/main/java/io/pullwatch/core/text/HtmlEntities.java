package io.pullwatch.core.text;

/**
 * Undoes the HTML escaping that social APIs apply to posts: Twitter's classic API, for one, sends "<3" as "&lt;3" and
 * "&" as "&amp;". Read as written, a heart becomes a stray "3" and an arrow "&gt;:[" loses its emoticon. Only what
 * those APIs escape is decoded: the five XML entities and numeric references; anything else is left as it is.
 */
public final class HtmlEntities {

    /** The longest reference decoded, "&#x10FFFF;". */
    private static final int MAX_REFERENCE = 10;

    private HtmlEntities() {}

    /** Whether {@code text[start, end)} holds an ampersand, the start of any reference; cheap enough for every word. */
    public static boolean mayHold(String text, int start, int end) {
        int amp = text.indexOf('&', start);
        return amp >= 0 && amp < end;
    }

    /** {@code text} with its references decoded; the same instance when there is none. */
    public static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder decoded = new StringBuilder(text.length());
        int copied = 0;
        while (amp >= 0) {
            int semicolon = text.indexOf(';', amp + 1);
            int codePoint = semicolon < 0 || semicolon - amp > MAX_REFERENCE ? -1
                    : codePointOf(text.substring(amp + 1, semicolon));
            if (codePoint >= 0) {
                decoded.append(text, copied, amp).appendCodePoint(codePoint);
                copied = semicolon + 1;
            }
            amp = text.indexOf('&', codePoint >= 0 ? copied : amp + 1);
        }
        return copied == 0 ? text : decoded.append(text, copied, text.length()).toString();
    }

    /** The character a reference's name stands for ("lt", "#39", "#x2764"), or -1 when it is not one decoded. */
    private static int codePointOf(String name) {
        switch (name) {
            case "lt": return '<';
            case "gt": return '>';
            case "amp": return '&';
            case "quot": return '"';
            case "apos": return '\'';
            default: break;
        }
        if (name.length() < 2 || name.charAt(0) != '#') {
            return -1;
        }
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        try {
            int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) && codePoint != 0 ? codePoint : -1;
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
