package org.openfid.masterdata.country;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openfid.masterdata.MasterdataError;
import org.openfid.masterdata.MasterdataException;
import org.openfid.masterdata.ReferenceRecord;
import org.openfid.masterdata.reference.RecordBinding;
import org.openfid.masterdata.reference.ReferenceStore;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A country section holding one kind of reference record: a JSON array in a file (or under a field of
 * it, as {@code documents.json} holds categories and types), each item in the same shape as the REST
 * API's bodies. Items are checked like REST input and written with {@link ReferenceStore#upsert}, so
 * an unchanged item writes nothing. Errors name the file and the item's index.
 *
 * @param <T> the record type
 */
final class RecordSection<T extends ReferenceRecord> implements CountrySection {

    private final String name;
    private final int order;
    private final String file;
    private final @Nullable String field;
    private final ReferenceStore<T> store;
    private final RecordBinding binding;
    private final Comparator<T> writeOrder;

    /**
     * @param file the file in the country folder
     * @param field the top-level field holding the array, or {@code null} when the file is the array
     * @param writeOrder the order items are written in (parents before children)
     */
    RecordSection(
            String name,
            int order,
            String file,
            @Nullable String field,
            ReferenceStore<T> store,
            RecordBinding binding,
            Comparator<T> writeOrder) {
        this.name = name;
        this.order = order;
        this.file = file;
        this.field = field;
        this.store = store;
        this.binding = binding;
        this.writeOrder = writeOrder;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int order() {
        return order;
    }

    /** The file this section reads. */
    String file() {
        return file;
    }

    @Override
    public int load(Path folder) {
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
            return 0;
        }
        List<Item<T>> items = read(path);
        items.sort(Comparator.comparing(Item::record, writeOrder));
        int changed = 0;
        for (Item<T> item : items) {
            try {
                changed += store.upsert(item.record()) ? 1 : 0;
            } catch (MasterdataException e) {
                throw invalid(item.index(), e.getMessage());
            }
        }
        return changed;
    }

    private List<Item<T>> read(Path path) {
        JsonNode array;
        try {
            JsonNode root = RecordBinding.json().readTree(path.toFile());
            array = field == null ? root : root.path(field);
        } catch (JacksonException e) {
            throw invalid("not valid JSON ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        }
        if (!array.isArray()) {
            throw invalid(field == null ? "must hold a JSON array" : "field " + field + " must be a JSON array");
        }
        List<Item<T>> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            items.add(new Item<>(i, record(i, array.get(i))));
        }
        return items;
    }

    private T record(int index, JsonNode node) {
        try {
            return binding.bind(node, store.type());
        } catch (ConstraintViolationException e) {
            ConstraintViolation<?> first = e.getConstraintViolations().stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .orElseThrow();
            throw invalid(index, first.getPropertyPath() + ": " + first.getMessage());
        } catch (MasterdataException e) {
            throw invalid(index, e.getMessage());
        }
    }

    private MasterdataException invalid(int index, String detail) {
        return invalid("item " + index + ": " + detail);
    }

    private MasterdataException invalid(String detail) {
        return new MasterdataException(
                MasterdataError.INVALID_COUNTRY, file + (field == null ? "" : " " + field) + ": " + detail);
    }

    private record Item<T>(int index, T record) {}
}
