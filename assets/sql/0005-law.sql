-- Jalga schema: the law's facts the store needs beyond version 4.
-- The end of an EAEU worker's labour contract, kept on the foreigner: the
-- worker may stay for the contract's term (EAEU Treaty art. 97 p. 5), so no
-- overstay is reported before it. NULL: no contract recorded.

ALTER TABLE person ADD COLUMN labour_contract_end TEXT;
