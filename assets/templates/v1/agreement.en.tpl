# Model residential lease agreement, English reference text. Version 1 (2026-01).
# The Kazakh and Russian texts are the ones signed; this one is for information.
title RESIDENTIAL LEASE AGREEMENT No. {number}
split {place} | {date}
p {landlord.name},{landlord.representative} {landlord.id} (the "Landlord"), and {tenant.name}, {tenant.id} (the "Tenant"), have agreed as follows.
table parties
h Subject
c The Landlord lets to the Tenant, for residential use, the dwelling at {dwelling.address} (the "Dwelling").
c Address registration code (RKA): {dwelling.rka}. Cadastral number: {dwelling.cadastral}. Total area {dwelling.total_area} m², useful area {dwelling.useful_area} m², living area {dwelling.living_area} m², rooms: {dwelling.rooms}.
c The Dwelling is owned by: {dwelling.owners}. Title document: {dwelling.title_document}. The Landlord warrants that the Dwelling is free of pledges, arrests and third-party rights and that all co-owners agree to the lease.
h Term
c The lease runs from {terms.start} to {terms.end} inclusive. The Dwelling is handed over under a handover certificate on the first day of the term.
c A Tenant who has performed this agreement properly has a preferential right to a new term.
h Rent and payments
c The rent is {terms.rent} tenge a month, paid for the current month no later than day {terms.payment_day} of each month {terms.payment_method}. In a month without that day, the rent is due on its last day.
c On signing, the Tenant pays a security deposit of {terms.deposit} tenge, returned within 10 calendar days after the Dwelling is returned, less documented damage and unpaid amounts.
c Utilities, communications and maintenance {terms.utilities}.
c The rent may not be changed unilaterally during the term.
h Occupants
c The following persons move in with the Tenant ({occupants.count} in all):
table occupants
c Other persons may stay longer than 5 calendar days only with the Landlord's written consent.
h Residence registration
c Within 3 working days of moving in, the Landlord files or confirms on eGov.kz (eGov Mobile) the registration of the Tenant and the occupants at the Dwelling's address and gives the owner's consent to it. A temporary registration is made for the term, from 1 to 12 months.
c If a foreign national moves in, the host notifies the police of the arrival within the statutory time limit; the Tenant gives the Landlord the foreigner's passport data in advance.
c When the agreement ends, the Tenant and the occupants are de-registered from the Dwelling's address within 10 calendar days; the Landlord may initiate the de-registration.
c The parties know that living unregistered, and an owner's allowing it, are administrative offences.
h Landlord's rights and duties
c The Landlord hands over the Dwelling fit for living, carries out major repairs and does not hinder the Tenant's use of the Dwelling.
c The Landlord may inspect the Dwelling at most once a month at a time agreed with the Tenant.
h Tenant's rights and duties
c The Tenant uses the Dwelling for living only, pays on time, takes care of the Dwelling and its contents, carries out routine repairs and respects fire safety rules and the neighbours' rights.
c The Tenant may not sublet, replan or refit the Dwelling without the Landlord's written consent.
c On the last day the Tenant returns the Dwelling under a certificate in the condition received, fair wear and tear excepted.
h Amendment and termination
c The parties may end the agreement by mutual consent at any time.
c Either party may withdraw from the agreement by giving the other at least 30 calendar days' written notice.
c The Landlord may have the agreement terminated by a court if the Tenant fails to pay for more than two months in a row, damages the Dwelling or systematically violates the neighbours' rights.
h Liability
c For late payment the Tenant pays a penalty of 0.1% of the overdue amount per day, capped at 10% of that amount.
c A party that fails to perform this agreement compensates the other for the actual damage caused.
h Final provisions
c Disputes are settled by negotiation or, failing that, by the court where the Dwelling is located.
c The agreement is made in two copies of equal force, one for each party. Amendments are valid only in writing signed by both parties.
c The agreement's data are protected by the verification code printed on every page; the Jalga application checks that the code matches the data.
signatures landlord tenant
