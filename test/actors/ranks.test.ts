import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const roleOf = (text: string, name: string) => run(`Troops withdraw\n\n${text}`).actorOf(name)?.role ?? null;

describe("compound military ranks and clergy titles", () => {
  it("are read whole, short forms spelt out", () => {
    expect(roleOf("Lt. Col. Ana Limasson said the troops would leave.", "Ana Limasson")).toBe("Lieutenant Colonel");
    expect(roleOf("The troops left, said Brig. Gen. Tom Kessling on Monday.", "Tom Kessling")).toBe("Brigadier General");
    expect(roleOf("The base was closed. Maj. Gen. Ivo Darnell left on Friday.", "Ivo Darnell")).toBe("Major General");
  });

  it("a rabbi or an imam is a person with that role", () => {
    const r = run("Leaders meet\n\nRabbi Daniel Ostrower and Imam Karim Oshani met in Vilnius on Sunday.");
    expect(r.actorOf("Daniel Ostrower")?.role).toBe("Rabbi");
    expect(r.actorOf("Karim Oshani")?.role).toBe("Imam");
  });
});
