package io.pullwatch.core.impact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Customers referring to a staff member's private channel: an e-mail address, a phone number (French or
 * international), or words that say the channel is personal ("son numéro perso", "her personal WhatsApp",
 * "DM me"). Talking about WhatsApp or Instagram alone is not flagged: stores run official accounts there.
 */
public final class PrivateChannels {

    static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    /** 06 12 34 56 78, 06.12.34.56.78, 0612345678, +33 6 12 34 56 78, 0033 6 12 34 56 78. */
    static final Pattern FRENCH_PHONE =
            Pattern.compile("(?<![\\p{N}+])(?:\\+33\\s?|0033\\s?|0)[1-9](?:[\\s.-]?\\p{N}{2}){4}(?!\\p{N})");
    /** +44 7700 900123, +1 415 555 0100: a plus, a country code, then at least eight more digits in groups. */
    static final Pattern INTERNATIONAL_PHONE =
            Pattern.compile("(?<![\\p{N}])\\+\\p{N}{1,3}(?:[\\s.-]?\\p{N}{1,4}){2,6}(?!\\p{N})");
    static final PhraseSet REFERRALS = PhraseSet.of(
            "personal number", "personal phone", "personal mobile", "personal email", "personal e mail",
            "personal whatsapp", "personal instagram", "personal insta", "personal account", "private number",
            "private whatsapp", "private instagram", "private account", "her own number", "his own number",
            "her own whatsapp", "his own whatsapp", "gave me her number", "gave me his number", "dm me", "dm her",
            "dm him", "message me directly", "text me on", "numero perso", "numero personnel", "portable perso",
            "portable personnel", "mail perso", "mail personnel", "email perso", "whatsapp perso",
            "whatsapp personnel", "insta perso", "instagram perso", "compte perso", "compte personnel", "en mp",
            "ecris moi en prive", "ecrivez moi en prive", "son numero", "son 06", "son 07", "son propre numero");

    private PrivateChannels() {}

    /** What shows a private channel ("e-mail address", "phone number" or the phrase), or null. */
    public static String match(String text, String paddedText) {
        if (EMAIL.matcher(text).find()) {
            return "e-mail address";
        }
        if (FRENCH_PHONE.matcher(text).find() || internationalPhone(text)) {
            return "phone number";
        }
        return REFERRALS.firstIn(paddedText);
    }

    /** Contact details made unreadable, so that a notice quoting a customer never spreads a private address. */
    public static String mask(String text) {
        String masked = EMAIL.matcher(text).replaceAll("[e-mail]");
        masked = FRENCH_PHONE.matcher(masked).replaceAll("[phone]");
        return INTERNATIONAL_PHONE.matcher(masked).replaceAll(m -> digits(m.group()) >= 9 ? "[phone]" : m.group());
    }

    private static boolean internationalPhone(String text) {
        Matcher m = INTERNATIONAL_PHONE.matcher(text);
        while (m.find()) {
            if (digits(m.group()) >= 9) {
                return true;
            }
        }
        return false;
    }

    private static int digits(String s) {
        return (int) s.chars().filter(Character::isDigit).count();
    }
}
