package org.openfid.platform.events;

import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serialises events for the event publication registry with the application's JSON mapper, resolved
 * once. Spring Modulith's own serializer looks the mapper up in the bean factory on every event; with
 * an audit fact published by every authentication, that lookup cost more than the serialisation.
 * The JSON is the same: the same mapper writes and reads it.
 */
public final class JsonEventSerializer implements EventSerializer {

    private final JsonMapper mapper;

    public JsonEventSerializer(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object serialize(Object event) {
        return mapper.writeValueAsString(event);
    }

    @Override
    public <T> T deserialize(Object serialized, Class<T> type) {
        return mapper.readValue(serialized.toString(), type);
    }
}
