-- Jalga schema: what the documents print beyond version 4. The parties'
-- registered addresses and phones, a foreigner's visa (type, validity) and
-- border crossing point, the purpose of stay as a fixed category; a lease's
-- signing day, payment method, the landlord's bank account and the power of
-- attorney of a landlord who is not the owner; each registrant's reason for
-- registration and how they sign. Every new column is NULL in older data:
-- unknown, never guessed.

ALTER TABLE person ADD COLUMN address TEXT;
ALTER TABLE person ADD COLUMN phone TEXT;
ALTER TABLE person ADD COLUMN visa_type TEXT;
ALTER TABLE person ADD COLUMN visa_valid_from TEXT;
ALTER TABLE person ADD COLUMN visa_valid_to TEXT;
ALTER TABLE person ADD COLUMN entry_point TEXT;

-- The purpose of stay was free text; it becomes one of the categories. The
-- words are those `StayPurpose::from_legacy` matches (SQLite lowercases
-- Latin letters only, so Cyrillic words are matched lower-case and
-- capitalised); the first match wins; anything else is 'other'.
UPDATE person SET purpose_of_stay = CASE
    WHEN purpose_of_stay IN ('private', 'business', 'tourism', 'study', 'work', 'medical',
                             'family', 'transit', 'other')
        THEN purpose_of_stay
    WHEN purpose_of_stay LIKE '%работ%' OR purpose_of_stay LIKE '%Работ%'
      OR purpose_of_stay LIKE '%труд%' OR purpose_of_stay LIKE '%Труд%'
      OR purpose_of_stay LIKE '%жұмыс%' OR purpose_of_stay LIKE '%Жұмыс%'
      OR purpose_of_stay LIKE '%еңбек%' OR purpose_of_stay LIKE '%Еңбек%'
      OR purpose_of_stay LIKE '%work%' OR purpose_of_stay LIKE '%employ%'
      OR purpose_of_stay LIKE '%labo%'
        THEN 'work'
    WHEN purpose_of_stay LIKE '%учёб%' OR purpose_of_stay LIKE '%Учёб%'
      OR purpose_of_stay LIKE '%учеб%' OR purpose_of_stay LIKE '%Учеб%'
      OR purpose_of_stay LIKE '%обуч%' OR purpose_of_stay LIKE '%Обуч%'
      OR purpose_of_stay LIKE '%оқу%' OR purpose_of_stay LIKE '%Оқу%'
      OR purpose_of_stay LIKE '%study%' OR purpose_of_stay LIKE '%educat%'
      OR purpose_of_stay LIKE '%student%'
        THEN 'study'
    WHEN purpose_of_stay LIKE '%делов%' OR purpose_of_stay LIKE '%Делов%'
      OR purpose_of_stay LIKE '%бизнес%' OR purpose_of_stay LIKE '%Бизнес%'
      OR purpose_of_stay LIKE '%іскер%' OR purpose_of_stay LIKE '%Іскер%'
      OR purpose_of_stay LIKE '%business%'
        THEN 'business'
    WHEN purpose_of_stay LIKE '%тури%' OR purpose_of_stay LIKE '%Тури%'
      OR purpose_of_stay LIKE '%tour%'
        THEN 'tourism'
    WHEN purpose_of_stay LIKE '%лечен%' OR purpose_of_stay LIKE '%Лечен%'
      OR purpose_of_stay LIKE '%медиц%' OR purpose_of_stay LIKE '%Медиц%'
      OR purpose_of_stay LIKE '%емдел%' OR purpose_of_stay LIKE '%Емдел%'
      OR purpose_of_stay LIKE '%medic%' OR purpose_of_stay LIKE '%treatment%'
        THEN 'medical'
    WHEN purpose_of_stay LIKE '%семь%' OR purpose_of_stay LIKE '%Семь%'
      OR purpose_of_stay LIKE '%родств%' OR purpose_of_stay LIKE '%Родств%'
      OR purpose_of_stay LIKE '%отбас%' OR purpose_of_stay LIKE '%Отбас%'
      OR purpose_of_stay LIKE '%туыс%' OR purpose_of_stay LIKE '%Туыс%'
      OR purpose_of_stay LIKE '%family%' OR purpose_of_stay LIKE '%relative%'
        THEN 'family'
    WHEN purpose_of_stay LIKE '%транзит%' OR purpose_of_stay LIKE '%Транзит%'
      OR purpose_of_stay LIKE '%transit%'
        THEN 'transit'
    WHEN purpose_of_stay LIKE '%частн%' OR purpose_of_stay LIKE '%Частн%'
      OR purpose_of_stay LIKE '%жеке%' OR purpose_of_stay LIKE '%Жеке%'
      OR purpose_of_stay LIKE '%private%' OR purpose_of_stay LIKE '%visit%'
        THEN 'private'
    ELSE 'other'
END
WHERE purpose_of_stay IS NOT NULL;

ALTER TABLE lease ADD COLUMN signed_on TEXT;
ALTER TABLE lease ADD COLUMN payment_method TEXT
    CHECK (payment_method IN ('bank-transfer', 'cash'));
ALTER TABLE lease ADD COLUMN bank_iban TEXT;
ALTER TABLE lease ADD COLUMN bank_name TEXT;
ALTER TABLE lease ADD COLUMN bank_bic TEXT;
ALTER TABLE lease ADD COLUMN poa_number TEXT;
ALTER TABLE lease ADD COLUMN poa_date TEXT;
ALTER TABLE lease ADD COLUMN poa_notary TEXT;

ALTER TABLE registration ADD COLUMN reason TEXT
    CHECK (reason IN ('lease', 'family', 'work', 'study', 'medical', 'other'));
ALTER TABLE registration ADD COLUMN signing_method TEXT
    CHECK (signing_method IN ('eds', 'sms'));
ALTER TABLE registration ADD COLUMN signing_phone TEXT;
