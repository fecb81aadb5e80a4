package org.openfid.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PagedCursorTests {

    @Test
    void walksEveryRowInOrderAskingOnePageAtATime() {
        List<Long> rows = LongStream.rangeClosed(1, 7).boxed().toList();
        List<Long> asked = new ArrayList<>();
        var cursor = new PagedCursor<Long>(
                after -> {
                    asked.add(after);
                    return rows.stream().filter(r -> r > after).limit(3).toList();
                },
                Long::longValue,
                0);

        List<Long> seen = new ArrayList<>();
        cursor.forEachRemaining(seen::add);

        assertThat(seen).containsExactlyElementsOf(rows);
        assertThat(asked).containsExactly(0L, 3L, 6L, 7L);
    }

    @Test
    void peekDoesNotConsume() {
        var cursor = new PagedCursor<Long>(after -> after < 2 ? List.of(after + 1) : List.of(), Long::longValue, 0);

        assertThat(cursor.peek()).isEqualTo(1L);
        assertThat(cursor.next()).isEqualTo(1L);
        assertThat(cursor.next()).isEqualTo(2L);
        assertThat(cursor.hasNext()).isFalse();
    }
}
