import { describe, expect, it } from "vitest";
import { extractDates } from "../../loaders/dates/index.js";
import { doc } from "../figures/helpers.js";

// Sentences written for these tests. Published Friday 22 March 2013 unless said otherwise.
const dates = (text: string, published: string | null = "2013-03-22") =>
  extractDates(doc(text, published)).map((d) => [d.text, d.value]);

describe("relative expressions follow the text's own anchor", () => {
  it.each([
    ["The ship sailed on 3 May 2008. Two days later, it sank.", [["on 3 May 2008", "2008-05-03"], ["Two days later", "2008-05-05"]]],
    ["The ship sailed on 3 May 2008. A week later it sank.", [["on 3 May 2008", "2008-05-03"], ["A week later", "2008-05-10"]]],
    ["The ship sailed on 3 May 2008 and sank the next day.", [["on 3 May 2008", "2008-05-03"], ["the next day", "2008-05-04"]]],
    ["The crew was hired on 3 May 2008, the day before.", [["on 3 May 2008", "2008-05-03"], ["the day before", "2008-05-02"]]],
    ["The mine opened in 1957. It closed later that year.", [["1957", "1957"], ["later that year", "1957"]]],
    ["The mine opened in 1957. The following year it closed.", [["1957", "1957"], ["The following year", "1958"]]],
    ["The mine opened in March 1957. The following month it flooded.", [["March 1957", "1957-03"], ["The following month", "1957-04"]]],
    ["The mine opened in March 1957 and flooded that month.", [["March 1957", "1957-03"], ["that month", "1957-03"]]],
    ["The mine opened in 1957. Three years later it closed.", [["1957", "1957"], ["Three years later", "1960"]]],
  ])("%s", (text, rows) => expect(dates(text)).toEqual(rows));

  it("anchors chain: each counts from the one before", () => {
    expect(dates("The siege began on 1 June 2010. Two days later the walls fell. The next day the city surrendered.")).toEqual([
      ["on 1 June 2010", "2010-06-01"],
      ["Two days later", "2010-06-03"],
      ["The next day", "2010-06-04"],
    ]);
  });

  it("without an anchor, a count is from publication and a pointer is not dated", () => {
    // a past clause is not counted forward of publication: it happened before the article
    expect(dates("Two days later, the rebels withdrew.")).toEqual([]);
    expect(dates("Two days later, the rebels will withdraw.")).toEqual([["Two days later", "2013-03-24"]]);
    expect(dates("Two days earlier, the rebels had withdrawn.")).toEqual([["Two days earlier", "2013-03-20"]]);
    expect(dates("Later that year, the rebels withdrew.")).toEqual([]);
  });

  it("an anchor reaches into the paragraph before, not further", () => {
    expect(dates("The mine opened in 1957.\n\nLater that year, it was sold.")).toEqual([["1957", "1957"], ["Later that year", "1957"]]);
    expect(dates("The mine opened in 1957.\n\nIt was sold.\n\nLater that year, it closed.")).toEqual([["1957", "1957"]]);
  });

  it("a day counted from an event the text does not date gets no row", () => {
    expect(dates("The ship sailed on 3 May 2008. Men came to the house the day after his death.")).toEqual([["on 3 May 2008", "2008-05-03"]]);
  });

  it("a count finer than its anchor is not guessed", () => {
    expect(dates("The mine opened in 1957. Two days later it flooded.")).toEqual([["1957", "1957"]]);
  });
});
