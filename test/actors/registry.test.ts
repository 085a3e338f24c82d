import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRegistry } from "../../loaders/actors/registry.js";
import { run } from "./helpers.js";
import { scratchDir } from "../scratch.js";

const HEADER = "id,name,kind,aliases,country,role,distinct_from,note";
function registry(rows: string[]): string {
  const dir = scratchDir("actors-registry-");
  const path = join(dir, "actors.csv");
  writeFileSync(path, [HEADER, ...rows].join("\n") + "\n");
  return path;
}

describe("registry", () => {
  it("applies a reporter's canonical spelling, aliases, role and country", () => {
    const path = registry(["navalny,Alexei Navalny,person,Navalny|Aleksei Navalnyi,RUS,opposition politician,,"]);
    const r = run(["Aleksei Navalnyi was detained. Navalnyi's lawyers objected."], path);
    expect(r.actorOf("Aleksei Navalnyi")).toMatchObject({ id: "navalny", name: "Alexei Navalny", country: "RUS", role: "opposition politician" });
    expect(r.actorOf("Navalnyi")?.id).toBe("navalny");
    expect(r.problems).toEqual([]);
  });

  it("keeps apart two people the registry says are different", () => {
    const text = "Coach Jan Kowalski praised Jan Kowalsky, the new striker.";
    expect(run(text).actors.filter((a) => a.kind === "person")).toHaveLength(1);
    const path = registry([
      "jan-kowalski,Jan Kowalski,person,,POL,football coach,jan-kowalsky,",
      "jan-kowalsky,Jan Kowalsky,person,,POL,footballer,,",
    ]);
    const r = run(text, path);
    expect(r.actorOf("Jan Kowalski")?.id).toBe("jan-kowalski");
    expect(r.actorOf("Jan Kowalsky")?.id).toBe("jan-kowalsky");
  });

  it("keeps apart a registry person and a new spelling it is distinct from", () => {
    const path = registry(["anna-ivanova,Anna Ivanova,person,,RUS,,anna-ivanovna,"]);
    const r = run("Anna Ivanova and Anna Ivanovna spoke.", path);
    expect(r.actorOf("Anna Ivanovna")?.id).not.toBe("anna-ivanova");
  });

  it("reports bad rows one line each, naming the line, and uses the good ones", () => {
    const path = registry([
      "a,Alpha Corp,organization,Alpha,,,,",
      "b,Beta Group,spaceship,,,,,",
      "c,Gamma,organization,Alpha,,,,",
      "d,Delta,person,,ZZZ,,,",
      "broken,row",
      "e,Epsilon Party,organization,,,,,",
    ]);
    const r = run("Alpha Corp and Epsilon Party signed.", path);
    const lines = r.problems.map((p) => p.message);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^line 3: unknown kind "spaceship"/);
    expect(lines[1]).toMatch(/^line 4: alias "Alpha" is already claimed by "a"/);
    expect(lines[2]).toMatch(/^line 5: country "ZZZ"/);
    expect(lines[3]).toMatch(/^line 6: expected 8 columns, found 2/);
    for (const l of lines) expect(l).not.toContain("\n");
    expect(r.actorOf("Alpha Corp")?.id).toBe("a");
    expect(r.actorOf("Epsilon Party")?.id).toBe("e");
  });

  it("survives a broken quote and an unreadable file", () => {
    const bad = parseRegistry(`${HEADER}\n"x,Broken,person,,,,,\nok,Okay Name,person,,,,,\n`);
    expect(bad.actors.map((a) => a.id)).toEqual(["ok"]);
    expect(bad.problems[0]?.message).toMatch(/^line 2:/);
    const r = run("Nothing here.", "/nonexistent/actors.csv");
    expect(r.problems).toHaveLength(1);
    expect(r.actors).toEqual([]);
  });

  it("reads the shipped data/actors.csv without a problem", () => {
    const r = run("President Zelenskyy met Mr Rutte.", "data/actors.csv");
    expect(r.problems).toEqual([]);
    expect(r.actorOf("Zelenskyy")?.id).toBe("volodymyr-zelensky");
    expect(r.actorOf("Rutte")?.id).toBe("mark-rutte");
  });
});
