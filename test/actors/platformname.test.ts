import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("what one posts on", () => {
  it("is a platform, an organisation", () => {
    expect(run("In a video posted on Quillo, the minister said talks would resume.").actorOf("Quillo")?.kind).toBe("organization");
  });

  it("is not a place the gazetteer knows, nor a street", () => {
    expect(run("He wrote on Cyprus for twenty years before he retired.").actorOf("Cyprus")?.kind).toBe("country");
    expect(run("He was arrested on Main Street on Friday.").actorOf("Main Street")?.kind).toBe("place");
  });
});
