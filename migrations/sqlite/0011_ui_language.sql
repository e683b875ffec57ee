-- The language a person reads the pages in (a UI locale tag); NULL until
-- they choose one, and then the browser's language is used.
ALTER TABLE person ADD COLUMN ui_lang TEXT;
