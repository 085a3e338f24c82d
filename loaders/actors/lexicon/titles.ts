// Titles that precede a person's name. Data, not rules: add a title here and the rules read
// "<Title> <Name>" as a person with that role and turn "<Demonym> <Title> <Name>" into a role
// ("Japanese Foreign Minister X" → "Foreign Minister of Japan").

/**
 * Offices the name tagger's title feature reads (ner/gazetteer.ts): the weights were trained with
 * exactly this list, so a title added here changes a trained model's input. Add new titles to
 * MORE_OFFICE_TITLES; move them here only with a retrain whose testa figures and golden file are reviewed.
 */
export const TAGGER_OFFICE_TITLES = [
  "President", "President-elect", "Vice President", "Vice-President", "Prime Minister", "Deputy Prime Minister",
  "Foreign Minister", "Defence Minister", "Defense Minister", "Interior Minister", "Finance Minister",
  "Economy Minister", "Justice Minister", "Health Minister", "Trade Minister", "Energy Minister", "Minister",
  "Deputy Foreign Minister", "Deputy Minister", "Chancellor", "Secretary General", "Secretary-General",
  "Secretary of State", "Defense Secretary", "Defence Secretary", "Foreign Secretary", "Home Secretary",
  "Secretary", "Chief of Staff", "Chief Cabinet Secretary", "Ambassador", "Envoy", "Special Envoy",
  "Spokesman", "Spokeswoman", "Spokesperson", "Press Secretary", "Premier", "Chairman", "Chairwoman",
  "Chair", "Speaker", "Governor", "Mayor", "Senator", "Sen.", "Congressman", "Congresswoman",
  "Representative", "Rep.", "General", "Gen.", "Lieutenant General", "Lt. Gen.", "Admiral", "Colonel",
  "Col.", "Lieutenant Colonel", "Lt. Col.", "Major General", "Maj. Gen.", "Brigadier General", "Brig. Gen.",
  "Brigadier", "Rabbi", "Imam", "Ayatollah", "Major", "Commander", "Commander-in-Chief", "King", "Queen", "Prince", "Princess",
  "Crown Prince", "Emperor", "Empress", "Pope", "Supreme Leader", "Sheikh", "Emir", "Sultan",
  "Chief Executive", "CEO", "Director", "Director General", "Director-General", "Head", "Leader",
  "Opposition Leader", "Patriarch", "Cardinal", "Archbishop", "Bishop", "Judge", "Justice",
  "Attorney General", "Prosecutor General", "Coach", "Manager", "Captain",
];

/** "Minister of Finance X", "Secretary of Labor X": an office named by its portfolio after the head noun. */
function portfolioOffices(): string[] {
  const ministries = ["Finance", "Defence", "Defense", "Foreign Affairs", "Home Affairs", "Interior", "Health", "Justice",
    "Economy", "Trade", "Energy", "Education", "Agriculture", "Labour", "Labor", "Transport", "Culture", "Industry",
    "Information", "Commerce", "Environment", "Tourism", "Fisheries", "Mines", "Planning", "Communications", "Security",
    "Economic Affairs", "Economy and Finance"];
  const departments = ["Defense", "Health", "Commerce", "Energy", "Homeland Security", "Agriculture", "Labor", "Education",
    "Transportation", "Housing", "Veterans Affairs"];
  return [
    ...ministries.flatMap((m) => [`Minister of ${m}`, `Minister for ${m}`, `Deputy Minister of ${m}`, `Coordinating Minister for ${m}`]),
    ...departments.map((d) => `Secretary of ${d}`),
  ];
}

/** Offices the rules read besides (see above). */
const MORE_OFFICE_TITLES = [
  "Chief Justice", "Lieutenant Governor", "Gov.", "Lt. Gov.", "District Attorney", "U.S. Attorney", "State Attorney",
  "Attorney", "Atty.", "Prosecutor", "Commissioner", "Police Commissioner", "Police Chief", "Fire Chief", "Fire Commissioner", "Trustee", "Sheriff", "Detective", "Det.",
  "Sergeant", "Sgt.", "Lieutenant", "Lt.", "Officer", "Inspector", "Superintendent", "Firefighter", "Councillor",
  "Councilor", "Councilman", "Councilwoman", "Alderman", "Assemblyman", "Assemblywoman", "Treasurer", "Comptroller",
  "Inspector General", "Solicitor General", "Surgeon General", "Undersecretary", "Under Secretary",
  "Assistant Secretary", "Deputy Secretary", "Treasury Secretary", "Commerce Secretary", "Energy Secretary",
  "Interior Secretary", "Education Secretary", "Health Secretary", "Labor Minister", "Labour Minister",
  "Agriculture Minister", "Education Minister", "Environment Minister", "Transport Minister", "Industry Minister",
  "Culture Minister", "Chief Financial Officer", "Chief Operating Officer", "Captain", "Capt.", "Corporal", "Cpl.",
  "Private", "Pvt.", "Adm.", "Supt.", "Insp.", "Cmdr.", "Under-Secretary-General", "Under Secretary-General",
  "Undersecretary-General", "Assistant Secretary-General", "Deputy Secretary-General", "Detective Sergeant",
  "Det. Sgt.", "Detective Inspector", "Det. Insp.", "Detective Superintendent", "Det. Supt.", "First Minister",
  "Deputy First Minister", "Chief Minister", "County Attorney", "County Executive", "County Commissioner",
  "County Judge", "County Clerk", "City Attorney", "City Manager", "City Councillor", "City Councilor",
  "Election Commissioner", "Chief Election Commissioner", "MP", "MEP", "MLA", "MSP", "U.S. Attorney General",
  "General Secretary", "Coordinating Minister", ...portfolioOffices(),
];

/**
 * Portfolios a minister or secretary holds, named before the office ("External Affairs Minister",
 * "Fisheries Secretary"): the words are part of the title, not an organisation holding it.
 */
export const PORTFOLIOS = [
  "Affairs", "External", "Home", "Internal", "Veterans", "Consumer", "Public", "Foreign", "Petroleum", "Oil", "Gas",
  "Mines", "Mining", "Fisheries", "Tourism", "Railways", "Rail", "Roads", "Infrastructure", "Housing", "Water",
  "Power", "Electricity", "Telecommunications", "Communications", "Information", "Broadcasting", "Planning",
  "Development", "Immigration", "Migration", "Welfare", "Security", "Digital", "Science", "Technology", "Sports",
  "Sport", "Youth", "Women", "Family", "Social", "Employment", "Work", "Pensions", "Climate", "Economic", "Budget",
  "Customs", "Revenue", "Aviation", "Shipping", "Maritime", "Forestry", "Forests", "Food", "Rural", "Urban", "Regional",
  "Local", "Government", "Cabinet", "Heritage", "Arts", "Religious", "Minority", "Disaster", "Emergency", "Veteran",
  "Defense", "Defence", "Interior", "Justice", "Election", "Electoral", "Business", "Enterprise", "Innovation", "Skills", "Health", "Trade", "Energy", "Economy", "Finance", "Labor", "Labour",
  "Agriculture", "Education", "Environment", "Transport", "Industry", "Culture", "Commerce", "Treasury",
];

/** Offices: they give the person a role. Longest match wins, so "Prime Minister" beats "Minister". */
export const OFFICE_TITLES = [...TAGGER_OFFICE_TITLES, ...MORE_OFFICE_TITLES];

/** Honorifics: they link a surname to a person but carry no role. */
export const HONORIFICS = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady", "Madame", "Mme", "Monsieur", "Herr", "Frau", "Señor", "Senor"];

/** Titles that read as a generic role with no organisation attached ("President" → "President of Japan"). */
/** Titles written short before a name, and the office they name ("Sen. X" is a Senator). */
const SHORT_TITLES: Record<string, string> = {
  "Sen.": "Senator", "Rep.": "Representative", "Gen.": "General", "Col.": "Colonel", "Lt. Gen.": "Lieutenant General",
  "Lt. Col.": "Lieutenant Colonel", "Maj. Gen.": "Major General", "Brig. Gen.": "Brigadier General",
  "Gov.": "Governor", "Lt. Gov.": "Lieutenant Governor", "Sgt.": "Sergeant", "Lt.": "Lieutenant", "Det.": "Detective",
  "Capt.": "Captain", "Cpl.": "Corporal", "Pvt.": "Private", "Adm.": "Admiral", "Supt.": "Superintendent",
  "Insp.": "Inspector", "Cmdr.": "Commander", "Det. Sgt.": "Detective Sergeant", "Det. Insp.": "Detective Inspector",
  "Det. Supt.": "Detective Superintendent", "Atty.": "Attorney",
  MP: "Member of Parliament", MEP: "Member of the European Parliament", MLA: "Member of the Legislative Assembly", MSP: "Member of the Scottish Parliament",
};

export function roleFor(title: string, affiliation: string | null): string {
  // Each word capitalised ("chief executive"), except the joining words of a title ("Secretary of State").
  const t = (SHORT_TITLES[title] ?? title).replace(/\.$/, "").replace(/-/g, " ").replace(/\b(?!(?:of|for|the|and)\b)\w/g, (c) => c.toUpperCase());
  const fixed = t === "Secretary General" ? "Secretary General" : t;
  return affiliation ? `${fixed} of ${withArticle(affiliation)}` : fixed;
}

/** "United States" → "the United States": names of unions, kingdoms, republics and plural names take "the". */
export function withArticle(name: string): string {
  return /^(United|Republic|Kingdom|Democratic|Central African|Czech Republic|Dominican Republic)|(Islands|lands|Emirates|States|Republic|Philippines|Bahamas|Maldives|Gambia|Vatican City)$/.test(name)
    ? `the ${name}`
    : name;
}
