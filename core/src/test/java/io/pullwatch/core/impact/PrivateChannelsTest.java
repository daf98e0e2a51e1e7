package io.pullwatch.core.impact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrivateChannelsTest {

    private static String match(String text) {
        return PrivateChannels.match(text, PhraseSet.padded(text));
    }

    @Test
    void addressesNumbersAndWordsOfAPersonalChannel() {
        assertThat(match("write to chloe.b@gmail.com")).isEqualTo("e-mail address");
        assertThat(match("son 06 12 34 56 78")).isEqualTo("phone number");
        assertThat(match("appelle le 0612345678")).isEqualTo("phone number");
        assertThat(match("joignable au +33 6 98 76 54 32")).isEqualTo("phone number");
        assertThat(match("ring +1 415 555 0100")).isEqualTo("phone number");
        assertThat(match("DM me on Instagram")).isEqualTo("dm me");
        assertThat(match("sur son WhatsApp perso")).isEqualTo("whatsapp perso");
        assertThat(match("her personal number")).isEqualTo("personal number");
    }

    @Test
    void theStoresOwnChannelsAndOrdinaryNumbersAreNot() {
        assertThat(match("Asked the store on WhatsApp, answered in five minutes")).isNull();
        assertThat(match("Order 12345678 arrived, size 38, 2 pairs")).isNull();
        assertThat(match("Price +30 since last year")).isNull();
    }

    @Test
    void contactDetailsAreMaskedInQuotes() {
        assertThat(PrivateChannels.mask("Mail chloe@gmail.com or call 06 12 34 56 78 / +44 7700 900123"))
                .isEqualTo("Mail [e-mail] or call [phone] / [phone]");
    }
}
