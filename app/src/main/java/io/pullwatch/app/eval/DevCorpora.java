package io.pullwatch.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pullwatch.connectors.replay.JsonLines;
import io.pullwatch.core.detection.CascadeForecast;
import io.pullwatch.core.json.JsonMappers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the shared datasets ({@code ../shared/data/dev}, their common JSON-lines shape) as labelled texts. Rows
 * without text or without a usable label are left out, as the evaluations' definitions say.
 */
public final class DevCorpora {

    /** VADER ground truth: the mean of about 20 human raters on [-4, 4]. */
    private static final double VADER_SCALE = 4.0;

    private final Path directory;
    private final ObjectMapper json = JsonMappers.create();

    public DevCorpora(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("no dataset directory at " + directory
                    + " (expected ../shared/data/dev beside the project; set it with --data)");
        }
        this.directory = directory;
    }

    /** vader_gt_tweets, vader_gt_movies, vader_gt_amazon: gold valence normalised to [-1, 1]. */
    public List<LabelledText> vaderGroundTruth(String corpus) {
        return read(corpus, row -> {
            JsonNode valence = row.path("gold").path("mean_valence");
            return valence.isNumber() ? labelled(row, valence.asDouble() / VADER_SCALE) : null;
        });
    }

    /** sanders: positive +1, neutral 0, negative -1; "irrelevant" rows left out. */
    public List<LabelledText> sanders() {
        return read("sanders", row -> switch (row.path("gold").path("sentiment").asText()) {
            case "positive" -> labelled(row, 1);
            case "neutral" -> labelled(row, 0);
            case "negative" -> labelled(row, -1);
            default -> null;
        });
    }

    /** Allociné: 4 stars or more positive (+1), 2 or fewer negative (-1), the rest left out. */
    public List<LabelledText> allocine() {
        return starRated("allocine_tatia");
    }

    /**
     * amazon2018_fashion5, retail reviews, labelled as Allociné's. The file lists a review once for each variant of
     * the product it was posted under (size, colour); each text is kept once.
     */
    public List<LabelledText> fashionReviews() {
        Set<String> seen = new HashSet<>();
        return starRated("amazon2018_fashion5").stream().filter(text -> seen.add(text.text())).toList();
    }

    private List<LabelledText> starRated(String corpus) {
        return read(corpus, row -> {
            if (!row.path("rating").isNumber()) {
                return null;
            }
            double stars = row.get("rating").asDouble();
            return stars >= 4 ? labelled(row, 1) : stars <= 2 ? labelled(row, -1) : null;
        });
    }

    /** Every text of a corpus with its declared language, for language identification. */
    public List<LabelledText> texts(String corpus) {
        return read(corpus, row -> labelled(row, 0));
    }

    /**
     * seismic: the cascade's posts in time order, root first, as seconds after the root with the author's followers;
     * and the cascade's final size from the gold field.
     */
    public Cascade seismicCascade() {
        Path file = directory.resolve("seismic.jsonl.gz");
        List<CascadeForecast.Share> shares = new ArrayList<>();
        long finalSize = 0;
        Instant root = null;
        try (BufferedReader lines = JsonLines.open(file)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode row = json.readTree(line);
                Instant at = Instant.parse(row.path("ts").asText());
                root = root == null ? at : root;
                shares.add(new CascadeForecast.Share(Duration.between(root, at).toMillis() / 1000.0,
                        row.path("metrics").path("followers_count").asLong()));
                finalSize = row.path("gold").path("final_cascade_size").asLong(finalSize);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        shares.sort(Comparator.comparingDouble(CascadeForecast.Share::seconds));
        return new Cascade(shares, finalSize);
    }

    /** The file of one corpus, for those who read it whole (a backtest, say). */
    public Path file(String corpus) {
        return directory.resolve(corpus + ".jsonl.gz");
    }

    /** A cascade's posts, root first, and its final size (root included). */
    public record Cascade(List<CascadeForecast.Share> shares, long finalSize) {}

    private static LabelledText labelled(JsonNode row, double gold) {
        JsonNode rating = row.get("rating");
        return new LabelledText(row.path("text").asText(), row.path("lang").asText(), gold,
                rating != null && rating.isNumber() ? rating.asDouble() : null);
    }

    private List<LabelledText> read(String corpus, Function<JsonNode, LabelledText> label) {
        Path file = directory.resolve(corpus + ".jsonl.gz");
        List<LabelledText> texts = new ArrayList<>();
        try (BufferedReader lines = JsonLines.open(file)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode row = json.readTree(line);
                if (row.path("text").isTextual() && !row.path("text").asText().isBlank()) {
                    LabelledText text = label.apply(row);
                    if (text != null) {
                        texts.add(text);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return texts;
    }
}
