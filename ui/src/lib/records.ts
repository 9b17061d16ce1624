// Archive, delete and their undo for the landlord's screens: one place
// that calls the commands and says what happened, in the user's language.
import * as c from "../bindings/commands";
import type { Lang } from "../bindings/Lang";
import type { RecordKind } from "../bindings/RecordKind";
import type { Trash } from "../bindings/Trash";
import { t } from "./i18n";

/** What was done, and how to take it back. */
export type Undoable = { message: string; undo: () => Promise<unknown> };

export async function archiveRecord(kind: RecordKind, id: string, name: string, lang: Lang): Promise<Undoable> {
  await c.archiveRecord(kind, id, lang);
  return {
    message: t(lang, "record-archived", { name }),
    undo: () => c.unarchiveRecord(kind, id, lang),
  };
}

/** Rejects with the core's Problem when something still refers to it. */
export async function deleteRecord(kind: RecordKind, id: string, name: string, lang: Lang): Promise<Undoable> {
  const trash: Trash = await c.deleteRecord(kind, id, lang);
  return {
    message: t(lang, "record-deleted", { name }),
    undo: () => c.restoreRecord(trash, lang),
  };
}
