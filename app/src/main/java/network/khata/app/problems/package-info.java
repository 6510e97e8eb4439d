/**
 * How every refusal is written: RFC 9457 problem details with this service's types ({@code urn:khata:problem:<slug>}),
 * shared by the controllers' exception handling and the security filters that answer before a controller is reached.
 */
package network.khata.app.problems;
