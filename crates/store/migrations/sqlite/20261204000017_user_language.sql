-- The UI language a user chose last (issue 12): pages speak it when the request names
-- none (no ?lang= link, no lang cookie), on every device the user signs in on.
ALTER TABLE app_user ADD COLUMN language TEXT;
