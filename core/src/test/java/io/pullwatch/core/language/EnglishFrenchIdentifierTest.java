package io.pullwatch.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishFrenchIdentifierTest {

    private static LanguageIdentifier identifier;

    @BeforeAll
    static void build() {
        identifier = EnglishFrenchIdentifier.create();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Just got my new phone and I love it!!! 😍 #happy https://t.co/abc123",
        "@support why is my order STILL not here?? 3 weeks...",
        "THIS IS THE WORST SERVICE EVER",
        "sooooo good, can't wait to go back 🙌",
        "The fries were cold and the staff didn't care.",
        "Best burger in town, hands down #foodie @joesdiner",
        "Delivery was late again. Not impressed with this store",
    })
    void englishPosts(String text) {
        assertThat(identifier.identify(text)).isEqualTo("en");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "J'adore ce resto, le service est top 👌 #miam",
        "c'est nul",
        "C'EST VRAIMENT N'IMPORTE QUOI CE SERVICE",
        "@sav_box toujours pas de connexion depuis hier soir... https://t.co/xyz",
        "Trooop bien ce film, j'ai pleuré 😭😭",
        "Livraison rapide, produit conforme, je recommande.",
        "Franchement déçu par l'accueil, on a attendu une heure pour rien",
        "Le feel good movie de l'année, à voir absolument !",
    })
    void frenchPosts(String text) {
        assertThat(identifier.identify(text)).isEqualTo("fr");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "No me gusta nada este producto, es muy caro y llegó tarde",
        "¡Qué buena película! La recomiendo a todos mis amigos",
        "Das Essen war kalt und der Service sehr langsam",
        "Ich bin total begeistert von diesem Laden!",
        "Il prezzo è buono ma la qualità non è un granché",
        "Это очень хороший телефон, всем советую",
        "このお店は本当に最高です",
    })
    void otherLanguagesAreUnknown(String text) {
        assertThat(identifier.identify(text)).isEqualTo(LanguageIdentifier.UNKNOWN);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   \n\t", "😀😀🔥🔥", "https://t.co/abc123", "www.example.com/page", "12345 678,90",
        "@alice @bob #fail", "ok", "!!!???", "Yay!",
    })
    void tooLittleTextIsUnknown(String text) {
        assertThat(identifier.identify(text)).isEqualTo(LanguageIdentifier.UNKNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800 lone surrogate", "'''''", "a'", "'s", "l'", "\u0000\u0001", "ÀÉÎÕÜ"})
    void oddInputNeverThrows(String text) {
        assertThat(identifier.identify(text)).isIn("en", "fr", LanguageIdentifier.UNKNOWN);
    }

    @Test
    void longTextIsHandled() {
        String review = "Le film est long mais les acteurs sont excellents et la musique est superbe. ".repeat(2_000);
        assertThat(identifier.identify(review)).isEqualTo("fr");
    }

    @Test
    void sharedInstanceGivesTheSameAnswersFromManyThreads() {
        List<String> texts = List.of("I really love this place", "j'ai adoré le dessert, merci !",
                "Das ist nicht gut", "The queue was endless", "Le service était très lent") ;
        List<String> sequential = texts.stream().map(identifier::identify).toList();
        for (int round = 0; round < 20; round++) {
            assertThat(texts.parallelStream().map(identifier::identify).collect(Collectors.toList()))
                    .isEqualTo(sequential);
        }
    }

    /** Texts the function words or the spellings settle never reach the statistical model. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The fries were cold and the staff didn't care.|en",
        "Sydney hostage crisis: gunman holding shoppers|en",
        "a gorgeous witty seductive movie|en",
        "Le film de l'année, émouvant|fr",
        "Superbe film, à voir en famille, émouvant|fr",
        "No me gusta nada este producto|unknown",
        "lanza nuevo telefono oficial|unknown",
        "Smørrebrød på Nørrebro|unknown",
        "love it, it's trop cute|en",
        "c'est le top, the best|fr",
    })
    void cheapStagesSettleClearTexts(String text, String language) {
        LanguageIdentifier withoutModel = new EnglishFrenchIdentifier(cleaned -> {
            throw new AssertionError("the model was asked about: " + cleaned);
        });
        assertThat(withoutModel.identify(text)).isEqualTo(language);
    }

    @Test
    void textsWithoutEvidenceGoToTheModelCutToAHundredOrSoLetters() {
        List<String> asked = new java.util.ArrayList<>();
        LanguageIdentifier stub = new EnglishFrenchIdentifier(cleaned -> {
            asked.add(cleaned);
            return com.github.pemistahl.lingua.api.Language.ENGLISH;
        });
        assertThat(stub.identify("Louisiana income tax repeal advances")).isEqualTo("en");
        String longHeadline = "Louisiana income tax repeal advances " .repeat(10);
        stub.identify(longHeadline);
        assertThat(asked).hasSize(2);
        assertThat(asked.get(0)).isEqualTo("louisiana income tax repeal advances");
        assertThat(asked.get(1).length()).isLessThanOrEqualTo(EnglishFrenchIdentifier.MODEL_MAX_CHARS);
    }
}
