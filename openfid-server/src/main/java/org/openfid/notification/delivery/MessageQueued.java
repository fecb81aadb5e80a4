package org.openfid.notification.delivery;

import java.util.UUID;

/** A message was stored and can be delivered once its transaction commits; carries the id only. */
public record MessageQueued(UUID id) {}
