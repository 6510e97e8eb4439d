package network.khata.api.identity;

/**
 * What {@link RequestPhoneVerification} answers. Not sent and not verified means one of two things: a code went out
 * less than a minute ago (the resend window; it is still valid), or the phone has had its codes for the hour.
 *
 * @param sent               a new code is on its way
 * @param resendAfterSeconds how long until another code may be requested
 * @param alreadyVerified    the phone is verified; no code is needed
 * @param hourlyBudgetSpent  no code was sent because the phone has had its codes for the hour (not the resend window)
 */
public record OtpRequestOutcome(boolean sent, long resendAfterSeconds, boolean alreadyVerified, boolean hourlyBudgetSpent) {
    public OtpRequestOutcome(boolean sent, long resendAfterSeconds, boolean alreadyVerified) {
        this(sent, resendAfterSeconds, alreadyVerified, false);
    }

    /** What happened, as metrics and log lines name it. */
    public String outcome() {
        return sent ? "sent" : alreadyVerified ? "already_verified" : hourlyBudgetSpent ? "hourly_budget_spent" : "recent_code";
    }
}
