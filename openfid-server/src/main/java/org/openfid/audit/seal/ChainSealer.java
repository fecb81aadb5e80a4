package org.openfid.audit.seal;

import com.nimbusds.jose.JWSObject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.openfid.audit.ChainSeal;
import org.openfid.audit.chain.ChainPosition;
import org.openfid.audit.chain.EntryStore;
import org.openfid.keys.KeyRef;
import org.openfid.keys.Signatures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs the chain's last entry with the {@code AUDIT/CHAIN_SEAL} key. Sealing is skipped when the
 * last entry is already sealed, so an idle platform does not pile up seals; when several processes
 * seal at once, the unique position keeps one seal and the others step back.
 */
@Component
public class ChainSealer {

    /** The key purpose every seal is signed with. */
    public static final KeyRef SEAL_KEY = KeyRef.of("AUDIT", "CHAIN_SEAL");

    private final EntryStore entries;
    private final SealStore seals;
    private final Signatures signatures;
    private final Clock clock;

    ChainSealer(EntryStore entries, SealStore seals, Signatures signatures, Clock clock) {
        this.entries = entries;
        this.seals = seals;
        this.signatures = signatures;
        this.clock = clock;
    }

    /** Seals the last entry, or returns empty when there is none or it is already sealed. */
    @Transactional
    public Optional<ChainSeal> sealLastEntry() {
        Optional<ChainPosition> last = entries.last();
        if (last.isEmpty() || last.get().seq() <= seals.lastSealedSeq()) {
            return Optional.empty();
        }
        Instant sealedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var payload = new SealPayload(last.get().seq(), last.get().hash(), sealedAt);
        String jws = signatures.sign(SEAL_KEY, payload.bytes());
        var seal = new ChainSeal(payload.seq(), payload.hash(), sealedAt, keyId(jws), jws);
        return seals.add(seal) ? Optional.of(seal) : Optional.empty();
    }

    /** The {@code kid} header of a compact JWS, or an empty string when it has none or is not a JWS. */
    static String keyId(String compactJws) {
        try {
            String keyId = JWSObject.parse(compactJws).getHeader().getKeyID();
            return keyId == null ? "" : keyId;
        } catch (ParseException e) {
            return "";
        }
    }
}
