/**
 * Notifications: multilingual messages rendered from the country's templates (master data) and
 * delivered by e-mail over SMTP or by SMS through an HTTP gateway ({@link
 * org.openfid.notification.SmsGateway}). Sending never blocks the caller: {@link
 * org.openfid.notification.Notifications#send} stores the message sealed in the caller's transaction
 * and delivery happens after commit, retried with back-off. Recipients and contents are PII (an OTP is
 * a secret): they are sealed at rest, erased once delivered, and only masked in logs.
 * <p>Dependencies:
 * <ul>
 *   <li>{@code platform}: database and migrations, error type, audit.
 *   <li>{@code keys}: recipients and contents are sealed; recipients are named in the audit by keyed hash.
 *   <li>{@code masterdata}: the templates, per language.
 * </ul>
 */
@ApplicationModule(
        displayName = "Notification",
        allowedDependencies = {"platform", "keys", "masterdata"})
@NullMarked
package org.openfid.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
