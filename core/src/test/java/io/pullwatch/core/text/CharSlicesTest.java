package io.pullwatch.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharSlicesTest {

    private static final char[] TEXT = "the queue was long".toCharArray();

    @Test
    void aSliceHoldsTheKeyOnlyWithItsExactCharactersAndLength() {
        assertThat(CharSlices.sameChars("queue".toCharArray(), TEXT, 4, 9)).isTrue();
        assertThat(CharSlices.sameChars("queu".toCharArray(), TEXT, 4, 9)).isFalse();
        assertThat(CharSlices.sameChars("queues".toCharArray(), TEXT, 4, 9)).isFalse();
        assertThat(CharSlices.sameChars("queux".toCharArray(), TEXT, 4, 9)).isFalse();
        assertThat(CharSlices.sameChars(new char[0], TEXT, 3, 3)).isTrue();
    }
}
