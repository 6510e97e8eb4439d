package network.khata.query.payments;

/** Query: what a short pay link's code was registered for; answers an optional {@link PayLinkTarget}. */
public record FindPayLinkCode(String code) {
}
