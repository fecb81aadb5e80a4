/** The outbox of messages, their rendering, the channels and the delivery worker. */
@NullMarked
package org.openfid.notification.delivery;

import org.jspecify.annotations.NullMarked;
