package io.pullwatch.connectors.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MrkdwnTest {

    @Test
    void escapesTheThreeControlCharactersOnly() {
        assertThat(Mrkdwn.escape("<!channel> & <@U1> *bold* _it_")).isEqualTo("&lt;!channel&gt; &amp; &lt;@U1&gt; *bold* _it_");
        assertThat(Mrkdwn.escape(null)).isEmpty();
    }

    @Test
    void aSnippetIsOneEscapedLineOfLimitedLength() {
        assertThat(Mrkdwn.snippet("  line one\n\n  line <two>  ", 100)).isEqualTo("line one line &lt;two&gt;");
        assertThat(Mrkdwn.snippet("abcdefghij", 5)).isEqualTo("abcd…");
        assertThat(Mrkdwn.snippet(null, 5)).isEmpty();
    }

    @Test
    void aCodeSpanCannotBeEndedEarly() {
        assertThat(Mrkdwn.code("init-`x`")).isEqualTo("`init-'x'`");
        assertThat(Mrkdwn.code("a<b")).isEqualTo("`a&lt;b`");
        assertThat(Mrkdwn.code(null)).isEqualTo("-");
        assertThat(Mrkdwn.code(" ")).isEqualTo("-");
    }

    @Test
    void truncationNeverSplitsASurrogatePair() {
        String emojis = "ab😀😀😀";

        assertThat(Mrkdwn.truncate(emojis, 4)).isEqualTo("ab…");
        assertThat(Mrkdwn.truncate(emojis, 5)).isEqualTo("ab😀…");
        assertThat(Mrkdwn.truncate(emojis, 100)).isEqualTo(emojis);
    }
}
