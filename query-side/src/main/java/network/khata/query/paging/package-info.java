/**
 * Operations: keyset pages for every list the service answers ({@link network.khata.query.paging.Cursor},
 * {@link network.khata.query.paging.Page}). No read model of its own.
 */
package network.khata.query.paging;
