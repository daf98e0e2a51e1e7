package io.pullwatch.search.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The web page and the OpenAPI file, served from the classpath; nothing is fetched from elsewhere at run time. */
final class StaticResources {

    private static final String BASE = "/io/pullwatch/search/web/";
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/app.css", "app.css",
            "/openapi.yaml", "openapi.yaml");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html", "js", "text/javascript", "css", "text/css", "yaml", "application/yaml");

    private final Map<String, byte[]> contents;

    StaticResources() {
        contents = new java.util.HashMap<>();
        FILES.values().forEach(name -> contents.put(name, read(name)));
    }

    /** Serves the file at {@code path}; false when there is none. */
    boolean serve(HttpExchange exchange, String path) throws IOException {
        String name = FILES.get(path);
        if (name == null) {
            return false;
        }
        HttpApi.send(exchange, 200, TYPES.get(name.substring(name.lastIndexOf('.') + 1)), contents.get(name));
        return true;
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticResources.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + BASE + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
