-- Referral, part 2: what the rapporteur's statistics count that a case did not hold yet.
-- Gender and a coarse nationality group (national, eu_eea, third_country) are kept in
-- plain text beside the sealed fields: neither is enough to find anyone, both survive
-- retention (which destroys the sealed nationality), and the statistics count them.
ALTER TABLE case_person ADD COLUMN gender TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE case_person ADD COLUMN nationality_group TEXT NOT NULL DEFAULT 'unknown';
