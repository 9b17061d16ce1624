// The "Office server" setting's form logic, apart from the Svelte markup so
// that it is unit-tested. The checks that count are the core's
// (jalga_core::office_server); these only spare a round trip.
import type { OfficeServer } from "../bindings/OfficeServer";

/** Whether a typed address carries a password (`user:secret@host`), which
 * Jalga never keeps in its settings file. */
export function carriesPassword(url: string): boolean {
  const m = /^postgres(?:ql)?:\/\/([^/?#]*)@/.exec(url.trim());
  return (m?.[1] ?? "").includes(":");
}

/** The line that says where the app works now: a message id and its
 * arguments. */
export function whereNow(server: OfficeServer | null): { id: string; args: Record<string, string> } {
  return server
    ? { id: "settings-office-on", args: { url: server.url, role: server.role } }
    : { id: "settings-office-off", args: {} };
}

/** What the form sends: the trimmed address and role, or an empty address
 * to go back to the local file. Never a password. */
export function formPayload(url: string, role: string, clear: boolean): { url: string; role: string } {
  return clear ? { url: "", role: "" } : { url: url.trim(), role: role.trim() };
}
