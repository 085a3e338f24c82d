import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("a name between places of a list", () => {
  it("is a place, whatever the tagger read it as", () => {
    expect(run("He mediated peace deals in Namibia, Orvane and Kosovo.").actorOf("Orvane")?.kind).toBe("place");
    expect(run("He mediated peace deals in Namibia, Ardenna and Kosovo.").actorOf("Ardenna")?.kind).toBe("place");
  });

  it("leaves a name outside a list alone", () => {
    expect(run("Orvane said on Monday it would cut jobs in Namibia.").actorOf("Orvane")?.kind).not.toBe("place");
  });
});
