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

doc-too-many = Too many entries: at most { $max }, got { $found }
doc-qr-too-long = The number, the RKA and the passport number together are too long for the QR code
