import { describe, expect, it } from "vitest";
import { isTradeStory } from "../../loaders/events/companies.js";
import { eventsIn } from "./helpers.js";

// Business news: firms and their executives are no political actors. Sentences written for these tests.
const events = (src: string) => eventsIn(src).map((e) => [e.type, e.source, e.target]);

describe("companies", () => {
  it("a firm named by a head word of trade does not agree, reject or criticise as a political actor", () => {
    expect(events("{Harbor Bancorp/organization} agreed on Monday to settle the dispute.")).toEqual([]);
    expect(events("{Nordic Airlines/organization} rejected the proposal from {Vesta Holdings/organization}.")).toEqual([]);
    expect(events("{Acme Industries/organization} criticized {Zeta Mining/organization} for its accounts.")).toEqual([]);
  });

  it("a name the article calls a firm is a firm; a public bank and a ministry are not", () => {
    expect(events("{Orvella/organization}, a maker of office chairs, rejected the offer. {Orvella/organization} urged {Kestrel/organization} to raise its bid.")).toEqual([]);
    expect(events("The {Central Bank/organization} rejected the demand of {Peru}.")).toEqual([["REJECT", "central-bank", "peru"]]);
  });

  it("a company's complaint against a state is business too; the state's act on the company is told", () => {
    expect(events("{Harbor Bancorp/organization} accused {Peru} of seizing its assets.")).toEqual([]);
    expect(events("{Peru} accused {Harbor Bancorp/organization} of fraud on Monday.")).toEqual([["ACCUSE", "peru", "harbor-bancorp"]]);
  });

  it("in a story about trade, an unnamed body and a chairman are business; a minister still acts", () => {
    const story =
      "Shares of the company rose after the takeover bid. Analysts said investors liked the merger and the dividend. " +
      "{Kestrel/organization} rejected the offer on Monday. Chairman {Ana Lopez/civilian} accused {Orvella/organization} of misleading shareholders. " +
      "Trade Minister {Juan Perez/civilian} criticized {Chile} over the deal.";
    expect(isTradeStory(story)).toBe(true);
    expect(events(story)).toEqual([["ACCUSE", "juan-perez", "chile"]]);
  });

  it("a story with a passing word of trade is no story about trade", () => {
    const story = "{Peru} rejected the demand of {Chile} on Monday. The talks on the border went on, and investors were calm. {Kestrel/organization} condemned {Chile}.";
    expect(isTradeStory(story)).toBe(false);
    expect(events(story)).toEqual([["REJECT", "peru", "chile"], ["ACCUSE", "kestrel", "chile"]]);
  });

  it("a public body named on a word of trade, a rival faction and an armed group stay political", () => {
    expect(events("The {Ministry of Communications/organization} condemned {Chile} on Monday.")).toEqual([["ACCUSE", "ministry-of-communications", "chile"]]);
    expect(events("Gunmen of rival {Fatah/group} attacked {Chile} on Monday. {Fatah/group} condemned {Chile}.").map((e) => e[1])).toContain("fatah");
    expect(events("{Harrow Front/group}, a militant group, condemned {Chile} on Monday.")).toEqual([["ACCUSE", "harrow-front", "chile"]]);
  });

  it("a territory typed as a body and a body's board are no firms", () => {
    expect(events("The {West Bank/organization} condemned {Chile} on Monday.")).toEqual([["ACCUSE", "west-bank", "chile"]]);
    expect(events("{Kestrel/organization}'s board condemned {Chile}. {Kestrel/organization} urged {Peru} to act.").map((e) => e[1])).toContain("kestrel");
  });
});
