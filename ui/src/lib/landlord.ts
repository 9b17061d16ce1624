// Typed wrappers over the landlord screens' commands, and the small helpers
// the screens share: putting a core Message into words, reading a Problem's
// field, and keeping a form draft in the store as it is typed.
import { Channel, invoke } from "@tauri-apps/api/core";
import type { BatchProgress } from "../bindings/BatchProgress";
import type { BatchResult } from "../bindings/BatchResult";
import type { Dashboard } from "../bindings/Dashboard";
import type { Direction } from "../bindings/Direction";
import type { DocKind } from "../bindings/DocKind";
import type { DocLang } from "../bindings/DocLang";
import type { DraftCheck } from "../bindings/DraftCheck";
import type { DwellingPage } from "../bindings/DwellingPage";
import type { DwellingStatus } from "../bindings/DwellingStatus";
import type { Lang } from "../bindings/Lang";
import type { LeaseDraft } from "../bindings/LeaseDraft";
import type { LeaseReadiness } from "../bindings/LeaseReadiness";
import type { LeaseRow } from "../bindings/LeaseRow";
import type { Message } from "../bindings/Message";
import type { Owner } from "../bindings/Owner";
import type { Person } from "../bindings/Person";
import type { PersonPage } from "../bindings/PersonPage";
import type { PreviewBlock } from "../bindings/PreviewBlock";
import type { Property } from "../bindings/Property";
import type { SaveAs } from "../bindings/SaveAs";
import type { Violation } from "../bindings/Violation";
import { t } from "./i18n";

/** A core Message in `lang`. */
export function msg(lang: Lang, m: Message): string {
  return t(lang, m.id, Object.fromEntries(m.args));
}

/** Violations by field path, first one per field. */
export function byField(vs: Violation[]): Record<string, Violation> {
  const out: Record<string, Violation> = {};
  for (const v of vs) if (!(v.path in out)) out[v.path] = v;
  return out;
}

export const api = {
  listDwellings: (query: string, offset: number, limit: number, lang: Lang) =>
    invoke<DwellingPage>("list_dwellings", { query, offset, limit, lang }),
  dwellingStatus: (id: string, lang: Lang) => invoke<DwellingStatus>("dwelling_status", { id, lang }),
  checkDwelling: (property: Property, owners: Owner[]) =>
    invoke<Violation[]>("check_dwelling", { property, owners }),
  saveDwelling: (property: Property, owners: Owner[], lang: Lang) =>
    invoke<null>("save_dwelling", { property, owners, lang }),
  listPeople: (query: string, offset: number, limit: number, lang: Lang) =>
    invoke<PersonPage>("list_people", { query, offset, limit, lang }),
  getPerson: (id: string, lang: Lang) => invoke<Person | null>("get_person", { id, lang }),
  checkPerson: (person: Person) => invoke<Violation[]>("check_person", { person }),
  savePerson: (person: Person, lang: Lang) => invoke<null>("save_person", { person, lang }),
  transliterate: (text: string, direction: Direction) => invoke<string>("transliterate", { text, direction }),
  newId: (prefix: string) => invoke<string>("new_id", { prefix }),
  checkLeaseDraft: (draft: LeaseDraft, lang: Lang) => invoke<DraftCheck>("check_lease_draft", { draft, lang }),
  saveLease: (draft: LeaseDraft, saveAs: SaveAs, lang: Lang) =>
    invoke<LeaseReadiness>("save_lease", { draft, saveAs, lang }),
  listLeases: (query: string, lang: Lang) => invoke<LeaseRow[]>("list_leases", { query, lang }),
  dashboard: (lang: Lang) => invoke<Dashboard>("deadline_dashboard", { lang }),
  saveFormDraft: (key: string, json: string, lang: Lang) => invoke<null>("save_form_draft", { key, json, lang }),
  loadFormDraft: (key: string, lang: Lang) => invoke<string | null>("load_form_draft", { key, lang }),
  deleteFormDraft: (key: string, lang: Lang) => invoke<null>("delete_form_draft", { key, lang }),
  exportDocument: (leaseId: string, kind: DocKind, docLang: DocLang, lang: Lang) =>
    invoke<string>("export_document", { leaseId, kind, docLang, lang }),
  previewDocument: (leaseId: string, kind: DocKind, docLang: DocLang, lang: Lang) =>
    invoke<PreviewBlock[]>("preview_document", { leaseId, kind, docLang, lang }),
  exportBatch: (docLang: DocLang, lang: Lang, progress: (p: BatchProgress) => void) => {
    const onProgress = new Channel<BatchProgress>();
    onProgress.onmessage = progress;
    return invoke<BatchResult>("export_batch", { docLang, lang, onProgress });
  },
  openDocumentsFolder: (lang: Lang) => invoke<string>("open_documents_folder", { lang }),
};

/** Keeps a form's state in the store a moment after each change, so that
 *  nothing typed is lost if the window closes. */
export function autosaver(key: string, getLang: () => Lang, delayMs = 300) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: string | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending === undefined) return Promise.resolve();
    const json = pending;
    pending = undefined;
    return api.saveFormDraft(key, json, getLang()).then(
      () => undefined,
      () => undefined,
    );
  };
  return {
    save(value: unknown) {
      pending = JSON.stringify(value);
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    async load<T>(): Promise<T | null> {
      const json = await api.loadFormDraft(key, getLang()).catch(() => null);
      if (!json) return null;
      try {
        return JSON.parse(json) as T;
      } catch {
        return null;
      }
    },
    async clear() {
      pending = undefined;
      if (timer) clearTimeout(timer);
      await api.deleteFormDraft(key, getLang()).catch(() => undefined);
    },
  };
}

/** Tells the rest of the app (the navigation badge) that data changed. */
export function announceChange() {
  window.dispatchEvent(new CustomEvent("jalga:changed"));
}

/** "12 500,5" or "12500.5" as a number; NaN when it is not one. */
export function parseNumber(text: string): number {
  const s = text.replace(/\s/g, "").replace(",", ".");
  return s === "" ? NaN : Number(s);
}
