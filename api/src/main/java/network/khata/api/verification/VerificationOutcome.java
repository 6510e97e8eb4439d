package network.khata.api.verification;

/** What {@link VerifyPhone} answers. Only {@link #VERIFIED} signs the customer in. */
public enum VerificationOutcome {
    VERIFIED,
    /** wrong code; counted toward the lockout */
    WRONG_CODE,
    /** the code's ten minutes are over */
    EXPIRED,
    /** five wrong codes: this code is dead, a new one must be requested */
    LOCKED,
    /** no code is outstanding: never issued, or already used */
    NO_CODE
}
