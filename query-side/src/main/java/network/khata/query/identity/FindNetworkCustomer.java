package network.khata.query.identity;

/** Query: the network customer of a phone number (E.164), if any business has registered it; answers an optional UUID. */
public record FindNetworkCustomer(String phone) {
}
