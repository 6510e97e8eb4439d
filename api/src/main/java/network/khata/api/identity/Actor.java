package network.khata.api.identity;

import java.util.UUID;

/**
 * Who makes a request: an owner acting for one business, or a network customer. Travels with every command as
 * metadata (see {@link #METADATA_KEYS}) and is what every read is scoped by.
 */
public record Actor(Kind kind, UUID id, UUID businessId) {
    public static final String REQUEST_ATTRIBUTE = "khata.actor";
    public static final String ACTOR_KIND = "actorKind";
    public static final String ACTOR_ID = "actorId";
    public static final String BUSINESS_ID = "businessId";
    public static final java.util.List<String> METADATA_KEYS = java.util.List.of(ACTOR_KIND, ACTOR_ID, BUSINESS_ID);

    public enum Kind { OWNER, CUSTOMER, SYSTEM }

    public static Actor owner(UUID ownerId, UUID businessId) {
        return new Actor(Kind.OWNER, ownerId, businessId);
    }

    /** An owner or staff member acting for themselves, before they act for a business (asking for a code, signing in). */
    public static Actor teamMember(UUID memberId) {
        return new Actor(Kind.OWNER, memberId, null);
    }

    /** A network customer acting for themselves (in the portal, or asking for a code for their phone). */
    public static Actor customer(UUID customerId) {
        return new Actor(Kind.CUSTOMER, customerId, null);
    }

    /** A provider reporting through its webhook (id derived from its name). */
    public static Actor provider(String name) {
        return new Actor(Kind.SYSTEM, UUID.nameUUIDFromBytes(("provider:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
    }

    /** The core ledger app, acting through the service endpoints (onboarding businesses). */
    public static Actor coreLedger() {
        return new Actor(Kind.SYSTEM, UUID.nameUUIDFromBytes("service:core-ledger".getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
    }
}
