package network.khata.api.identity;

/** What {@link VerifyPhone} answers. Only {@link #VERIFIED} signs the customer in. */
public enum VerificationOutcome {
    VERIFIED,
    /** wrong code; counted toward the phone's daily bound */
    WRONG_CODE,
    /** the code's ten minutes are over */
    EXPIRED,
    /** the phone has taken its wrong codes for the day (from everyone): none is accepted until the oldest is a day old */
    LOCKED,
    /** no code is outstanding: never issued, or already used */
    NO_CODE
}
