package network.khata.api.verification;

/**
 * What {@link RequestPhoneVerification} answers.
 *
 * @param sent               a new code is on its way
 * @param resendAfterSeconds how long until another code may be requested
 * @param alreadyVerified    the phone is verified; no code is needed
 */
public record OtpRequestOutcome(boolean sent, long resendAfterSeconds, boolean alreadyVerified) {
}
