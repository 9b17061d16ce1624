// The UI's view of the shared message catalogue (assets/i18n): the same
// Fluent files the Rust core compiles in, so a label reads the same in the
// app, the CLI and the documents.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Lang } from "../bindings/Lang";

const sources = import.meta.glob("../../../assets/i18n/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

export const LANGS: readonly Lang[] = ["kk", "ru", "en"];

function langOf(path: string): Lang | undefined {
  const m = /i18n\/(kk|ru|en)\//.exec(path);
  return m ? (m[1] as Lang) : undefined;
}

function buildBundle(lang: Lang): FluentBundle {
  // Isolation marks would show up as stray characters around numbers.
  const bundle = new FluentBundle(lang, { useIsolating: false });
  for (const [path, text] of Object.entries(sources)) {
    if (langOf(path) !== lang) continue;
    const errors = bundle.addResource(new FluentResource(text));
    if (errors.length > 0) throw new Error(`${path}: ${errors.join("; ")}`);
  }
  return bundle;
}

const bundles = new Map<Lang, FluentBundle>(LANGS.map((l) => [l, buildBundle(l)]));

/** The message `id` in `lang`; a missing one shows its id, never blank. */
export function t(lang: Lang, id: string, args?: Record<string, FluentVariable>): string {
  const bundle = bundles.get(lang);
  const msg = bundle?.getMessage(id);
  if (!bundle || !msg?.value) return id;
  return bundle.formatPattern(msg.value, args);
}

/** Every message id the catalogue has in `lang`. */
export function messageIds(lang: Lang): string[] {
  const ids: string[] = [];
  for (const [path, text] of Object.entries(sources)) {
    if (langOf(path) !== lang) continue;
    for (const m of text.matchAll(/^([a-zA-Z][\w-]*)\s*=/gm)) ids.push(m[1]!);
  }
  return ids;
}

const STORAGE_KEY = "jalga.lang";

export function savedLang(storage: Pick<Storage, "getItem"> | undefined): Lang {
  const v = storage?.getItem(STORAGE_KEY);
  return LANGS.includes(v as Lang) ? (v as Lang) : "kk";
}

export function saveLang(storage: Pick<Storage, "setItem"> | undefined, lang: Lang): void {
  storage?.setItem(STORAGE_KEY, lang);
}
