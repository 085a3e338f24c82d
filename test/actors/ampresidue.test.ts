import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Feeds that strip an HTML "&amp;" to its bare letters leave "Brannock amp Tilley Co.":
// the residue joins a firm's partners as the ampersand does.
describe("an ampersand's entity residue inside a firm's name", () => {
  it("joins the partners into one organisation", () => {
    const r = run("Rating change\n\nVessel Lines said Orvin amp Tasker Corp. lowered its rating on the company's bonds on Monday.");
    const a = r.actorOf("Orvin amp Tasker Corp.");
    expect(a?.kind).toBe("organization");
    expect(r.actors.some((x) => x.name === "Tasker Corp" || x.name === "Orvin")).toBe(false);
  });

  it("names the firm with the ampersand", () => {
    const r = run("Broker note\n\nAnalysts at Brell amp Varnum Inc. raised their forecast for the shipper on Tuesday.");
    expect(r.actorOf("Brell amp Varnum Inc.")?.name).toBe("Brell & Varnum Inc");
  });
});
