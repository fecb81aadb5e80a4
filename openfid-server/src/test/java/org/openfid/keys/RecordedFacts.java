package org.openfid.keys;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.openfid.platform.ActionTaken;
import org.springframework.context.event.EventListener;

/** Collects the audit facts published on any thread (HTTP requests run on server threads). */
public class RecordedFacts {

    private final List<ActionTaken> facts = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ActionTaken fact) {
        facts.add(fact);
    }

    public Stream<ActionTaken> stream() {
        return facts.stream();
    }
}
