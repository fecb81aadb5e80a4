package org.openfid.masterdata.web;

import java.net.URI;
import java.util.List;
import org.openfid.masterdata.ReferenceRecord;
import org.openfid.masterdata.reference.RecordBinding;
import org.openfid.masterdata.reference.ReferenceStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The same five operations for every kind of reference record: list, read, create (201 with its
 * Location), replace with optimistic locking (the body carries the version it read), delete. Each
 * resource is a subclass that names its path and record type; the store does the rules. Bodies are
 * bound by {@link RecordBinding} as country files are, so both accept and refuse the same input.
 *
 * @param <T> the record type
 */
abstract class ReferenceResource<T extends ReferenceRecord> {

    private final ReferenceStore<T> store;
    private final RecordBinding binding;

    ReferenceResource(ReferenceStore<T> store, RecordBinding binding) {
        this.store = store;
        this.binding = binding;
    }

    @GetMapping
    List<T> list() {
        return store.list();
    }

    @GetMapping("/{key}")
    T one(@PathVariable String key) {
        return store.get(key);
    }

    @PostMapping
    ResponseEntity<T> create(@RequestBody JsonNode body) {
        T created = store.create(binding.bind(body, store.type()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{key}")
                .buildAndExpand(created.key())
                .toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping("/{key}")
    T update(@PathVariable String key, @RequestBody JsonNode body) {
        return store.update(key, binding.bind(body, store.type()));
    }

    @DeleteMapping("/{key}")
    ResponseEntity<Void> delete(@PathVariable String key) {
        store.delete(key);
        return ResponseEntity.noContent().build();
    }
}
