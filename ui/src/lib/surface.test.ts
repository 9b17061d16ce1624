import { describe, expect, it } from "vitest";

// Every source file of the UI, as text.
const sources = import.meta.glob(["../**/*.ts", "../**/*.svelte", "!../**/*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

describe("the command surface", () => {
  it("reads the sources it checks", () => {
    expect(Object.keys(sources)).toContain("../bindings/commands.ts");
    expect(Object.keys(sources).length).toBeGreaterThan(20);
  });

  it("calls commands only through the generated wrappers, so every rejection is a Problem", () => {
    const direct = Object.entries(sources)
      .filter(([path]) => path !== "../bindings/commands.ts")
      .filter(([, text]) => /\binvoke\s*[<(]/.test(text) || /from "@tauri-apps\/api\/core"/.test(text))
      .map(([path]) => path);
    expect(direct).toEqual([]);
  });
});
