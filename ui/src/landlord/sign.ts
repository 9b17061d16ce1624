// Signing an exported document with a party's own EDS key (PKCS#12).
import { invoke } from "@tauri-apps/api/core";
import type { Lang } from "../bindings/Lang";
import type { SignView } from "../bindings/SignView";

/** Signs the PDF at `path` in place; the password is passed once and not kept. */
export function signDocument(path: string, p12Path: string, password: string, lang: Lang): Promise<SignView> {
  return invoke<SignView>("sign_document", { path, p12Path, password, lang });
}
