import { describe, expect, it } from "vitest";
import { t } from "../lib/i18n";
import { carriesPassword, formPayload, whereNow } from "./office";

describe("carriesPassword", () => {
  it.each([
    ["postgres://db.office:5432/jalga", false],
    ["postgres://clerk@db.office/jalga", false],
    ["postgres://clerk:secret@db.office/jalga", true],
    ["postgresql://clerk:@db.office/jalga", true],
    ["postgres://db.office/jalga?sslrootcert=C:/ca@x.crt", false],
    ["/home/clerk/jalga.sqlite3", false],
  ])("%s → %s", (url, expected) => {
    expect(carriesPassword(url)).toBe(expected);
  });
});

describe("whereNow", () => {
  it("names the server and the role in every language", () => {
    const line = whereNow({ url: "postgres://db.office/jalga", role: "clerk_yesil" });
    for (const lang of ["kk", "ru", "en"] as const) {
      const text = t(lang, line.id, line.args);
      expect(text).toContain("postgres://db.office/jalga");
      expect(text).toContain("clerk_yesil");
    }
  });

  it("says the local file when no server is set", () => {
    expect(t("kk", whereNow(null).id)).toBe("Қазір: осы компьютердегі файл");
  });
});

describe("formPayload", () => {
  it("trims what is typed and clears with an empty address", () => {
    expect(formPayload("  postgres://db/jalga ", " clerk ", false)).toEqual({ url: "postgres://db/jalga", role: "clerk" });
    expect(formPayload("postgres://db/jalga", "clerk", true)).toEqual({ url: "", role: "" });
  });
});
