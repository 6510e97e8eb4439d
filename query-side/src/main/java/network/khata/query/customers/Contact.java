package network.khata.query.customers;

/** A customer's phone (E.164) and email as their business has them; either may be null. */
public record Contact(String phone, String email) {
    public static final Contact UNKNOWN = new Contact(null, null);
}
