package org.openfid.biometrics.web;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.openfid.spi.abis.AbisException;
import org.openfid.spi.abis.AbisFailure;
import org.openfid.spi.biometrics.BiometricFormatException;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.cbeff.Bir;
import org.openfid.spi.biometrics.cbeff.CbeffXml;
import org.springframework.stereotype.Component;

/**
 * Reads the samples out of a CBEFF XML document sent inline (base64url, padded or not, as MOSIP
 * encodes BDBs). BIRs whose format is not a registered ISO image record (for example exception
 * photos) carry no sample and are left out; a document without any sample is empty.
 */
@Component
class CbeffSamples {

    List<BiometricSample> read(String base64Url) {
        byte[] xml;
        try {
            xml = Base64.getUrlDecoder().decode(base64Url.strip());
        } catch (IllegalArgumentException e) {
            throw new AbisException(AbisFailure.INVALID_BIOMETRICS, "biometrics is not base64url");
        }
        try {
            return CbeffXml.read(xml).birs().stream()
                    .map(Bir::sample)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (BiometricFormatException e) {
            throw new AbisException(AbisFailure.INVALID_BIOMETRICS, "The CBEFF document is invalid: " + e.getMessage());
        }
    }
}
