/**
 * Operations: tools of the local profile only (owner tokens for trying the API); absent in production.
 */
package network.khata.app.dev;
