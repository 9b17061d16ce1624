// Typed wrappers over the landlord screens' commands, and the small helpers
// the screens share: putting a core Message into words, reading a Problem's
// field, and keeping a form draft in the store as it is typed.
import * as c from "../bindings/commands";
import type { BatchProgress } from "../bindings/BatchProgress";
import type { DocLang } from "../bindings/DocLang";
import type { Lang } from "../bindings/Lang";
import type { Message } from "../bindings/Message";
import type { MessageArg } from "../bindings/MessageArg";
import type { Problem } from "../bindings/Problem";
import type { Violation } from "../bindings/Violation";
import { asProblem } from "./api";
import { formatDay } from "./dates";
import { t } from "./i18n";

/** A message argument for Fluent: a day (`{ day: "2026-02-05" }`) is
 *  written as `lang` writes days, exactly as the core renders it. */
function argValue(lang: Lang, v: MessageArg): string | number {
  return typeof v === "object" ? formatDay(v.day, lang) : v;
}

/** A core Message in `lang`. */
export function msg(lang: Lang, m: Message): string {
  return t(lang, m.id, Object.fromEntries(m.args.map(([k, v]) => [k, argValue(lang, v)])));
}

/** Violations by field path, first one per field. */
export function byField(vs: Violation[]): Record<string, Violation> {
  const out: Record<string, Violation> = {};
  for (const v of vs) if (!(v.path in out)) out[v.path] = v;
  return out;
}

export const api = {
  listDwellings: c.listDwellings,
  dwellingStatus: c.dwellingStatus,
  checkDwelling: c.checkDwelling,
  saveDwelling: c.saveDwelling,
  listPeople: c.listPeople,
  getPerson: c.getPerson,
  checkPerson: c.checkPerson,
  savePerson: c.savePerson,
  transliterate: c.transliterate,
  newId: c.newId,
  checkLeaseDraft: c.checkLeaseDraft,
  saveLease: c.saveLease,
  listLeases: c.listLeases,
  dashboard: c.deadlineDashboard,
  deadlineCounts: c.deadlineCounts,
  saveFormDraft: c.saveFormDraft,
  loadFormDraft: c.loadFormDraft,
  deleteFormDraft: c.deleteFormDraft,
  exportDocument: c.exportDocument,
  exportBatch: (docLang: DocLang, lang: Lang, progress: (p: BatchProgress) => void) => {
    const onProgress = new c.Channel<BatchProgress>();
    onProgress.onmessage = progress;
    return c.exportBatch(docLang, lang, onProgress);
  },
  openDocumentsFolder: c.openDocumentsFolder,
  checkHandover: c.checkHandover,
  listHandovers: c.listHandovers,
  saveHandover: c.saveHandover,
  todayList: c.todayList,
  createFromLease: c.createFromLease,
  markRegistration: c.markRegistration,
  markNotice: c.markNotice,
  recordConsent: c.recordConsent,
  renewLease: c.renewLease,
  endLease: c.endLease,
  registrationCycle: c.registrationCycle,
  openLease: c.openLease,
};

/** What the autosaver tells the app about the store keeping a draft:
 *  `problem` when a save failed (shown until a later save succeeds). */
export const AUTOSAVE_EVENT = "jalga:autosave";
export type AutosaveState = { key: string; problem: Problem | null };

function announceAutosave(state: AutosaveState) {
  globalThis.dispatchEvent?.(new CustomEvent<AutosaveState>(AUTOSAVE_EVENT, { detail: state }));
}

/** The autosavers holding text not yet in the store. */
const unsaved = new Set<{ flush: () => Promise<void> }>();

/** Saves every form's pending text now: what the window does before it
 *  closes ({@link closeWhenSaved}). */
export function flushAll(): Promise<void> {
  return Promise.all([...unsaved].map((a) => a.flush())).then(() => undefined);
}

/** When the window is asked to close, saves what was typed, then closes;
 *  a save that does not answer within `boundMs` does not keep it open.
 *  Returns the function that stops listening. */
export function closeWhenSaved(
  listen: (event: string, f: () => void) => Promise<() => void>,
  close: () => Promise<unknown>,
  boundMs = 2000,
): Promise<() => void> {
  return listen("jalga:close-requested", () => {
    const bound = new Promise<void>((r) => setTimeout(r, boundMs));
    void Promise.race([flushAll().catch(() => undefined), bound]).finally(() => void close().catch(() => undefined));
  });
}

/** Keeps a form's state in the store a moment after each change, so that
 *  nothing typed is lost if the window closes. One save is in flight at a
 *  time (a save may wait behind a clerk's import); a failed save is
 *  announced ({@link AUTOSAVE_EVENT}) and its text is tried again with
 *  the next change or flush. */
export function autosaver(
  key: string,
  getLang: () => Lang,
  delayMs = 300,
  save: (key: string, json: string, lang: Lang) => Promise<unknown> = api.saveFormDraft,
) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: string | undefined;
  let inFlight: Promise<void> | undefined;
  let failed = false;
  const send = async (json: string) => {
    try {
      await save(key, json, getLang());
      if (failed) announceAutosave({ key, problem: null });
      failed = false;
    } catch (e) {
      // Kept for the next try unless something newer was typed meanwhile.
      if (pending === undefined) pending = json;
      failed = true;
      announceAutosave({ key, problem: asProblem(e) });
    }
  };
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (inFlight) {
      // The newest text goes once the save under way has answered.
      return inFlight.then(() => (pending === undefined ? undefined : flush()));
    }
    if (pending === undefined) {
      unsaved.delete(self);
      return Promise.resolve();
    }
    const json = pending;
    pending = undefined;
    inFlight = send(json).finally(() => (inFlight = undefined));
    return inFlight;
  };
  const self = {
    save(value: unknown) {
      unsaved.add(self);
      pending = JSON.stringify(value);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
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
      // A save under way must not bring the draft back after it is cleared.
      await inFlight;
      pending = undefined;
      await api.deleteFormDraft(key, getLang()).catch(() => undefined);
      if (failed) announceAutosave({ key, problem: null });
      failed = false;
      unsaved.delete(self);
    },
  };
  return self;
}

/** Tells the rest of the app (the navigation badge) that data changed. */
export function announceChange() {
  window.dispatchEvent(new CustomEvent("jalga:changed"));
}

/** Calls `refresh` now and again whenever data changes; returns what stops
 *  it (for `onMount`). */
export function followChanges(refresh: () => unknown): () => void {
  const onChange = () => void refresh();
  onChange();
  window.addEventListener("jalga:changed", onChange);
  return () => window.removeEventListener("jalga:changed", onChange);
}

/** "12 500,5" or "12500.5" as a number; NaN when it is not one. */
export function parseNumber(text: string): number {
  const s = text.replace(/\s/g, "").replace(",", ".");
  return s === "" ? NaN : Number(s);
}
