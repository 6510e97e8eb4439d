-- What an invoice prints under the shop's name (issue 27), from onboarding: kept by customer-directory.
ALTER TABLE businesses ADD COLUMN address TEXT;
ALTER TABLE businesses ADD COLUMN gstin VARCHAR(15);
