package org.openfid.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What may be shown about a VID after its creation: its digits only masked (they are shown once,
 * when it is created, and never stored).
 *
 * @param id the VID's internal id (what events and audit entries name)
 * @param identity the identity it stands for
 * @param masked the VID with all but its last four digits masked
 * @param type its policy type, for example {@code Perpetual}
 * @param status its status
 * @param generatedAt when it was created
 * @param expiresAt when it expires, {@code null} for never
 * @param transactionsLeft how many transactions it may still be used for, {@code null} for unlimited
 */
public record VidDetails(
        UUID id,
        IdentityId identity,
        String masked,
        String type,
        VidStatus status,
        Instant generatedAt,
        @Nullable Instant expiresAt,
        @Nullable Integer transactionsLeft) {}
