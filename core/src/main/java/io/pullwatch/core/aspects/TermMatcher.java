package io.pullwatch.core.aspects;

import io.pullwatch.core.text.WhiteSpaceChunks;
import io.pullwatch.core.text.WordMemo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Finds the taxonomy's terms of one language in a text. Terms are analysed once, at construction, into sequences of
 * token ids stored in a trie; a text is analysed with the same chain and matched left to right, longest term first,
 * so "sales assistant" (staff) wins over "sales" (price) and an ignore phrase such as "can't wait" hides "wait".
 *
 * <p>Thread-safe: the vocabulary and trie are immutable once built, analysed chunks are remembered in each thread's
 * {@link WordMemo}, and the analyzer reuses token streams per thread.
 */
final class TermMatcher implements AutoCloseable {

    /** A term found in a text: the aspect's index in taxonomy order, and the characters it spans. */
    record Match(int aspect, int start, int end) {

        boolean overlaps(Match other) {
            return start < other.end && other.start < end;
        }
    }

    private static final int NO_TERM = -2;
    private static final int IGNORED = -1;
    private static final int UNKNOWN_TOKEN = -1;
    /**
     * The analysis of a chunk none of whose tokens is in the vocabulary, as most are: one unknown token. Where unknown
     * tokens lie never matters (runs of them are kept as one, and a match starts and ends on known tokens), and
     * sharing one array keeps it in the processor's cache instead of reading one per chunk from memory.
     */
    private static final int[] ALL_UNKNOWN = {UNKNOWN_TOKEN, 0, 0};
    /** The analysis of a chunk without letters or digits ("-", "..."). */
    private static final int[] NO_TOKENS = {};
    /** Longer chunks (URLs, run-on text) are rarely seen twice: analysed each time, not remembered. */
    private static final int MAX_CACHED_CHUNK = 40;

    private final String language;
    private final Analyzer analyzer;
    /** Analysed token → id, looked up straight from the token's char buffer (no String per token). */
    private final CharArrayMap<Integer> vocabulary = new CharArrayMap<>(1024, false);
    private final Node root = new Node();
    /**
     * The root's children by token id: every token of every text is tried as the start of a term, so that lookup reads
     * an array rather than a map of boxed ids.
     */
    private final Node[] termStarts;
    /** Ids of the tokens an ignore word analyses to: only those need their spelling checked. */
    private final boolean[] guarded;
    private final CharArraySet ignoreWords;
    /** Analysed chunks by their text, in each thread's memo; see {@link #tokens}. */
    private final WordMemo.Column<int[]> chunks;

    TermMatcher(String language, AspectTaxonomy taxonomy) {
        this.language = language;
        this.analyzer = AspectAnalyzers.forLanguage(language);
        this.chunks = new WordMemo.Column<>("aspect terms (" + language + ")");
        List<AspectTaxonomy.Aspect> aspects = taxonomy.aspects();
        for (int aspect = 0; aspect < aspects.size(); aspect++) {
            for (String term : aspects.get(aspect).terms(language)) {
                add(term, aspect, aspects.get(aspect).id());
            }
        }
        for (String phrase : taxonomy.ignorePhrases().getOrDefault(language, List.of())) {
            add(phrase, IGNORED, "ignorePhrases");
        }
        List<String> words = taxonomy.ignoreWords().getOrDefault(language, List.of());
        ignoreWords = new CharArraySet(words, true);
        guarded = new boolean[vocabulary.size()];
        termStarts = new Node[vocabulary.size()];
        root.next.forEach((id, node) -> termStarts[id] = node);
        for (String word : words) {
            List<String> analysed = analyse(word);
            if (analysed.size() != 1) {
                throw new IllegalArgumentException("ignore word '" + word + "' (" + language + ") is not one word");
            }
            Integer id = vocabulary.get(analysed.get(0));
            if (id != null) {
                guarded[id] = true;
            }
        }
    }

    /** @return the terms found, in text order, without the ignored ones */
    List<Match> find(String text) {
        Tokens tokens = tokens(text);
        if (!tokens.anyKnown) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size) {
            Node node = root;
            Node longest = null;
            int longestEnd = i;
            for (int j = i; j < tokens.size && node != null; j++) {
                int id = tokens.ids[j];
                node = id == UNKNOWN_TOKEN ? null : j == i ? termStarts[id] : node.next.get(id);
                if (node != null && node.aspect != NO_TERM) {
                    longest = node;
                    longestEnd = j;
                }
            }
            if (longest == null) {
                i++;
                continue;
            }
            if (longest.aspect != IGNORED) {
                matches.add(new Match(longest.aspect, tokens.starts[i], tokens.ends[longestEnd]));
            }
            i = longestEnd + 1;
        }
        return matches;
    }

    @Override
    public void close() {
        analyzer.close();
    }

    private void add(String term, int aspect, String owner) {
        List<String> analysed = analyse(term);
        if (analysed.isEmpty()) {
            throw new IllegalArgumentException("term '" + term + "' of " + owner + " (" + language + ") has no words");
        }
        Node node = root;
        for (String token : analysed) {
            Integer id = vocabulary.get(token);
            if (id == null) {
                id = vocabulary.size();
                vocabulary.put(token, id);
            }
            node = node.next.computeIfAbsent(id, key -> new Node());
        }
        // Two aspects sharing a term after analysis would make every such match a coin toss: refuse the file instead.
        if (node.aspect != NO_TERM && node.aspect != aspect) {
            throw new IllegalArgumentException("term '" + term + "' of " + owner + " (" + language
                    + ") analyses like '" + node.term + "' of another aspect or ignore list");
        }
        node.aspect = aspect;
        node.term = term;
    }

    private List<String> analyse(String term) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", term)) {
            CharTermAttribute chars = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(chars.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the analyzer reads from a String
        }
        return out;
    }

    /**
     * Analyses a text one white-space-delimited chunk at a time. White space always separates tokens in Lucene's
     * StandardTokenizer (Unicode word-break rules), so chunk by chunk gives exactly the tokens the whole text would,
     * and each distinct chunk ("queue", "l'accueil", "staff,") is analysed once and then read from the thread's
     * {@link WordMemo}: running the analyzer chain on every word of every text cost more than everything else in the
     * text stage together. Chunks are looked up as the sentiment tokenizer looks them up, white space to white space,
     * so that the lookup finds the memo's slot in the processor's cache where the tokenizer has just left it.
     */
    private Tokens tokens(String text) {
        WhiteSpaceChunks split = WhiteSpaceChunks.of(text);
        int count = split.count();
        WordMemo memo = WordMemo.ofThisThread();
        Object[] known = new Object[count];
        memo.getAll(chunks, split, MAX_CACHED_CHUNK, known);
        Tokens tokens = new Tokens();
        for (int k = 0; k < count; k++) {
            int start = split.start(k);
            int end = split.end(k);
            int[] analysed = (int[]) known[k];
            if (analysed == null) {
                analysed = analyseChunk(split.chars(), start, end);
                if (end - start <= MAX_CACHED_CHUNK) {
                    memo.put(chunks, split.chars(), start, end, analysed);
                }
            }
            addTokens(text, start, analysed, tokens);
        }
        return tokens;
    }

    /** Adds a chunk's analysis, its offsets made the text's, with ignore words as unknown tokens. */
    private void addTokens(String text, int chunkStart, int[] analysed, Tokens tokens) {
        for (int t = 0; t < analysed.length; t += 3) {
            int id = analysed[t];
            int start = chunkStart + analysed[t + 1];
            int end = chunkStart + analysed[t + 2];
            if (id != UNKNOWN_TOKEN && guarded[id] && isIgnoredWord(text, start, end)) {
                id = UNKNOWN_TOKEN;
            }
            tokens.add(id, start, end);
        }
    }

    /**
     * The tokens of the chunk {@code chars[start, end)} as {id, start, end} triples, offsets within the chunk; see
     * {@link #ALL_UNKNOWN}. Punctuation at either end of a chunk ("staff," "(queue") never belongs to a token: the
     * word-break rules only keep "." "," "'" ":" inside a token when letters or digits stand on both sides of it.
     */
    private int[] analyseChunk(char[] chars, int start, int end) {
        int first = start;
        int last = end;
        while (first < last && !Character.isLetterOrDigit(chars[first])) {
            first++;
        }
        while (last > first && !Character.isLetterOrDigit(chars[last - 1])) {
            last--;
        }
        return first == last ? NO_TOKENS : analyseWord(new String(chars, first, last - first), first - start);
    }

    /** The tokens of a chunk's trimmed part, which starts {@code offset} characters into the chunk. */
    private int[] analyseWord(String chunk, int offset) {
        int[] out = new int[6];
        int size = 0;
        boolean anyKnown = false;
        try (TokenStream stream = analyzer.tokenStream("", chunk)) {
            CharTermAttribute chars = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                Integer id = vocabulary.get(chars.buffer(), 0, chars.length());
                if (size + 3 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[size++] = id == null ? UNKNOWN_TOKEN : id;
                anyKnown |= id != null;
                out[size++] = offset + offsets.startOffset();
                out[size++] = offset + offsets.endOffset();
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the analyzer reads from a String
        }
        return size > 0 && !anyKnown ? ALL_UNKNOWN : Arrays.copyOf(out, size);
    }

    /** Compares the spelling as written, after any elided article ("d'attentes" is checked as "attentes"). */
    private boolean isIgnoredWord(String text, int start, int end) {
        for (int i = end - 1; i > start; i--) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2019') {
                start = i + 1;
                break;
            }
        }
        return ignoreWords.contains(text.subSequence(start, end));
    }

    /** A trie node: the next token ids, and the aspect (or IGNORED) of the term that ends here. */
    private static final class Node {
        final Map<Integer, Node> next = new HashMap<>(4);
        int aspect = NO_TERM;
        String term;
    }

    /** The analysed text: token ids with their character offsets; runs of unknown tokens kept as one entry. */
    private static final class Tokens {
        int[] ids = new int[16];
        int[] starts = new int[16];
        int[] ends = new int[16];
        int size;
        boolean anyKnown;

        void add(int id, int start, int end) {
            if (id == UNKNOWN_TOKEN && size > 0 && ids[size - 1] == UNKNOWN_TOKEN) {
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            ids[size] = id;
            starts[size] = start;
            ends[size] = end;
            size++;
            anyKnown |= id != UNKNOWN_TOKEN;
        }
    }
}
