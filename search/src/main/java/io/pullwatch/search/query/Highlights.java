package io.pullwatch.search.query;

import io.pullwatch.core.query.FeedbackAnalyzers;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of a result's text and title with the query's matches marked {@code <mark>…</mark>}; everything else is
 * HTML-escaped, so a snippet can be shown as HTML as it is. The text is analysed again as at indexing, so the
 * snippet marks exactly what matched (accents, elisions, wildcards). Without a match: the start of the text.
 */
public final class Highlights {

    static final int SNIPPET_CHARS = 240;
    private final UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(
                    FeedbackAnalyzers.perField())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(20_000)
            .build();

    /** The fields whose terms the query looks for: only those can have highlights. */
    public static Set<String> fieldsOf(Query query) {
        Set<String> fields = new HashSet<>();
        if (query != null) {
            query.visit(new QueryVisitor() {
                @Override
                public boolean acceptField(String field) {
                    fields.add(field);
                    return false;
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
                }
            });
        }
        return fields;
    }

    /**
     * The highlighted snippet of {@code content} in {@code field}; null content gives null. {@code queried}: the
     * query's {@link #fieldsOf fields}; a field the query does not look in is not analysed again.
     */
    public String snippet(String field, Query query, Set<String> queried, String content) throws IOException {
        if (content == null || content.isBlank()) {
            return null;
        }
        if (query != null && queried.contains(field)) {
            Object highlighted = highlighter.highlightWithoutSearcher(field, query, content, 2);
            if (highlighted != null) {
                return highlighted.toString();
            }
        }
        String start = content.length() <= SNIPPET_CHARS ? content : content.substring(0, SNIPPET_CHARS) + "…";
        return escape(start);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
