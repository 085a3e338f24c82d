import { normalizeConfig } from "@observablehq/framework/dist/config.js";
import { describe, expect, it } from "vitest";
import config from "../../observablehq.config.ts";
import { pageHref } from "../../src/components/links.js";

// The links the report writes itself (source links, search entries) name the built
// file, and survive Framework's path normalizer, which sees a search entry's whole
// path, query string included.
const { normalizePath } = normalizeConfig(config, ".");

describe("links between the report's pages", () => {
  it("name the page's file, with each value encoded", () => {
    expect(pageHref("sources")).toBe("sources.html");
    expect(pageHref("sources", { article: "brook-gazette_01", span: "12-30" })).toBe("sources.html?article=brook-gazette_01&span=12-30");
    expect(pageHref("sources", { article: "a1", span: null })).toBe("sources.html?article=a1");
    expect(pageHref("actors", { actor: "st. elmo & co/jr." })).toBe("actors.html?actor=st%2E%20elmo%20%26%20co%2Fjr%2E");
    expect(new URLSearchParams(pageHref("actors", { actor: "st. elmo & co/jr." }).split("?")[1]).get("actor")).toBe("st. elmo & co/jr.");
  });

  it("come out of Framework's normalizer unchanged, dots and all", () => {
    for (const id of ["maria-oliveira", "j.r.", "v1.2", "index", "a/index"]) {
      const path = `/${pageHref("actors", { actor: id })}`;
      expect(normalizePath(path)).toBe(path);
    }
    // Without the file name, the normalizer would append ".html" to the query string.
    expect(normalizePath("/actors?actor=northport")).toBe("/actors?actor=northport.html");
    expect(normalizePath("/actors")).toBe("/actors.html");
    expect(normalizePath("/")).toBe("/index.html");
  });
});
