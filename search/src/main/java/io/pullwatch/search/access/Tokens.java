package io.pullwatch.search.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bearer tokens the service accepts and the principal each stands for, from configuration:
 * {@code TOKEN=marketing, TOKEN=operations, TOKEN=store-manager:STORE}. Lookups compare in constant time.
 */
public final class Tokens {

    private final Map<String, Principal> byToken;

    public Tokens(Map<String, Principal> byToken) {
        this.byToken = Map.copyOf(byToken);
    }

    public static Tokens parse(String text) {
        Map<String, Principal> byToken = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return new Tokens(byToken);
        }
        for (String entry : text.split(",")) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + entry.trim() + "' is not TOKEN=ROLE");
            }
            String token = entry.substring(0, eq).trim();
            if (token.length() < 16) {
                throw new IllegalArgumentException("a token must have at least 16 characters");
            }
            String role = entry.substring(eq + 1).trim();
            int colon = role.indexOf(':');
            Principal principal = colon < 0 ? new Principal(Role.ofLabel(role), null)
                    : new Principal(Role.ofLabel(role.substring(0, colon)), role.substring(colon + 1));
            if (byToken.put(token, principal) != null) {
                throw new IllegalArgumentException("a token is listed twice");
            }
        }
        return new Tokens(byToken);
    }

    /** A fresh random token (32 hex characters), for the demo and tests. */
    public static String random() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public Optional<Principal> lookup(String token) {
        if (token == null) {
            return Optional.empty();
        }
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        Principal found = null;
        for (Map.Entry<String, Principal> e : byToken.entrySet()) {
            if (MessageDigest.isEqual(given, e.getKey().getBytes(StandardCharsets.UTF_8))) {
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean isEmpty() {
        return byToken.isEmpty();
    }

    /** The configuration text of these tokens, as {@link #parse} reads it. */
    public String toConfigText() {
        StringBuilder text = new StringBuilder();
        byToken.forEach((token, p) -> text.append(text.length() == 0 ? "" : ",").append(token).append('=')
                .append(p.name()));
        return text.toString();
    }
}
