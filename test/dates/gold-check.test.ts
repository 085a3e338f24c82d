import { describe, expect, it } from "vitest";
import { goldContradiction } from "../../bench/dates-gold.js";

// The bench's check of gold values against their own words, on expressions written here.
describe("a gold value that contradicts its own text", () => {
  it.each([
    ["Thursday", "2015-06-10", "weekday"], // 10 June 2015 was a Wednesday
    ["March 3, 2004", "2004-05-03", "month"],
    ["the 1974 election", "1984", "year"],
    ["1961", "1961-04-12", "grain"],
  ])("%s = %s is flagged (%s)", (text, value, why) => expect(goldContradiction(text, value)).toBe(why));

  it.each([
    ["Thursday", "2015-06-11"],
    ["the day before last Thursday", "2015-06-10"], // counted from the weekday, not the weekday
    ["March 3, 2004", "2004-03-03"],
    ["fiscal 1988", "1989"], // a fiscal year may be named by the year it ends
    ["Marchers gathered", "2004-05"], // no month named
    ["1961", "1961"],
  ])("%s = %s is not", (text, value) => expect(goldContradiction(text, value)).toBeNull());
});
