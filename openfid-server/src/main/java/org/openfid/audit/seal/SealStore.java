package org.openfid.audit.seal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.openfid.audit.ChainSeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored seals, in chain order. Seals are only ever added. */
@Component
public class SealStore {

    private final JdbcClient jdbc;

    SealStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@code limit} seals of positions after {@code afterSeq}, in chain order. */
    public List<ChainSeal> page(long afterSeq, int limit) {
        return jdbc.sql("SELECT seq, hash, sealed_at, key_id, jws FROM audit.seal WHERE seq > :after"
                        + " ORDER BY seq LIMIT :limit")
                .param("after", afterSeq)
                .param("limit", limit)
                .query((rs, row) -> new ChainSeal(
                        rs.getLong("seq"),
                        rs.getString("hash"),
                        rs.getObject("sealed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("key_id"),
                        rs.getString("jws")))
                .list();
    }

    /** The newest seal's position, 0 when nothing is sealed. */
    long lastSealedSeq() {
        return jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit.seal")
                .query(Long.class)
                .single();
    }

    /** Stores {@code seal}; false when another seal of the same position got there first. */
    boolean add(ChainSeal seal) {
        return jdbc.sql("INSERT INTO audit.seal (seq, hash, sealed_at, key_id, jws)"
                                + " VALUES (:seq, :hash, :sealedAt, :keyId, :jws) ON CONFLICT (seq) DO NOTHING")
                        .param("seq", seal.seq())
                        .param("hash", seal.hash())
                        .param("sealedAt", OffsetDateTime.ofInstant(seal.sealedAt(), ZoneOffset.UTC))
                        .param("keyId", seal.keyId())
                        .param("jws", seal.jws())
                        .update()
                == 1;
    }
}
