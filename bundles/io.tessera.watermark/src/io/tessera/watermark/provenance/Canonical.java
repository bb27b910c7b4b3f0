package io.tessera.watermark.provenance;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The bytes that are hashed and signed: the manifest as compact JSON with every object's keys sorted. */
final class Canonical {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper SORTED = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private Canonical() {
    }

    static byte[] bytes(JsonNode manifest) {
        try {
            Object plain = JSON.treeToValue(manifest, Object.class);
            return SORTED.writeValueAsBytes(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
