// A small held-out dev set: sentences written for Dossier, never used to tune the
// rules. bench/dates.ts scores it; docs/dates.md reports the number. Each item:
// the text, its publication date, the expression and the value a careful reader
// gives it (null: the text gives no date).

export interface HeldOut {
  text: string;
  published: string;
  expr: string;
  value: string | null;
}

export const HELD_OUT: HeldOut[] = [
  { text: "The regional council will vote on the budget on Thursday.", published: "2021-06-14", expr: "Thursday", value: "2021-06-17" },
  { text: "Flooding forced thousands from their homes on Sunday.", published: "2021-06-14", expr: "Sunday", value: "2021-06-13" },
  { text: "The new bridge is scheduled to open in September.", published: "2021-06-14", expr: "September", value: "2021-09" },
  { text: "Inflation peaked in October, the central bank said.", published: "2021-06-14", expr: "October", value: "2020-10" },
  { text: "Parliament is expected to ratify the accord by December.", published: "2021-06-14", expr: "December", value: "2021-12" },
  { text: "The strike that began in February has cost the port millions.", published: "2021-06-14", expr: "February", value: "2021-02" },
  { text: "Ballots must be returned by July 2.", published: "2021-06-14", expr: "July 2", value: "2021-07-02" },
  { text: "The company filed for bankruptcy on Nov. 8.", published: "2021-06-14", expr: "Nov. 8", value: "2020-11-08" },
  { text: "Her 2016 memoir sold poorly at first.", published: "2021-06-14", expr: "2016", value: "2016" },
  { text: "Construction of the dam, planned for 2023-2026, has been delayed.", published: "2021-06-14", expr: "2026", value: "2026" },
  { text: "The drought of 1976-77 emptied the reservoirs.", published: "2021-06-14", expr: "77", value: "1977" },
  { text: "Exports to Asia rose 12 percent from a year earlier.", published: "2021-06-14", expr: "a year earlier", value: "2020" },
  { text: "The retailer expects a loss for the current fiscal year.", published: "2021-06-14", expr: "the current fiscal year", value: "2021" },
  { text: "Harvests failed last autumn across the south.", published: "2021-06-14", expr: "last autumn", value: "2020" },
  { text: "The ministry will publish the figures next spring.", published: "2021-06-14", expr: "next spring", value: "2022" },
  { text: "The ferry capsized on 9 April 1994. Three days later, divers found the hull.", published: "2021-06-14", expr: "Three days later", value: "1994-04-12" },
  { text: "The institute was founded in 1931. The following year it moved to Geneva.", published: "2021-06-14", expr: "The following year", value: "1932" },
  { text: "The mayor resigned last March.", published: "2021-06-14", expr: "March", value: "2021-03" },
  { text: "The trial resumes next Monday.", published: "2021-06-14", expr: "Monday", value: "2021-06-21" },
  { text: "Rates will stay low for now.", published: "2021-06-14", expr: "now", value: null },
  { text: "Rebel attacks have increased recently.", published: "2021-06-14", expr: "recently", value: null },
  { text: "The airline's 2019 merger with a rival collapsed.", published: "2021-06-14", expr: "2019", value: "2019" },
  { text: "Volunteers arrived on the island on the morning of June 3.", published: "2021-06-14", expr: "June 3", value: "2021-06-03" },
  { text: "The summit, held in Lisbon on 12 March 2019, ended without a deal.", published: "2021-06-14", expr: "12 March 2019", value: "2019-03-12" },
  { text: "Officials said the border would reopen on Aug. 1.", published: "2021-06-14", expr: "Aug. 1", value: "2021-08-01" },
  { text: "The vaccine campaign started in January and will end in November.", published: "2021-06-14", expr: "November", value: "2021-11" },
  { text: "The vaccine campaign started in January and will end in November.", published: "2021-06-14", expr: "January", value: "2021-01" },
  { text: "Profits in the second quarter fell sharply.", published: "2021-08-02", expr: "the second quarter", value: "2021" },
  { text: "The town was rebuilt between 1946 and 1952.", published: "2021-06-14", expr: "1946", value: "1946" },
  { text: "Talks broke down on Wednesday and are due to resume on Friday.", published: "2021-06-17", expr: "Friday", value: "2021-06-18" },
  { text: "Talks broke down on Wednesday and are due to resume on Friday.", published: "2021-06-17", expr: "Wednesday", value: "2021-06-16" },
  { text: "A referendum on the plan is set for the autumn of 2022.", published: "2021-06-14", expr: "2022", value: "2022" },
];

/**
 * A second held-out batch, written before any of the rules it scores were
 * tuned, aimed at the mechanisms those rules touch (perfects of
 * verbs the lexicon lacks, "set to", "until", "by", the past default of an open
 * clause, spoken years after a month). Scored apart so the first batch's number
 * stays comparable.
 */
export const HELD_OUT_2: HeldOut[] = [
  { text: "The cooperative has relocated its warehouse twice, most recently in March.", published: "2022-10-28", expr: "March", value: "2022-03" },
  { text: "The ferry service, set to restart Monday, was suspended after the storm.", published: "2022-10-28", expr: "Monday", value: "2022-10-31" },
  { text: "The refinery is slated to reopen Tuesday.", published: "2022-10-28", expr: "Tuesday", value: "2022-11-01" },
  { text: "The utility aims to repay the loan by February.", published: "2022-10-28", expr: "February", value: "2023-02" },
  { text: "The hearing was adjourned until Thursday.", published: "2022-10-28", expr: "Thursday", value: "2022-11-03" },
  { text: "Shares reached a record high on Aug. 9.", published: "2022-02-07", expr: "Aug. 9", value: "2021-08-09" },
  { text: "Police have been looking for the driver since shortly after the June 30 crash.", published: "2022-02-07", expr: "June 30", value: "2021-06-30" },
  { text: "The lighthouse was restored in May nineteen eighty-two.", published: "2022-10-28", expr: "May nineteen eighty-two", value: "1982-05" },
  { text: "The museum's director, appointed in January, quit on Wednesday.", published: "2022-10-28", expr: "Wednesday", value: "2022-10-26" },
  { text: "The museum's director, appointed in January, quit on Wednesday.", published: "2022-10-28", expr: "January", value: "2022-01" },
  { text: "A curfew will be in force until Sunday.", published: "2022-10-28", expr: "Sunday", value: "2022-10-30" },
  { text: "The council postponed the vote until Tuesday.", published: "2022-10-28", expr: "Tuesday", value: "2022-11-01" },
  { text: "Profits had tumbled in November, the filing showed.", published: "2022-10-28", expr: "November", value: "2021-11" },
  { text: "Negotiators are due to meet again in January.", published: "2022-10-28", expr: "January", value: "2023-01" },
];
