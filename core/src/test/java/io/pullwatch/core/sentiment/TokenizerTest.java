package io.pullwatch.core.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.sentiment.Tokenizer.Token;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenizerTest {

    private static final Set<String> EMOTICONS = Set.of(":)", ":-(", "<3", "xd");
    private static final Set<String> ELISIONS = Set.of("j", "l", "qu");

    /**
     * A scorer's tokenizer reads each chunk once and then takes its tokens from memory; this pins that the tokens, read
     * fresh or remembered, are those of a tokenizer that remembers nothing, clause breaks across chunks included.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Great screen, (but) the battery... dies!! :) <3",
        "good, ,bad ; ; (ok) -- fine, ,",
        "J'adore l'accueil, qu'il est SOOO bien!!!\n\nXD @shop #promo http://x.co/a www.shop.fr",
        "caf\u00e9 &amp; cr\u00e8me 😀😡 well-made 9.99 ?? ...",
        "a,\n\n,b",
    })
    void remembersChunksWithoutChangingTheTokens(String text) {
        Tokenizer plain = new Tokenizer(EMOTICONS, ELISIONS);
        Lexicon.Card card = new Lexicon.Card(1f, new Lexicon.Phrase[0], false);
        Tokenizer remembering = new Tokenizer(EMOTICONS, ELISIONS, key -> card);
        List<String> expected = describe(plain.tokenize(text));
        assertThat(describe(remembering.tokenize(text))).isEqualTo(expected);
        assertThat(describe(remembering.tokenize(text))).as("from memory").isEqualTo(expected);
        assertThat(describe(remembering.tokenize(text + " " + text)))
                .isEqualTo(describe(plain.tokenize(text + " " + text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Loved it, really", "caf\u00e9 cr\u00e8me"})
    void givesEachWordItsCard(String text) {
        Lexicon.Card card = new Lexicon.Card(2f, new Lexicon.Phrase[0], true);
        List<Token> tokens = new Tokenizer(EMOTICONS, ELISIONS, key -> card).tokenize(text);
        assertThat(tokens).filteredOn(Token::isWord).isNotEmpty().allSatisfy(t -> assertThat(t.card()).isSameAs(card));
        assertThat(tokens).filteredOn(t -> !t.isWord()).allSatisfy(t -> assertThat(t.card()).isNull());
        assertThat(new Tokenizer(EMOTICONS, ELISIONS).tokenize(text)).allSatisfy(t -> assertThat(t.card()).isNull());
    }

    private static List<String> describe(List<Token> tokens) {
        return tokens.stream().map(t -> t.kind() + ":" + t.key() + ":" + t.allCaps() + ":" + t.elongated() + ":"
                + t.exclamations() + ":" + t.questions()).toList();
    }
}
