package network.khata.query.portal;

import java.util.List;

/** A customer's name (as the businesses registered it) and the businesses that bill them. */
public record PortalCustomer(String name, List<CustomerPortalReader.BusinessTotals> businesses) {
}
