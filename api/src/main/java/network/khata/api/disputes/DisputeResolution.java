package network.khata.api.disputes;

import java.util.Locale;

/** How the owner answers a dispute: the invoice is corrected (a credit note lowers it), or upheld as it stands. */
public enum DisputeResolution {
    CORRECTED, UPHELD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
