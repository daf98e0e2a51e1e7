package io.pullwatch.search.query;

import io.pullwatch.core.query.FeedbackAnalyzers;
import io.pullwatch.core.query.FeedbackFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Snippets of a result's text and title with the words the query looks for marked {@code <mark>…</mark>};
 * everything else is HTML-escaped, so a snippet can be shown as HTML as it is. The text is analysed as at indexing,
 * so what is marked is what matched: accents folded, elisions removed, wildcards, prefixes and fuzzy terms expanded;
 * the words of a phrase are marked one by one. One pass of the analyzer per field, no index of the text.
 * A long text is cut to a window of about {@link #SNIPPET_CHARS} characters around the first match.
 */
public final class Highlights {

    static final int SNIPPET_CHARS = 240;
    private static final int LEAD = 60;

    private final Analyzer analyzer = FeedbackAnalyzers.perField();

    /** What a query looks for, per field: exact terms and term automata (wildcards, prefixes, fuzzy, regexps). */
    public static final class Targets {
        private final Map<String, Set<BytesRef>> terms = new HashMap<>();
        private final Map<String, List<ByteRunAutomaton>> automata = new HashMap<>();

        boolean covers(String field) {
            return terms.containsKey(field) || automata.containsKey(field);
        }

        boolean matches(String field, BytesRef term) {
            if (terms.getOrDefault(field, Set.of()).contains(term)) {
                return true;
            }
            for (ByteRunAutomaton automaton : automata.getOrDefault(field, List.of())) {
                if (automaton.run(term.bytes, term.offset, term.length)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The terms the query looks for (not those it excludes). */
    public static Targets targetsOf(Query query) {
        Targets targets = new Targets();
        if (query != null) {
            query.visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query q, Term... found) {
                    for (Term t : found) {
                        String paired = FeedbackFields.pairedWith(t.field());
                        if (paired == null) {
                            targets.terms.computeIfAbsent(t.field(), f -> new HashSet<>()).add(t.bytes());
                        } else { // a phrase looked up by its word pairs: its words are marked, as a phrase's are
                            for (String word : t.text().split(String.valueOf(FeedbackFields.PAIR_SEPARATOR))) {
                                targets.terms.computeIfAbsent(paired, f -> new HashSet<>()).add(new BytesRef(word));
                            }
                        }
                    }
                }

                @Override
                public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                    targets.automata.computeIfAbsent(field, f -> new ArrayList<>()).add(automaton.get());
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
                }
            });
        }
        return targets;
    }

    /** The snippet of {@code content} in {@code field}, matches marked; null content gives null. */
    public String snippet(String field, Targets targets, String content) throws IOException {
        if (content == null || content.isBlank()) {
            return null;
        }
        List<int[]> marks = targets.covers(field) ? marks(field, targets, content) : List.of();
        int from = marks.isEmpty() || marks.get(0)[0] < LEAD ? 0 : wordStart(content, marks.get(0)[0] - LEAD);
        int to = Math.min(content.length(), from + SNIPPET_CHARS);
        StringBuilder out = new StringBuilder(to - from + 32 * marks.size() + 2);
        if (from > 0) {
            out.append('…');
        }
        int at = from;
        for (int[] mark : marks) {
            if (mark[0] < at || mark[1] > to) {
                continue;
            }
            escape(content, at, mark[0], out);
            out.append("<mark>");
            escape(content, mark[0], mark[1], out);
            out.append("</mark>");
            at = mark[1];
        }
        escape(content, at, to, out);
        if (to < content.length()) {
            out.append('…');
        }
        return out.toString();
    }

    private List<int[]> marks(String field, Targets targets, String content) throws IOException {
        List<int[]> marks = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, content)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (targets.matches(field, new BytesRef(term))) {
                    marks.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            tokens.end();
        }
        return marks;
    }

    private static int wordStart(String content, int near) {
        int i = Math.max(0, near);
        while (i > 0 && !Character.isWhitespace(content.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
    }
}
