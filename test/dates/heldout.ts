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

/**
 * A third held-out batch, written before this round read the rules it scores:
 * present-day news of every genre, publication dates spread over the year (many
 * in December and January, where the year flips), plans in all their forms,
 * reported speech, relative clauses, headlines, quarters and fiscal years, spans,
 * ordinals, counted offsets, and words that look like dates but are not.
 */
export const HELD_OUT_3: HeldOut[] = [
  // late December: the coming days lie in the next year
  { text: "The appeals court will hear the case on Thursday.", published: "2024-12-30", expr: "Thursday", value: "2025-01-02" },
  { text: "The new tariff schedule takes effect on January 1.", published: "2024-12-30", expr: "January 1", value: "2025-01-01" },
  { text: "The striker scored twice on Saturday as the club climbed to third.", published: "2024-12-30", expr: "Saturday", value: "2024-12-28" },
  { text: "The finance ministry said on Friday that bond sales would resume in mid-January.", published: "2024-12-30", expr: "Friday", value: "2024-12-27" },
  { text: "The finance ministry said on Friday that bond sales would resume in mid-January.", published: "2024-12-30", expr: "mid-January", value: "2025-01" },
  { text: "Retail sales rose in November, the statistics office said.", published: "2024-12-30", expr: "November", value: "2024-11" },
  { text: "The central bank is due to announce its next rate decision in early February.", published: "2024-12-30", expr: "early February", value: "2025-02" },
  { text: "Turnout in last month's runoff was the lowest since 1998.", published: "2024-12-30", expr: "last month", value: "2024-11" },
  { text: "The airline hopes to restore its full schedule by March.", published: "2024-12-30", expr: "March", value: "2025-03" },
  { text: "Shops will close early on New Year's Eve.", published: "2024-12-30", expr: "New Year's Eve", value: "2024-12-31" },
  { text: "Rail fares rise by 4.6 percent from January 2.", published: "2024-12-30", expr: "January 2", value: "2025-01-02" },
  // early January: the months just gone lie in the previous year
  { text: "Heavy snow closed schools across the north on Friday.", published: "2025-01-06", expr: "Friday", value: "2025-01-03" },
  { text: "The prime minister resigned on Monday.", published: "2025-01-06", expr: "Monday", value: "2025-01-06" },
  { text: "The league's winter break ends on the 18th.", published: "2025-01-06", expr: "the 18th", value: "2025-01-18" },
  { text: "The company's board approved the merger in December.", published: "2025-01-06", expr: "December", value: "2024-12" },
  { text: "Election officials expect final results later this month.", published: "2025-01-06", expr: "later this month", value: "2025-01" },
  { text: "Exports grew 4 percent in the fourth quarter.", published: "2025-01-06", expr: "the fourth quarter", value: "2024" },
  { text: "The port authority plans to reopen the terminal early next year.", published: "2025-01-06", expr: "early next year", value: "2026" },
  { text: "Prime Minister Haldor Venn will visit Oslo on Wednesday for talks on fishing quotas.", published: "2025-01-06", expr: "Wednesday", value: "2025-01-08" },
  { text: "The retailer posted a loss for the fiscal year that ended in September.", published: "2025-01-06", expr: "September", value: "2024-09" },
  // mid-December
  { text: "The summit is set for the first week of March.", published: "2025-12-18", expr: "the first week of March", value: "2026-03" },
  { text: "Parliament adjourned on Tuesday for the holiday recess.", published: "2025-12-18", expr: "Tuesday", value: "2025-12-16" },
  { text: "The ministry said the new visa rules would apply from January 5.", published: "2025-12-18", expr: "January 5", value: "2026-01-05" },
  { text: "Shoppers spent a record amount on Black Friday, the trade group said.", published: "2025-12-18", expr: "Black Friday", value: "2025-11-28" },
  { text: "The coach said the team would travel to Rimsby on Saturday for the derby.", published: "2025-12-18", expr: "Saturday", value: "2025-12-20" },
  { text: "The city's new tram line opens on the 22nd.", published: "2025-12-18", expr: "the 22nd", value: "2025-12-22" },
  { text: "Inflation slowed in the third quarter, official data showed.", published: "2025-12-18", expr: "the third quarter", value: "2025" },
  { text: "The festival will run from May to July.", published: "2025-12-18", expr: "May", value: "2026-05" },
  { text: "The festival will run from May to July.", published: "2025-12-18", expr: "July", value: "2026-07" },
  { text: "The regulator fined the bank in January.", published: "2025-12-18", expr: "January", value: "2025-01" },
  { text: "Construction of the stadium should begin in January.", published: "2025-12-18", expr: "January", value: "2026-01" },
  { text: "Temperatures are expected to drop sharply on Sunday.", published: "2025-12-18", expr: "Sunday", value: "2025-12-21" },
  { text: "The court adjourned the case to 9 January.", published: "2025-12-18", expr: "9 January", value: "2026-01-09" },
  // the first days of a new year
  { text: "Fireworks injured dozens on New Year's Eve, hospitals said.", published: "2026-01-02", expr: "New Year's Eve", value: "2025-12-31" },
  { text: "The bank will publish its annual results on Feb. 12.", published: "2026-01-02", expr: "Feb. 12", value: "2026-02-12" },
  { text: "Sales in December rose 3 percent.", published: "2026-01-02", expr: "December", value: "2025-12" },
  { text: "The minister said on Tuesday that the pipeline would be finished within months.", published: "2026-01-02", expr: "Tuesday", value: "2025-12-30" },
  { text: "Last year's harvest was the worst in a decade.", published: "2026-01-02", expr: "Last year", value: "2025" },
  { text: "Ticket sales for the final open on Monday.", published: "2026-01-02", expr: "Monday", value: "2026-01-05" },
  { text: "The council voted on December 29 to raise parking fees.", published: "2026-01-02", expr: "December 29", value: "2025-12-29" },
  { text: "The election commission hopes to certify the results by mid-January.", published: "2026-01-02", expr: "mid-January", value: "2026-01" },
  { text: "The two foreign ministers last met in October.", published: "2026-01-02", expr: "October", value: "2025-10" },
  { text: "The opposition plans to hold rallies across the country from February 1.", published: "2026-01-02", expr: "February 1", value: "2026-02-01" },
  { text: "Aid convoys have been blocked since Dec. 20.", published: "2026-01-02", expr: "Dec. 20", value: "2025-12-20" },
  // March: the month's name as a verb and a modal
  { text: "Thousands March Against Pension Cuts", published: "2023-03-15", expr: "March", value: null },
  { text: "The court ruled that the ban may stay in place.", published: "2023-03-15", expr: "may", value: null },
  { text: "Protesters plan to march on the ministry on Saturday.", published: "2023-03-15", expr: "march", value: null },
  { text: "Protesters plan to march on the ministry on Saturday.", published: "2023-03-15", expr: "Saturday", value: "2023-03-18" },
  { text: "The company reported a first-quarter loss a year ago.", published: "2023-03-15", expr: "a year ago", value: "2022" },
  { text: "Friday's earthquake killed at least 40 people.", published: "2023-03-15", expr: "Friday", value: "2023-03-10" },
  { text: "Negotiators will meet again two weeks from now.", published: "2023-03-15", expr: "two weeks from now", value: "2023-03" },
  { text: "The Good Friday Agreement ended decades of violence.", published: "2023-03-15", expr: "Good Friday", value: null },
  { text: "The bank collapsed last Friday.", published: "2023-03-15", expr: "last Friday", value: "2023-03-10" },
  { text: "Markets fell sharply on March 9.", published: "2023-03-15", expr: "March 9", value: "2023-03-09" },
  { text: "The regulator will rule on the takeover by April 30.", published: "2023-03-15", expr: "April 30", value: "2023-04-30" },
  { text: "Dr. April Mensah chairs the inquiry panel.", published: "2023-03-15", expr: "April", value: null },
  { text: "The Sunday Courier first reported the leak.", published: "2023-03-15", expr: "Sunday", value: null },
  // midsummer
  { text: "The Olympic torch arrives in the capital on July 14.", published: "2024-07-10", expr: "July 14", value: "2024-07-14" },
  { text: "Wildfires have burned 20,000 hectares since June.", published: "2024-07-10", expr: "June", value: "2024-06" },
  { text: "The firm plans to list its shares in the autumn.", published: "2024-07-10", expr: "the autumn", value: "2024" },
  { text: "A runoff, if needed, would be held on July 21.", published: "2024-07-10", expr: "July 21", value: "2024-07-21" },
  { text: "The semi-final kicks off on Sunday at 8 p.m.", published: "2024-07-10", expr: "Sunday", value: "2024-07-14" },
  { text: "The doctor who treated the patient in April has since retired.", published: "2024-07-10", expr: "April", value: "2024-04" },
  { text: "Unemployment fell to 5.1 percent in June from 5.4 percent in May.", published: "2024-07-10", expr: "June", value: "2024-06" },
  { text: "Unemployment fell to 5.1 percent in June from 5.4 percent in May.", published: "2024-07-10", expr: "May", value: "2024-05" },
  { text: "The drug maker expects approval in the second half of the year.", published: "2024-07-10", expr: "the second half of the year", value: "2024" },
  { text: "The health ministry reported 312 new cases on Tuesday.", published: "2024-07-10", expr: "Tuesday", value: "2024-07-09" },
  // autumn
  { text: "The ceasefire talks resume next Tuesday.", published: "2025-09-26", expr: "next Tuesday", value: "2025-09-30" },
  { text: "The opposition leader said on Wednesday that she would stand in the March election.", published: "2025-09-26", expr: "Wednesday", value: "2025-09-24" },
  { text: "The opposition leader said on Wednesday that she would stand in the March election.", published: "2025-09-26", expr: "March", value: "2026-03" },
  { text: "The government's fiscal 2026 budget includes a rise in defence spending.", published: "2025-09-26", expr: "2026", value: "2026" },
  { text: "The storm made landfall on Sept. 22.", published: "2025-09-26", expr: "Sept. 22", value: "2025-09-22" },
  { text: "Vintners began harvesting grapes this month.", published: "2025-09-26", expr: "this month", value: "2025-09" },
  { text: "Tourism revenue in the first half was 8 percent above a year earlier.", published: "2025-09-26", expr: "a year earlier", value: "2024" },
  { text: "The museum, which reopens in November, was closed for renovation.", published: "2025-09-26", expr: "November", value: "2025-11" },
  { text: "The gallery, which closed in November, will reopen in spring.", published: "2025-09-26", expr: "November", value: "2024-11" },
  { text: "The gallery, which closed in November, will reopen in spring.", published: "2025-09-26", expr: "spring", value: "2026" },
  { text: "The central bank raised rates twice in the third quarter.", published: "2025-09-26", expr: "the third quarter", value: "2025" },
  // November
  { text: "The jury began deliberating on Thursday.", published: "2023-11-20", expr: "Thursday", value: "2023-11-16" },
  { text: "Voters go to the polls on Sunday.", published: "2023-11-20", expr: "Sunday", value: "2023-11-26" },
  { text: "The mine is due to close in January.", published: "2023-11-20", expr: "January", value: "2024-01" },
  { text: "The treaty was signed in January.", published: "2023-11-20", expr: "January", value: "2023-01" },
  { text: "Snow is forecast for Wednesday night across the highlands.", published: "2023-11-20", expr: "Wednesday", value: "2023-11-22" },
  { text: "The opening match of the tournament will be played on 14 June.", published: "2023-11-20", expr: "14 June", value: "2024-06-14" },
  { text: "Retailers hope for strong sales this Christmas.", published: "2023-11-20", expr: "Christmas", value: "2023-12-25" },
  { text: "The wage deal, agreed in September, runs until the end of 2024.", published: "2023-11-20", expr: "September", value: "2023-09" },
  { text: "The wage deal, agreed in September, runs until the end of 2024.", published: "2023-11-20", expr: "2024", value: "2024" },
  // early December
  { text: "Home prices rose for the third consecutive month in November.", published: "2024-12-04", expr: "November", value: "2024-11" },
  { text: "The merger is expected to close in the first quarter of 2025.", published: "2024-12-04", expr: "the first quarter of 2025", value: "2025" },
  { text: "The president will travel to Nairobi on Dec. 11.", published: "2024-12-04", expr: "Dec. 11", value: "2024-12-11" },
  { text: "The shipping line said it would resume sailings through the strait in January.", published: "2024-12-04", expr: "January", value: "2025-01" },
  { text: "Tickets went on sale on the 1st.", published: "2024-12-04", expr: "the 1st", value: "2024-12-01" },
  { text: "Two weeks ago, the court froze the company's assets.", published: "2024-12-04", expr: "Two weeks ago", value: "2024-11" },
  { text: "A year from now, the plant will employ 900 people.", published: "2024-12-04", expr: "A year from now", value: "2025" },
  { text: "The budget for fiscal 2025 was approved in March.", published: "2024-12-04", expr: "March", value: "2024-03" },
  { text: "The company said sales in its fiscal year ending in June would beat forecasts.", published: "2024-12-04", expr: "June", value: "2025-06" },
  // mid-January
  { text: "The school term began on Monday.", published: "2025-01-14", expr: "Monday", value: "2025-01-13" },
  { text: "Grain prices hit a record in December.", published: "2025-01-14", expr: "December", value: "2024-12" },
  { text: "The party will choose its new leader on January 28.", published: "2025-01-14", expr: "January 28", value: "2025-01-28" },
  { text: "The club confirmed on Sunday that its manager had resigned.", published: "2025-01-14", expr: "Sunday", value: "2025-01-12" },
  { text: "Officials warned that the reservoir could run dry by August.", published: "2025-01-14", expr: "August", value: "2025-08" },
  { text: "The trial, which opened in October, is expected to last until March.", published: "2025-01-14", expr: "October", value: "2024-10" },
  { text: "The trial, which opened in October, is expected to last until March.", published: "2025-01-14", expr: "March", value: "2025-03" },
  { text: "The bypass was completed in December, months behind schedule.", published: "2025-01-14", expr: "December", value: "2024-12" },
  { text: "Flights will resume this Friday.", published: "2025-01-14", expr: "this Friday", value: "2025-01-17" },
  { text: "A heat record was set on 3 January.", published: "2025-01-14", expr: "3 January", value: "2025-01-03" },
  { text: "Stocks Slide as Investors Await Thursday's Jobs Data", published: "2025-01-14", expr: "Thursday", value: "2025-01-16" },
  { text: "Voters rejected the measure in a referendum last spring.", published: "2025-01-14", expr: "last spring", value: "2024" },
];
