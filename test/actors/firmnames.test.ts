import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

describe("names written as one word with an inner capital", () => {
  it("are organisations", () => {
    const r = run("Results\n\nQuantelAI, which relies on leased chips, declined to comment on Monday.");
    expect(r.byName("QuantelAI")?.kind).toBe("organization");
  });
  it("unless a family-name prefix makes them a person's", () => {
    const r = run("Vote\n\nMcAllister said he would resign on Monday, aides said.");
    expect(r.byName("McAllister")?.kind).not.toBe("organization");
  });
});

describe("a capital inside a longer name of separate words", () => {
  it("is no government", () => {
    const r = run("Markets\n\nAnalysts at Harper Canberra estimated the cost at $3 billion.");
    expect(r.actors.map((a) => a.name)).not.toContain("Australia");
  });
});

describe("a one-word name the article uses as a firm's", () => {
  it("is the firm wherever the tagger read a person", () => {
    const r = run("Permit suspended\n\nA judge suspended the permit granted to Corvale for a new mine. Corvale said it would appeal. Protesters gathered outside the Corvale headquarters on Friday.");
    expect(r.byName("Corvale")?.kind).toBe("organization");
  });
  it("is the firm where the article names one of its staff by it", () => {
    const r = run("Design house names new director\n\nThe label on Tuesday named Ilse Varga, a former Tessaro executive, as its creative director. Varga spent 13 years at Tessaro.");
    expect(r.byName("Tessaro")?.kind).toBe("organization");
  });
  it("is the firm named as another's parent, and a platforms firm is a firm", () => {
    const r = run("The commission on Wednesday fined Quillo 500 million euros and Tarvo Platforms 200 million euros for breaching the law. Velgar parent Corvane is also under investigation.");
    expect(r.byName("Corvane")?.kind).toBe("organization");
    expect(r.byName("Tarvo Platforms")?.kind).toBe("organization");
  });
  it("not for a person's own holding", () => {
    const r = run("Sale\n\nThe investor Marta Quellin sold half of Quellin's shares on Monday. Quellin said she needed cash.");
    expect(r.byName("Marta Quellin")?.kind).toBe("person");
  });
});

describe("a name in apposition with an organisation's kind", () => {
  it("is that organisation, before or after the kind", () => {
    const r = run("Port strike\n\nThe employers' association, Dockvell, said the offer was final.");
    expect(r.byName("Dockvell")?.kind).toBe("organization");
    const s = run("Port strike\n\nDockvell, the employers' association, said the offer was final.");
    expect(s.byName("Dockvell")?.kind).toBe("organization");
  });
  it("not when the kind heads a phrase after another noun", () => {
    const r = run("Vote\n\nAna Veltrin, a member of the party, said she would resign.");
    expect(r.byName("Ana Veltrin")?.kind).toBe("person");
  });
  it("a business's kind may go on with what it makes", () => {
    const r = run("Doses\n\nCarvel Nordic, the Norlandic maker of the only approved vaccine, said it could supply more.");
    expect(r.byName("Carvel Nordic")?.kind).toBe("organization");
    const s = run("Sale\n\nHalden Varro, the owner of the club, said he would sell.");
    expect(s.byName("Halden Varro")?.kind).toBe("person");
  });
});

describe("a name after a phrase whose head holds an office of an organisation", () => {
  it("stays a person", () => {
    const r = run("Bridge\n\nThe head of the regional council, Damek Orrin, said the bridge would reopen in May.");
    expect(r.byName("Damek Orrin")?.kind).toBe("person");
  });
});

describe("firms named by a finance head word, or by their shares", () => {
  it("'X Capital', 'X Partners' are firms, not places", () => {
    const r = run("Markets\n\nAnalysts at Harbor Point Capital said rates would stay higher.");
    expect(r.byName("Harbor Point Capital")?.kind).toBe("organization");
  });
  it("a one-word name the tagger read as an unknown place is the firm whose shares moved", () => {
    const r = run("Markets\n\nShares of Quorvel slumped 5 percent after the carmaker cut its prices.");
    expect(r.byName("Quorvel")?.kind).toBe("organization");
  });
});

describe("a place in capitals opening a paragraph before a dash", () => {
  it("is the dateline's place, whatever the tagger reads", () => {
    const r = run("Markets\n\nNEW YORK — U.S. stocks fell sharply on Thursday as yields rose.");
    expect(r.byName("New York")?.kind).toBe("place");
  });
});

describe("an airline named '… Air'", () => {
  it("is an organisation, not a place", () => {
    const r = run("Fares\n\nShares rose 2 percent. Skyjet and Brindle Air, its low-cost rivals, also gained.");
    expect(r.byName("Brindle Air")?.kind).toBe("organization");
  });
});

describe("a name with shareholders or investors of its own", () => {
  it("is a firm wherever the tagger read it as a place", () => {
    const r = run("Norvika shareholders approve pay package\n\nNorvika shareholders on Thursday approved a pay package for its chief executive. A pension fund, one of Norvika's largest investors, voted against the plan. The package requires Norvika to double its market value.");
    expect(new Set(r.mentions.filter((m) => m.text === "Norvika").map((m) => r.actors.find((a) => a.id === m.actor)?.kind))).toEqual(new Set(["organization"]));
  });
});

describe("a name with strikers or goalkeepers of its own", () => {
  it("is a club wherever the tagger read it as a place", () => {
    const r = run(
      "Ode brace sends Valdora into cup semi-finals\n\nValdora striker Mateo Ode scored twice as his side beat Castelmar 3-1 on Wednesday. Castelmar pulled one back, but Valdora's substitute Iker Benet sealed the win. \"The boys showed character,\" Valdora coach Sergio Lanza said.",
    );
    expect(new Set(r.mentions.filter((m) => m.text === "Valdora").map((m) => r.actors.find((a) => a.id === m.actor)?.kind))).toEqual(new Set(["organization"]));
  });
});

describe("a name before an apposition naming a firm's kind", () => {
  it("is the firm, with a hyphenated place among the kind's words", () => {
    const r = run("Orvana Space, the Tarvia-based satellite maker, launched its second weather satellite on Thursday, the company said.");
    expect(r.byName("Orvana Space")?.kind).toBe("organization");
  });
});

describe("a name after a firm's unit or subsidiary noun", () => {
  it("is an organisation", () => {
    const r = run("Tarvo Energy agreed to buy a stake in the chemicals group's plastics unit Norvalis for 4.7 billion euros.");
    expect(r.actorOf("Norvalis")?.kind).toBe("organization");
  });
});

describe("a firm named by its trade's plural head", () => {
  it.each(["Tarvo Robotics", "Velda Pharmaceuticals", "Orvel Aerospace", "Kestan Laboratories"])("%s is an organisation", (name) => {
    expect(run(`${name} said on Monday it would cut 200 jobs.`).byName(name)?.kind).toBe("organization");
  });
});

describe("a word that wins or loses by one score, or has a manager", () => {
  it("is a team where the tagger saw no name", () => {
    const r = run("Forest beat Tarvo United 2-1 on Sunday to go top. A header put Forest ahead.");
    expect(r.actorOf("Forest")?.kind).toBe("organization");
  });
  it("is a team where the tagger saw a place it does not know", () => {
    const r = run("Citadel beat Tarvo United 2-1 on Sunday to go top. A header put Citadel ahead, and \"it was huge,\" said Citadel manager Sergio Lanza.");
    expect(r.actorOf("Citadel")?.kind).toBe("organization");
  });
  it("not a player named in full who wins by sets", () => {
    const r = run("Mara Velde beat Ana Lima 6-3 7-6 on Thursday. Velde beat Lima 6-4 6-2 in their last meeting.");
    expect(r.actorOf("Velde")?.kind).toBe("person");
  });
  it("not a rider named in full in a sprint's results", () => {
    const r = run("Mara Velde (Norland) beat Ana Lima (Tarvia) 2-0.\n\nFinal:\n\nVelde beat Lima 2-0");
    expect(r.actorOf("Velde")?.kind).toBe("person");
  });
});

describe("a two-word 'person' the article uses as only a firm is used", () => {
  it("is that firm, by an officer named after it or by what owns it", () => {
    const r = run("Sky Tessen and Jet Orvany agree codeshare deal\n\nSky Tessen and Jet Orvany said on Thursday they would share flights on 40 routes. Sky Tessen chief commercial officer Lena Brask said passengers could book one ticket. Jet Orvany, part-owned by the state, flies to 60 destinations.");
    expect(r.actorOf("Sky Tessen")?.kind).toBe("organization");
    expect(r.actorOf("Jet Orvany")?.kind).toBe("organization");
  });
});

describe("a name after a service, a platform or a broker as its kind", () => {
  it("is an organisation", () => {
    expect(run("Streaming service Vistel has bought the rights to the opening film.").actorOf("Vistel")?.kind).toBe("organization");
  });
});

describe("an 'other' name of two words the article uses as only a firm is used", () => {
  it("is that firm, by its former chief executive after a possessive", () => {
    const r = run("The judge said Halder had accepted 2.4 million euros from Strand Tvell between 2016 and 2019. Strand Tvell's former chief executive, Eirik Dahn, was given four years.");
    expect(r.actorOf("Strand Tvell")?.kind).toBe("organization");
  });

  it("is that firm, by its president named after it", () => {
    const r = run("Chipmaker to build plant\n\nTaiyo Norvel said on Monday it would build a $10 billion chip plant. The plant will employ 2,000 people, Taiyo Norvel president Hiro Kanda said.");
    expect(r.actorOf("Taiyo Norvel")?.kind).toBe("organization");
  });
});

describe("a firm named by its partners and a legal form, by its founders, or by a kind of several words after it", () => {
  it("is an organisation", () => {
    const llp = run("A lawyer for Raman, Beth Alcorn of Alcorn & Pryce LLP, called the claims meritless.");
    expect(llp.actorOf("Alcorn & Pryce LLP")?.kind).toBe("organization");
    const founders = run("Three former investors sued the founders of Bloomvy, a Varnholm flower-delivery startup, on Monday. Bloomvy raised $180 million before collapsing last year.");
    expect(founders.mentions.filter((m) => m.text === "Bloomvy").map((m) => founders.actors.find((a) => a.id === m.actor)?.kind)).toEqual(["organization", "organization"]);
  });
});

describe("a partnership's name opening a sentence", () => {
  it("keeps the word before the ampersand, and two single words joined by it are one firm", () => {
    const r = run("Parks & Harrow said on Thursday its food sales rose 6 percent.");
    expect(r.actors.map((a) => `${a.name}/${a.kind}`)).toEqual(["Parks & Harrow/organization"]);
  });
});
