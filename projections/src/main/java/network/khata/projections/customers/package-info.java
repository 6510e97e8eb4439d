/**
 * Customers and businesses: the directory. Writes {@code businesses} and {@code parties} (a business's customers) in
 * one processing group ({@code customer-directory}), per business, so a party never arrives before its business. Its
 * messages: {@code network.khata.api.businesses}, {@code network.khata.api.customers}.
 */
package network.khata.projections.customers;
