package org.openfid.spi.biometrics.iso;

/**
 * One certification block: the capture device was certified by this authority under this scheme
 * (for example the FBI's Appendix F). Only present when the record's certification flag is set.
 *
 * @param authorityId certification authority (16-bit)
 * @param schemeId certification scheme (8-bit)
 * @since 0.4
 */
public record FingerCertification(int authorityId, int schemeId) {

    public FingerCertification {
        if (authorityId < 0 || authorityId > 0xffff || schemeId < 0 || schemeId > 0xff) {
            throw new IllegalArgumentException("Certification authority is 16-bit and scheme 8-bit unsigned");
        }
    }
}
