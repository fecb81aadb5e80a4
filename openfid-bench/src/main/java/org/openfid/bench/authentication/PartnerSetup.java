package org.openfid.bench.authentication;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openfid.bench.enrolment.PlatformClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Onboards a relying party the way an administrator and the partner would, over the REST API only:
 * the partner's CA is trusted for the AUTH domain, a policy group and an authentication policy are
 * created and published, the partner registers, uploads its certificate, asks for the policy, is
 * approved and takes an API key; a MISP gets a licence key. Then the platform's IDA encryption and
 * signing certificates are fetched, as a partner downloads them.
 */
final class PartnerSetup {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Everything a relying party needs to call the platform.
     *
     * @param licenceKey the MISP licence key
     * @param partnerId the partner id
     * @param apiKey the partner's API key
     * @param keys the partner's signing key pair
     * @param certificate the partner's certificate
     * @param idaCertificate the platform's IDA partner-encryption certificate
     * @param signingCertificate the platform's IDA response-signing certificate
     */
    record Credentials(
            String licenceKey,
            String partnerId,
            String apiKey,
            KeyPair keys,
            X509Certificate certificate,
            X509Certificate idaCertificate,
            X509Certificate signingCertificate) {}

    private final PlatformClient client;
    private final String admin;

    PartnerSetup(PlatformClient client, String admin) {
        this.client = client;
        this.admin = admin;
    }

    Credentials onboard(String partnerId, String policyDocument) {
        KeyPair caKeys = rsa();
        X509Certificate ca = issue("CN=Bench Partner CA,O=Bench", caKeys, null, caKeys, true);
        KeyPair partnerKeys = rsa();
        X509Certificate partner = issue("CN=" + partnerId + ",O=" + partnerId, partnerKeys, ca, caKeys, false);
        envelope("/v1/keymanager/uploadCACertificate", Map.of("certificateData", pem(ca), "partnerDomain", "AUTH"));
        String group = partnerId + "-group";
        String policy = partnerId + "-policy";
        publishPolicy(group, policy, policyDocument);
        post(
                "/v1/partners",
                Map.of(
                        "partnerId",
                        partnerId,
                        "name",
                        partnerId,
                        "organisationName",
                        partnerId,
                        "partnerType",
                        "Auth_Partner",
                        "contactEmail",
                        "ops@" + partnerId + ".example",
                        "policyGroup",
                        group));
        put(
                "/v1/partners/" + partnerId + "/certificate",
                Map.of("certificateData", pem(partner), "partnerDomain", "AUTH"));
        JsonNode mapping = post(
                "/v1/partners/" + partnerId + "/policy-mappings",
                Map.of("policyName", policy, "useCaseDescription", "load test"));
        patch("/v1/partners/policy-mappings/" + mapping.path("id").asString(), Map.of("approved", true));
        String apiKey = post("/v1/partners/" + partnerId + "/api-keys", Map.of("policyName", policy, "label", "bench"))
                .path("apiKey")
                .asString();
        String licence = licence(partnerId + "-misp");
        return new Credentials(
                licence, partnerId, apiKey, partnerKeys, partner, certificate("PARTNER"), certificate("SIGN"));
    }

    private void publishPolicy(String group, String policy, String policyDocument) {
        JsonNode groupNode = post("/v1/policies/groups", Map.of("name", group, "description", "benchmark"));
        JsonNode policyNode = post(
                "/v1/policies",
                Map.of(
                        "policyGroupName",
                        group,
                        "name",
                        policy,
                        "description",
                        "benchmark",
                        "policyType",
                        "Auth",
                        "policies",
                        JSON.readTree(policyDocument)));
        post(
                "/v1/policies/" + policyNode.path("id").asString() + "/group/"
                        + groupNode.path("id").asString() + "/publish",
                Map.of());
    }

    private String licence(String misp) {
        post(
                "/v1/partners",
                Map.of(
                        "partnerId",
                        misp,
                        "name",
                        misp,
                        "organisationName",
                        misp,
                        "partnerType",
                        "MISP_Partner",
                        "contactEmail",
                        "ops@" + misp + ".example"));
        String licence = post("/v1/partners/" + misp + "/licence-keys", Map.of())
                .path("licenseKey")
                .asString();
        return licence;
    }

    /** The platform's current IDA certificate for {@code reference} (PARTNER, INTERNAL, SIGN). */
    X509Certificate certificate(String reference) {
        JsonNode answer = client.get("/v1/keymanager/getCertificate?applicationId=IDA&referenceId=" + reference, admin)
                .orElseThrow();
        return parse(answer.at("/response/certificate").asString());
    }

    private JsonNode envelope(String path, Map<String, Object> request) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "bench");
        body.put("version", "v1");
        body.put("requesttime", Instant.now().toString());
        body.set("request", JSON.valueToTree(request));
        return client.post(path, admin, JSON.writeValueAsString(body), Map.of());
    }

    private JsonNode post(String path, Object body) {
        return client.post(path, admin, JSON.writeValueAsString(body), Map.of());
    }

    private JsonNode put(String path, Object body) {
        return client.send("PUT", path, admin, JSON.writeValueAsString(body));
    }

    private JsonNode patch(String path, Object body) {
        return client.send("PATCH", path, admin, JSON.writeValueAsString(body));
    }

    static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static X509Certificate parse(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) CERTIFICATE-----", "").replaceAll("\\s", "");
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(
                            new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64)));
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable certificate from the platform", e);
        }
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate issue(
            String subject, KeyPair subjectKeys, X509Certificate issuer, KeyPair issuerKeys, boolean authority) {
        try {
            Instant now = Instant.now().minusSeconds(300);
            X500Name issuerName = issuer == null
                    ? new X500Name(subject)
                    : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
            var builder = new JcaX509v3CertificateBuilder(
                    issuerName,
                    BigInteger.valueOf(System.nanoTime()),
                    Date.from(now),
                    Date.from(now.plus(Duration.ofDays(30))),
                    new X500Name(subject),
                    subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    new KeyUsage(authority ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
