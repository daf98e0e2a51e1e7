package io.pullwatch.core.aspects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AspectTaxonomyTest {

    private static final Path CONFIG_FILE = Path.of("..", "config", "aspects.json").toAbsolutePath().normalize();

    @Test
    void shippedTaxonomyHasEveryAspectInBothLanguages() {
        AspectTaxonomy taxonomy = AspectTaxonomy.fromClasspath();

        assertThat(taxonomy.aspects()).extracting(AspectTaxonomy.Aspect::id).containsExactly(
                "staff-and-service", "price-and-promotion", "stock-and-availability", "waiting-and-queues",
                "product-quality", "store-and-cleanliness", "delivery-and-online", "partner-operations");
        for (AspectTaxonomy.Aspect aspect : taxonomy.aspects()) {
            assertThat(aspect.terms("en")).as(aspect.id() + " in English").hasSizeGreaterThanOrEqualTo(10);
            assertThat(aspect.terms("fr")).as(aspect.id() + " in French").hasSizeGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void configFileIsTheSameAsTheShippedDefault() throws Exception {
        assertThat(Files.exists(CONFIG_FILE)).as(CONFIG_FILE.toString()).isTrue();

        assertThat(AspectTaxonomy.fromFile(CONFIG_FILE)).isEqualTo(AspectTaxonomy.fromClasspath());
    }

    @Test
    void misspeltKeysAreRefused() {
        String json = "{\"aspects\": [{\"id\": \"a\", \"term\": {\"en\": [\"x\"]}}]}";

        assertThatThrownBy(() -> AspectTaxonomy.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("term");
    }

    @Test
    void duplicateAspectIdsAreRefused() {
        String json = "{\"aspects\": [{\"id\": \"a\", \"terms\": {}}, {\"id\": \"a\", \"terms\": {}}]}";

        assertThatThrownBy(() -> AspectTaxonomy.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasStackTraceContaining("defined twice");
    }
}
