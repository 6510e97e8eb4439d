/**
 * Operations: what every write controller uses at the edge. The command gateway that adds who asked and the
 * correlation id ({@link network.khata.app.web.ActorCommandGateway}), and the checks of input (phone numbers, plain
 * text, codes, ledger dates, limits).
 */
package network.khata.app.web;
