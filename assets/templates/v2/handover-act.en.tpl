# Handover act of the dwelling (at move-in or at return). Version 2 (2026-12).
# Made under the lease; records the dwelling's condition, the furniture, meter readings and keys.
title HANDOVER ACT OF THE DWELLING ({handover.direction})
split {place} | {handover.date}
p This act is made under lease No. {number} of {date}. {handover.from} hands over, and {handover.to} accepts, the dwelling at {dwelling.address} (RKA {dwelling.rka}, total area {dwelling.total_area} m², rooms: {dwelling.rooms}) with the property listed below.
h Rooms and property
table inventory
h Meter readings on the day of handover
table meters
h Keys
table keys
c Keys, fobs and cards handed over in all: {handover.keys}.
h Remarks
c {handover.remarks}
c The parties have inspected the dwelling and the property; their condition is as described in this act. The act is made in two copies, one for each party.
signatures landlord tenant
