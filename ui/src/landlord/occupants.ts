// Whom the wizard's occupants step offers: nobody already on the lease
// (the tenant, or someone already added as an occupant).
export function offerable<P extends { id: string }>(
  options: P[],
  draft: { tenant_id: string | null; occupants: { person_id: string }[] },
): P[] {
  const taken = new Set(draft.occupants.map((o) => o.person_id));
  if (draft.tenant_id) taken.add(draft.tenant_id);
  return options.filter((p) => !taken.has(p.id));
}
