-- Owned by notifications-saga (written when a message with a pay link is planned, before it can be sent); read by the
-- pay pages. A short link /p/<code> names no id: its code is found here, then checked against the pay-link keys.
-- Never replayed or emptied: a code stays good for as long as its key is listed.
CREATE TABLE pay_link_codes (
    code    VARCHAR(16) PRIMARY KEY,   -- 96 bits of HMAC, base64url
    kind    VARCHAR(8)  NOT NULL,      -- INVOICE | BALANCE
    subject UUID        NOT NULL       -- the invoice (or party) it opens
);
