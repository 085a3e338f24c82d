import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const roleOf = (text: string, name: string) => run(`Cabinet changes\n\n${text}`).actorOf(name)?.role ?? null;

describe("an office stated by the clause after the name", () => {
  it("a copula, an inserted relative clause or a verb of appointment gives the role", () => {
    expect(roleOf("Tomas Ferrevik is the interior minister. He spoke on Monday.", "Tomas Ferrevik")).toBe("Interior Minister");
    expect(roleOf("Tomas Ferrevik, who is the interior minister, said the border would close.", "Tomas Ferrevik")).toBe("Interior Minister");
    expect(roleOf("Lena Orskvall was named chief executive of Dorvane Mining in March.", "Lena Orskvall")).toBe("Chief Executive of Dorvane Mining");
    expect(roleOf("Lena Orskvall was appointed as ambassador to Peru.", "Lena Orskvall")).toBe("Ambassador to Peru");
  });

  it("leaving the office names it too", () => {
    expect(roleOf("Dara Quellmore resigned as transport minister on Tuesday after the crash.", "Dara Quellmore")).toBe("Transport Minister");
  });

  it("gives none for a former office, another verb's complement or no office", () => {
    expect(roleOf("Dara Quellmore is a former minister.", "Dara Quellmore")).toBeNull();
    expect(roleOf("Dara Quellmore is expected to become minister.", "Dara Quellmore")).toBeNull();
    expect(roleOf("Dara Quellmore is the wife of the minister.", "Dara Quellmore")).toBeNull();
    expect(roleOf("Dara Quellmore said the minister was wrong.", "Dara Quellmore")).toBeNull();
  });
});
