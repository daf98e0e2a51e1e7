package io.pullwatch.core.text;

/** Words read as slices of a {@code char[]}, compared without making a {@code String} of them. */
public final class CharSlices {

    private CharSlices() {}

    /**
     * Whether {@code chars[start, end)} holds exactly {@code key}. {@code Arrays.equals} on ranges costs more than
     * this plain loop on words of a few letters.
     */
    public static boolean sameChars(char[] key, char[] chars, int start, int end) {
        if (key.length != end - start) {
            return false;
        }
        for (int k = 0; k < key.length; k++) {
            if (key[k] != chars[start + k]) {
                return false;
            }
        }
        return true;
    }
}
