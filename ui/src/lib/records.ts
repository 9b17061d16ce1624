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

/** The core's name for a record (a dwelling's address line, a person's
 *  surname and given name), as the messages and the undo show it. */
export function recordLabel(kind: RecordKind, id: string, lang: Lang): Promise<string> {
  return c.recordLabel(kind, id, lang);
}

/** What a screen does around an archive, a delete or their undo. */
export type RemoveHooks = {
  /** The record is gone from the screen: close its form, drop its draft. */
  removed: () => Promise<void> | void;
  /** Something changed in the store: refresh the list. */
  changed: () => void;
  /** The undo on offer (null: none). */
  offer: (u: Undoable | null) => void;
  /** A refusal to show (null: clear). */
  problem: (message: string | null) => void;
};

/** Archive, delete and undo for a screen's records of `kind`, written once
 *  for every screen that has them. */
export function recordRemover(kind: RecordKind, lang: () => Lang, hooks: RemoveHooks, toProblem: (e: unknown) => string) {
  return {
    /** Archives or deletes record `id`; the list drops it, undo is offered. */
    async remove(how: "archive" | "delete", id: string): Promise<void> {
      hooks.problem(null);
      try {
        const name = await recordLabel(kind, id, lang());
        const act = how === "archive" ? archiveRecord : deleteRecord;
        hooks.offer(await act(kind, id, name, lang()));
        await hooks.removed();
        hooks.changed();
      } catch (e) {
        hooks.problem(toProblem(e));
      }
    },
    /** Takes `u` back. */
    async undo(u: Undoable | null): Promise<void> {
      hooks.offer(null);
      if (!u) return;
      try {
        await u.undo();
        hooks.changed();
      } catch (e) {
        hooks.problem(toProblem(e));
      }
    },
  };
}
