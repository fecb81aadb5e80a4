package org.openfid.biometrics.abis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openfid.spi.abis.ReferenceId;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The gallery tables (schema {@code biometrics}); templates arrive here already sealed. */
@Repository
class GalleryStore {

    /** A row of {@code gallery_record}. */
    record RecordRow(ReferenceId referenceId, String sampleDigest, int fingerCount, Instant insertedAt) {}

    /** A row of {@code gallery_finger}. */
    record FingerRow(
            ReferenceId referenceId, int index, BiometricSubtype position, String format, byte[] sealedTemplate) {}

    private final JdbcClient jdbc;

    GalleryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RecordRow> record(ReferenceId referenceId) {
        return jdbc.sql("select reference_id, sample_digest, finger_count, inserted_at"
                        + " from biometrics.gallery_record where reference_id = :id")
                .param("id", referenceId.value())
                .query((rs, n) -> new RecordRow(
                        new ReferenceId(rs.getString(1)),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    void insert(RecordRow record, List<FingerRow> fingers) {
        jdbc.sql("insert into biometrics.gallery_record (reference_id, sample_digest, finger_count, inserted_at)"
                        + " values (:id, :digest, :count, :at)")
                .param("id", record.referenceId().value())
                .param("digest", record.sampleDigest())
                .param("count", record.fingerCount())
                .param("at", Timestamp.from(record.insertedAt()))
                .update();
        for (var finger : fingers) {
            jdbc.sql("insert into biometrics.gallery_finger (reference_id, finger_index, position, template_format,"
                            + " sealed_template) values (:id, :index, :position, :format, :template)")
                    .param("id", finger.referenceId().value())
                    .param("index", finger.index())
                    .param("position", finger.position().name())
                    .param("format", finger.format())
                    .param("template", finger.sealedTemplate())
                    .update();
        }
    }

    List<FingerRow> fingers(ReferenceId referenceId) {
        return jdbc.sql("select reference_id, finger_index, position, template_format, sealed_template"
                        + " from biometrics.gallery_finger where reference_id = :id order by finger_index")
                .param("id", referenceId.value())
                .query(GalleryStore::finger)
                .list();
    }

    /**
     * The fingers of the next {@code records} records after {@code after} in reference id order
     * (keyset paging, so loading a large gallery never holds more than one page of rows).
     */
    List<FingerRow> page(String after, int records) {
        return jdbc.sql("select reference_id, finger_index, position, template_format, sealed_template"
                        + " from biometrics.gallery_finger where reference_id in (select reference_id from"
                        + " biometrics.gallery_record where reference_id > :after order by reference_id limit :n)"
                        + " order by reference_id, finger_index")
                .param("after", after)
                .param("n", records)
                .query(GalleryStore::finger)
                .list();
    }

    boolean delete(ReferenceId referenceId) {
        return jdbc.sql("delete from biometrics.gallery_record where reference_id = :id")
                        .param("id", referenceId.value())
                        .update()
                == 1;
    }

    long count() {
        return jdbc.sql("select count(*) from biometrics.gallery_record")
                .query(Long.class)
                .single();
    }

    private static FingerRow finger(ResultSet rs, int n) throws SQLException {
        return new FingerRow(
                new ReferenceId(rs.getString(1)),
                rs.getInt(2),
                BiometricSubtype.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getBytes(5));
    }
}
