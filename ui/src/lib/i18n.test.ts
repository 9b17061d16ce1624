import { describe, expect, it } from "vitest";
import { LANGS, messageIds, savedLang, t } from "./i18n";

describe("the shared catalogue, as the UI sees it", () => {
  it("has the same message ids in every language", () => {
    const en = new Set(messageIds("en"));
    expect(en.size).toBeGreaterThan(20);
    for (const lang of LANGS) {
      expect(new Set(messageIds(lang)), lang).toEqual(en);
    }
  });

  it.each([
    ["kk", "ЖСН тексеру"],
    ["ru", "Проверка ИИН"],
    ["en", "Check an IIN"],
  ] as const)("titles the IIN form in %s", (lang, title) => {
    expect(t(lang, "iin-check-title")).toBe(title);
  });

  it.each([
    ["ru", 1, "введено 1 цифра"],
    ["ru", 3, "введено 3 цифры"],
    ["ru", 5, "введено 5 цифр"],
    ["en", 1, "got 1 digit"],
    ["en", 11, "got 11 digits"],
  ] as const)("uses %s plural rules for %d", (lang, n, tail) => {
    expect(t(lang, "id-wrong-length", { found: n })).toContain(tail);
  });

  it("shows a missing message as its id", () => {
    expect(t("en", "no-such-message")).toBe("no-such-message");
  });

  it("falls back to Kazakh for an unknown saved language", () => {
    expect(savedLang({ getItem: () => "de" })).toBe("kk");
    expect(savedLang({ getItem: () => "ru" })).toBe("ru");
    expect(savedLang(undefined)).toBe("kk");
  });
});
