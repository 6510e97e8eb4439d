package network.khata.projections.search;

import network.khata.api.identity.NetworkIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static network.khata.projections.search.CustomerMatch.Kind.EXACT;
import static network.khata.projections.search.CustomerMatch.Kind.SUGGESTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What every engine behind {@link CustomerSearchIndex} must do; each engine's test extends this class. */
abstract class CustomerSearchIndexContract {
    private final UUID business = UUID.randomUUID();
    private final UUID otherBusiness = UUID.randomUUID();

    /** The engine under test, empty of this test's businesses. */
    protected abstract CustomerSearchIndex index();

    /** Makes what was written visible to searches (a refresh, where the engine needs one). */
    protected abstract void afterWrites();

    @BeforeEach
    void givenAKhata() {
        add(business, "Ramesh Kumar", "+919876543210", "ramesh@example.com");
        add(business, "Rmesh Shah", "+919812345678", null);
        add(business, "Rajesh Singh", "+919811111111", null);
        add(business, "Ramesha", "+919822222222", null);
        add(business, "Suresh Patel", "+919833333333", "suresh@example.com");
        add(otherBusiness, "Ramesh Kumar", "+919844444444", null);
        afterWrites();
    }

    private CustomerSearchDocument add(UUID businessId, String name, String phone, String email) {
        UUID customer = NetworkIds.customerId(phone);
        CustomerSearchDocument document = new CustomerSearchDocument(NetworkIds.partyId(businessId, customer), businessId,
                customer, name, phone, email, "individual", false, false, null, new BigDecimal("0.00"),
                Instant.parse("2026-11-24T10:00:00Z"));
        index().upsert(document);
        return document;
    }

    private List<CustomerMatch> search(String query, int limit) {
        return index().search(business, query, limit);
    }

    @Test
    void aPartOfANameFindsItAsAnExactMatch() {
        assertThat(search("Ram", 10)).extracting(m -> m.customer().name(), CustomerMatch::kind)
                .containsExactly(tuple("Ramesh Kumar", EXACT), tuple("Ramesha", EXACT));
        assertThat(search("kum", 10)).extracting(m -> m.customer().name()).containsExactly("Ramesh Kumar");
    }

    @Test
    void exactMatchesComeFirstThenNearMissesByEditDistance() {
        assertThat(search("Ramesh", 10)).extracting(m -> m.customer().name(), CustomerMatch::kind, CustomerMatch::distance)
                .containsExactly(
                        tuple("Ramesh Kumar", EXACT, 0),
                        tuple("Ramesha", EXACT, 0),
                        tuple("Rajesh Singh", SUGGESTION, 1),
                        tuple("Rmesh Shah", SUGGESTION, 1));
    }

    @Test
    void suggestionsAreRankedByHowManyEditsAwayTheyAreAndAWordThatSoundsTheSameIsOneEdit() {
        assertThat(search("Rameshh", 10)).extracting(m -> m.customer().name(), CustomerMatch::distance)
                .containsExactly(tuple("Ramesh Kumar", 1), tuple("Ramesha", 1), tuple("Rmesh Shah", 1), tuple("Rajesh Singh", 2));
    }

    @Test
    void aNameTooFarAwayIsNotSuggested() {
        assertThat(search("Ramesh", 10)).extracting(m -> m.customer().name()).doesNotContain("Suresh Patel");
        assertThat(search("Suresh", 10)).extracting(m -> m.customer().name()).containsExactly("Suresh Patel");
    }

    @Test
    void everyWordOfTheQueryMustMatch() {
        assertThat(search("ramesh k", 10)).extracting(m -> m.customer().name()).containsExactly("Ramesh Kumar");
        assertThat(search("RAMESH   kumar", 10)).extracting(m -> m.customer().name(), CustomerMatch::kind)
                .containsExactly(tuple("Ramesh Kumar", EXACT));
    }

    @Test
    void aFullPhoneNumberInAnyFormFindsItsCustomer() {
        assertThat(search("9876543210", 10)).extracting(m -> m.customer().name(), CustomerMatch::kind)
                .containsExactly(tuple("Ramesh Kumar", EXACT));
        assertThat(search("+91 98765 43210", 10)).extracting(m -> m.customer().name()).containsExactly("Ramesh Kumar");
    }

    @Test
    void theBeginningOrTheEndOfAPhoneNumberFindsEveryCustomerWhoseNumberHasIt() {
        assertThat(search("1111", 10)).extracting(m -> m.customer().name(), CustomerMatch::kind)
                .containsExactly(tuple("Rajesh Singh", EXACT));
        assertThat(search("98765", 10)).extracting(m -> m.customer().name()).containsExactly("Ramesh Kumar");
        assertThat(search("+91 98123", 10)).extracting(m -> m.customer().name()).containsExactly("Rmesh Shah");
        assertThat(search("43210", 10)).extracting(m -> m.customer().name()).containsExactly("Ramesh Kumar");
        assertThat(search("76543", 10)).as("digits in the middle of a number").isEmpty();
        assertThat(search("98", 10)).isEmpty();
    }

    @Test
    void aNameWrittenInDevanagariAndTheSameNameInLatinLettersFindEachOtherAsSuggestions() {
        add(business, "सुरेश पटेल", "+919855555555", null);
        afterWrites();
        assertThat(search("Suresh Patel", 10)).extracting(m -> m.customer().name(), CustomerMatch::kind)
                .containsExactly(tuple("Suresh Patel", EXACT), tuple("सुरेश पटेल", SUGGESTION));
        assertThat(search("सुरेश", 10)).extracting(m -> m.customer().name(), CustomerMatch::kind)
                .containsExactly(tuple("सुरेश पटेल", EXACT), tuple("Suresh Patel", SUGGESTION));
        assertThat(search("सुरे", 10)).extracting(m -> m.customer().name()).containsExactly("सुरेश पटेल");
        assertThat(search("रमेश", 10)).extracting(m -> m.customer().name(), CustomerMatch::kind)
                .containsExactly(tuple("Ramesh Kumar", SUGGESTION), tuple("Ramesha", SUGGESTION), tuple("Rmesh Shah", SUGGESTION));
    }

    @Test
    void theSpellingsAnIndianNameTakesFindEachOtherAfterTheExactMatches() {
        add(business, "Lakshmi Iyer", "+919866666666", null);
        add(business, "Laxmi Narayan", "+919877777777", null);
        add(business, "Sourav Mukherjee", "+919888888888", null);
        add(business, "Mohammed Imran Qureshi", "+919899999999", null);
        add(business, "Shri Ram Aggarwal", "+919800000000", null);
        afterWrites();
        assertThat(search("Laxmi", 10)).extracting(m -> m.customer().name(), CustomerMatch::kind, CustomerMatch::distance)
                .containsExactly(tuple("Laxmi Narayan", EXACT, 0), tuple("Lakshmi Iyer", SUGGESTION, 1));
        assertThat(search("Mukerjee", 10)).extracting(m -> m.customer().name(), CustomerMatch::kind)
                .containsExactly(tuple("Sourav Mukherjee", SUGGESTION));
        assertThat(search("Mohd Imran", 10)).extracting(m -> m.customer().name()).containsExactly("Mohammed Imran Qureshi");
        assertThat(search("sri ram agarwal", 10)).extracting(m -> m.customer().name(), CustomerMatch::distance)
                .containsExactly(tuple("Shri Ram Aggarwal", 2));
    }

    @Test
    void anEmailFindsItsCustomer() {
        assertThat(search("SURESH@example.com", 10)).extracting(m -> m.customer().name(), CustomerMatch::kind)
                .containsExactly(tuple("Suresh Patel", EXACT));
    }

    @Test
    void anotherBusinessesCustomersAreNeverFound() {
        assertThat(index().search(business, "Ramesh Kumar", 10)).extracting(m -> m.customer().businessId())
                .containsOnly(business);
        assertThat(search("9844444444", 10)).isEmpty();
        assertThat(index().search(UUID.randomUUID(), "Ramesh", 10)).isEmpty();
    }

    @Test
    void theLimitCutsTheRankedList() {
        assertThat(search("Ramesh", 2)).extracting(m -> m.customer().name()).containsExactly("Ramesh Kumar", "Ramesha");
    }

    @Test
    void upsertingAgainReplacesTheDocumentAndDocumentsListsABusinessInPartyOrder() {
        CustomerSearchDocument again = add(business, "Ramesh Kumar", "+919876543210", "ramesh@example.com");
        afterWrites();
        List<CustomerSearchDocument> documents = index().documents(business);
        assertThat(documents).hasSize(5).contains(again);
        assertThat(documents).extracting(document -> document.partyId().toString()).isSorted();
    }

    @Test
    void findReadsADocumentRightAfterItIsWrittenAndSeesItsInvoices() {
        CustomerSearchDocument ramesh = add(business, "Ramesh Kumar", "+919876543210", "ramesh@example.com");
        CustomerSearchDocument billed = ramesh.withInvoices(java.time.LocalDate.of(2026, 11, 20), new BigDecimal("2500.00"));
        index().upsert(billed);
        assertThat(index().find(ramesh.partyId())).contains(billed);
        assertThat(index().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aRenamedCustomerIsFoundByTheNewNameOnlyEvenWhenRenamedTwiceBetweenSearches() {
        CustomerSearchDocument ramesh = add(business, "Ramesh Kumar", "+919876543210", "ramesh@example.com");
        afterWrites();
        CustomerSearchDocument mahesh = rename(ramesh, "Mahesh Kumar");
        index().upsert(mahesh);
        index().upsert(rename(mahesh, "Dinesh Varma"));
        afterWrites();
        assertThat(search("Dinesh", 10)).extracting(m -> m.customer().name(), CustomerMatch::kind)
                .containsExactly(tuple("Dinesh Varma", EXACT));
        assertThat(search("Kumar", 10)).isEmpty();
        assertThat(search("Mahesh", 10)).extracting(m -> m.customer().name()).doesNotContain("Mahesh Kumar");
        assertThat(search("Ramesh", 10)).extracting(m -> m.customer().name()).containsExactly("Ramesha", "Rajesh Singh", "Rmesh Shah");
    }

    private static CustomerSearchDocument rename(CustomerSearchDocument document, String name) {
        return new CustomerSearchDocument(document.partyId(), document.businessId(), document.customerId(), name,
                document.phone(), document.email(), document.profileType(), document.phoneVerified(),
                document.portalActive(), document.lastInvoice(), document.totalBalance(), document.registeredAt());
    }

    @Test
    void nothingMatchesAQueryOfPunctuation() {
        assertThat(search("--", 10)).isEmpty();
    }
}
