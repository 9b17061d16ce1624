# Documents (PDF) and their verification.

doc-unknown-kind = Unknown kind of document "{ $kind }": use agreement, consent, registration-sheet or foreigner-notice
doc-unknown-lang = Unknown document language "{ $lang }": use kk, ru, en or kk+ru
doc-missing-data = The { $kind } document lacks data: { $field }
doc-bad-occupant = The registration lists occupant No. { $index }, but the occupants list has no such entry
doc-template = A document template is wrong: { $what }
doc-pdf-error = Could not write or read the PDF: { $detail }
doc-lease-no-end = Lease { $id } has no end date: the model agreement needs a term, so set one first
doc-notice-no-lease = Foreigner notice { $id }: { $person } is on no lease at this dwelling; add them to the lease as an occupant first
doc-no-data-files = No .json data file was found
doc-written = Documents written: { $count }
verify-unreadable = The file cannot be read as a PDF: { $detail }
verify-no-data = The PDF carries no embedded document data: it was removed, or the file was not made by Jalga
verify-bad-data = The embedded data is not a Jalga document's data: { $detail }
verify-data-altered = The embedded data was altered: it hashes to { $computed }, but the file records { $recorded }
verify-page-altered = The text of page { $page } does not match the document's data: the page was altered
verify-page-count = The document's data makes { $expected } pages, but the file has { $found }
doc-unknown-version = This document was made with template version { $version }; this Jalga knows versions 1 to { $current }
doc-no-template = Template version { $version } has no { $kind } document
doc-no-registrant = Nobody listed for registration is { $age } or older: children under { $age } are not registered, so there is no application to prepare
doc-status-consistent = Consistent: the text and the attached data agree. This shows the file was not changed after it was made, not who made it: anyone can make a self-consistent document.
doc-status-issued-here = Issued here: the document is consistent and this database's register of issued documents holds it with the same data.
doc-status-altered = Altered: the text, the attached data or the recorded hash do not agree, or the data differs from what this database issued.
doc-status-unknown = Unknown: not a Jalga document, unreadable, or not in this database's register.
doc-import-unsigned = The data of document { $code } was imported unsigned: a Jalga PDF has no signature, so its code proves only that the document is self-consistent.

doc-too-many = Too many entries: at most { $max }, got { $found }
doc-qr-too-long = The number, the RKA and the passport number together are too long for the QR code
doc-no-handover = Lease { $id } has no handover act recorded: fill in the rooms and furniture, the meter readings and the keys on the handover form first
