-- Retention (`opennrm retention run`): when a closed case's personal data was destroyed.
-- The case row, its persons (without names, dates of birth, nationalities, contacts),
-- screenings, consents and referrals stay for the statistics; notes go.
ALTER TABLE referral_case ADD COLUMN anonymised_at TEXT;
