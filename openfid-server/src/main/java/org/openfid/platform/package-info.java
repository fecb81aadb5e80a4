/**
 * The platform kernel shared by every module: the database (embedded PostgreSQL or an external
 * server, with one Flyway schema per module), security (deny by default), RFC 9457 errors, JSON logs
 * with PII redaction, request ids, and the {@link org.openfid.platform.ActionTaken} fact through which
 * every module feeds the audit trail.
 *
 * <p>It depends on no other module. It holds mechanisms, never domain rules: a type belongs here only
 * when every module needs it and it carries no identity-platform knowledge.
 */
@ApplicationModule(
        displayName = "Platform kernel",
        allowedDependencies = {})
@NullMarked
package org.openfid.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
