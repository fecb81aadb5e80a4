package org.openfid.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfid.identity.IdType;
import org.openfid.identity.IndividualId;
import org.openfid.identity.Vids;
import org.openfid.partner.PartnerFixture;
import org.openfid.platform.ActionTaken;
import org.openfid.relyingparty.AuthResult;
import org.openfid.relyingparty.IdaClient;
import org.openfid.relyingparty.IdaRequest;
import org.springframework.beans.factory.annotation.Autowired;

/** Demographic authentication end to end: a partner's signed, encrypted request over HTTP. */
class DemographicAuthTests extends AuthenticationContext {

    @Autowired
    Vids vids;

    @Autowired
    AuthTransactions history;

    @Test
    void aMatchingPersonIsAuthenticatedWithAPartnerSpecificToken() {
        Person jane = person("Jane Doe");
        PartnerFixture.Onboarded bank = partners.onboard(PartnerFixture.standardPolicy());
        PartnerFixture.Onboarded telco = partners.onboard(PartnerFixture.standardPolicy());
        IdaClient bankClient = client(bank);

        AuthResult first = bankClient.auth(request(jane, "Jane Doe"));
        AuthResult second = bankClient.auth(request(jane, "  JANE   doe "));
        AuthResult atTelco = client(telco).auth(request(jane, "Jane Doe"));

        assertThat(first.authenticated()).as(first.response().json().toString()).isTrue();
        assertThat(first.errorCodes()).isEmpty();
        assertThat(first.response().signatureValid()).isTrue();
        assertThat(first.token()).hasSize(36).containsOnlyDigits().isNotEqualTo(jane.uin());
        assertThat(second.token()).as("stable for the same partner").isEqualTo(first.token());
        assertThat(atTelco.authenticated()).isTrue();
        assertThat(atTelco.token()).as("different for another partner").isNotEqualTo(first.token());
        assertThat(first.response().json().path("transactionID").asString())
                .isEqualTo(first.response().json().path("transactionID").asString());
    }

    @Test
    void aMismatchIsRefusedWithMosipsCodesAndRecordedInTheHistory() {
        Person john = person("John Smith");
        PartnerFixture.Onboarded bank = partners.onboard(PartnerFixture.standardPolicy());

        AuthResult wrongName = client(bank).auth(request(john, "Johnny Smith"));
        AuthResult wrongDob = client(bank)
                .auth(IdaRequest.of(john.uin(), org.openfid.relyingparty.IdType.UIN)
                        .withDemographics(demographics("John Smith", "1990/05/16")));
        AuthResult badDob = client(bank)
                .auth(IdaRequest.of(john.uin(), org.openfid.relyingparty.IdType.UIN)
                        .withDemographics(demographics("John Smith", "16-05-1990")));

        assertThat(wrongName.authenticated()).isFalse();
        assertThat(wrongName.token()).isNull();
        assertThat(wrongName.errorCodes()).containsExactly("IDA-DEA-001");
        assertThat(wrongName.response().json().at("/errors/0/errorMessage").asString())
                .isEqualTo("Demographic data name in eng did not match")
                .doesNotContain("John");
        assertThat(wrongDob.errorCodes()).containsExactly("IDA-DEA-001");
        assertThat(badDob.errorCodes()).containsExactly("IDA-MLC-009");

        List<AuthTransaction> transactions = history.history(new IndividualId(IdType.UIN, john.uin()), 10);
        assertThat(transactions).hasSize(3).allSatisfy(t -> {
            assertThat(t.success()).isFalse();
            assertThat(t.partnerId()).isEqualTo(bank.partnerId());
            assertThat(t.authTypes()).containsExactly("demo");
        });
        assertThat(transactions)
                .flatExtracting(AuthTransaction::errorCodes)
                .containsExactlyInAnyOrder("IDA-DEA-001", "IDA-DEA-001", "IDA-MLC-009");
        assertThat(facts.stream()
                        .filter(f -> f.module().equals("authentication")
                                && f.action().equals("AUTH")))
                .anySatisfy(f -> {
                    assertThat(f.outcome()).isEqualTo(ActionTaken.Outcome.FAILURE);
                    assertThat(f.detail()).isEqualTo("IDA-DEA-001");
                    assertThat(f.partner()).isNull();
                });
    }

    @Test
    void aVidAuthenticatesTheSamePersonAndCountsItsTransactions() {
        Person amira = person("Amira Haddad");
        PartnerFixture.Onboarded bank = partners.onboard(PartnerFixture.standardPolicy());
        var vid = vids.create(new org.openfid.identity.Uin(amira.uin()), "Perpetual")
                .vid();

        AuthResult byVid = client(bank)
                .auth(IdaRequest.of(vid.value(), org.openfid.relyingparty.IdType.VID)
                        .withDemographics(demographics("Amira Haddad", amira.dob())));
        AuthResult byUin = client(bank).auth(request(amira, "Amira Haddad"));

        assertThat(byVid.authenticated()).as(byVid.response().json().toString()).isTrue();
        assertThat(byVid.token())
                .as("the token names the person, not the id used")
                .isEqualTo(byUin.token());
        assertThat(history.history(new IndividualId(IdType.VID, vid.value()), 10))
                .hasSize(2);
    }

    @Test
    void revokedAndUsedUpVidsAreNotInTheDatabaseInvalidatedOnesAreUnusable() {
        Person omar = person("Omar Said");
        IdaClient bank = client(partners.onboard(PartnerFixture.standardPolicy()));
        var uin = new org.openfid.identity.Uin(omar.uin());
        var revoked = vids.create(uin, "Perpetual").vid();
        vids.changeStatus(revoked, org.openfid.identity.VidStatus.REVOKED);
        var usedUp = vids.create(uin, "Temporary").vid();
        var invalidated = vids.create(uin, "Temporary").vid();
        vids.changeStatus(invalidated, org.openfid.identity.VidStatus.INVALIDATED);

        assertThat(bank.auth(byVid(revoked, omar)).errorCodes()).containsExactly("IDA-MLC-018");
        assertThat(bank.auth(byVid(usedUp, omar)).authenticated()).isTrue();
        assertThat(bank.auth(byVid(usedUp, omar)).authenticated()).isTrue();
        assertThat(bank.auth(byVid(usedUp, omar)).errorCodes())
                .as("a Temporary VID allows two transactions")
                .containsExactly("IDA-MLC-018");
        assertThat(bank.auth(byVid(invalidated, omar)).errorCodes()).containsExactly("IDA-MLC-023");
    }

    private static IdaRequest byVid(org.openfid.identity.Vid vid, Person person) {
        return IdaRequest.of(vid.value(), org.openfid.relyingparty.IdType.VID)
                .withDemographics(demographics(person.name(), person.dob()));
    }

    private static IdaRequest request(Person person, String name) {
        return IdaRequest.of(person.uin(), org.openfid.relyingparty.IdType.UIN)
                .withDemographics(demographics(name, person.dob()));
    }
}
