/**
 * Documents: what every PDF and download shares: the ten languages' text bundles, shaping of Indian scripts,
 * amounts and dates as printed, and the download answer. No read model of its own; the invoices', customers' and
 * portal's reads use it.
 */
package network.khata.query.documents;
