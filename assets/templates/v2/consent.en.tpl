# The owners' consent to registration: one block and signature per owner. Version 2 (2026-12).
# Since 30.11.2025 the owner's consent is mandatory; the legally effective
# consent is each owner's, given on eGov by EDS.
title THE OWNERS' CONSENT TO REGISTRATION AT THE PLACE OF RESIDENCE
split {place} | {date}
p The legally effective consent is given by each owner on eGov.kz (eGov Mobile), by signing each applicant's request with their own EDS. This document records the owners' agreement and the details the requests need; it does not replace the consent on eGov.
s Dwelling
f Address | {dwelling.address}
f RKA | {dwelling.rka}
f Cadastral number | {dwelling.cadastral}
s People who apply for registration (aged 14 and over)
table registrants
note Children under 14 are not registered; they live with a parent and are not part of the consent.
s Registration
f Kind | {registration.kind}
f Months | {registration.months}
f From | {registration.start}
f To | {registration.until}
f Basis | lease No. {number} of {date}
s Each owner's consent (owners: {owners.count})
each owner
f Owner {owner.n} | {owner.name}
f IIN, share | {owner.iin}, {owner.share}
f Consent given | {owner.acting}
p I agree to the registration of the people listed at the dwelling's address for the period stated, and will confirm this consent on eGov with my EDS.
signatures this-owner
end
