// Organisation vocabulary: the head words that make a capitalised run an
// organisation, the armed-service words that attach to a country, and known
// bodies (international organisations, news agencies and outlets) that carry no
// such head word. Known bodies are data about the world, not about one article.

/** A capitalised run ending in one of these is an organisation ("Kyodo News", "Liberal Democratic Party"). */
export const ORG_SUFFIXES = new Set([
  "Ministry", "Forces", "Force", "Party", "News", "Times", "Agency", "Office", "Radio", "Television", "TV",
  "Embassy", "Consulate", "Council", "Committee", "Commission", "Parliament", "Assembly", "Congress",
  "Senate", "Court", "Bank", "Fund", "Union", "Alliance", "Organization", "Organisation", "Institute",
  "University", "Academy", "Association", "Federation", "Confederation", "League", "Club", "Group", "Corporation", "Corp",
  "Inc", "Ltd", "Company", "Co", "Guard", "Army", "Navy", "Police", "Service", "Services", "Directorate",
  "Department", "Administration", "Authority", "Government", "Cabinet", "Post", "Journal", "Herald",
  "Gazette", "Tribune", "Press", "Broadcasting", "Network", "Shimbun", "Telegraph", "Guardian", "Foundation",
  "Movement", "Front", "Brigade", "Battalion", "Regiment", "Command", "Staff", "Secretariat", "Board",
  "Bureau", "Centre", "Center", "Program", "Programme", "Initiative", "Airlines", "Airways", "Motors",
  "Holdings", "Industries", "Systems", "Technologies", "Energy", "Group", "United", "FC", "Rovers", "Exchange",
  "Capital", "Partners", "Advisors", "Advisers", "Ventures", "Air", "Observatory", "Society", "Forum", "Coalition",
  "Campaign", "Trust", "Caucus", "Consortium", "Robotics", "Pharmaceuticals", "Therapeutics", "Biotech", "Labs",
  "Laboratories", "Aerospace", "Software", "Logistics", "Chemicals", "Electronics",
  "Communications", "Entertainment", "Studios", "Elementary", "Watch", "Platforms", "School", "Church",
]);

/** The heads among ORG_SUFFIXES that end only a business's name (not a public body's, a team's or a party's). */
export const FIRM_HEADS = [
  "Bank", "Airlines", "Airways", "Motors", "Holdings", "Industries", "Energy", "Capital", "Partners", "Electronics", "Chemicals",
  "Systems", "Technologies", "Software", "Logistics", "Labs", "Studios", "Entertainment", "Communications", "Ventures",
];

/**
 * Lines of business that end a firm's name ("Velden Health", "Tarsk Mining") but also name a field
 * inside a longer body's name ("the Mining and Quarrying Commission"): a head only where the name ends.
 */
export const BUSINESS_FIELDS = new Set([
  "Health", "Healthcare", "Media", "Mining", "Shipping", "Insurance", "Securities", "Financial", "Investments", "Foods",
  "Resources", "Petroleum", "Steel", "Railways", "Telecom", "Pharma", "Semiconductor", "Semiconductors", "Construction",
  "Engineering", "Manufacturing", "Aviation", "Transport", "Copper", "Oil", "Gas", "Coal", "Motorsport", "Motorsports", "Mutual",
]);

/** Head words that take an "of …" or "for …" complement inside the name ("Ministry of Defence", "Armed Forces of Ukraine"). */
/** Heads of bodies that are no one's family name: a titled "person" holding one ("a Major League Tennis side") is a body's name. */
export const BODY_WORDS = new Set(["League", "Union", "Party", "Association", "Federation", "Confederation", "Committee", "Commission", "Ministry", "Agency", "Organization", "Organisation", "Institute", "University", "Corporation", "Company", "Department", "Authority", "Council"]);

export const OF_HEADS = new Set([
  "Ministry", "Minister", "Department", "Bank", "University", "Embassy", "Consulate", "Forces", "Republic",
  "Office", "Council", "Organization", "Organisation", "Union", "Federation", "Confederation", "Commission", "Committee",
  "Institute", "Academy", "Court", "Board", "Agency", "Association", "League", "Coalition", "Party",
  "Kingdom", "Emirates", "States", "Chamber", "House", "Bureau", "Secretary", "Service", "Navy", "Army", "Administration",
  "Guard", "Corps", "Church", "People's", "Trust", "Society", "Observatory", "Forum", "Campaign",
]);

/** Heads that take "in <Place>" inside the name ("Embassy in Tokyo"). */
export const IN_HEADS = new Set(["Embassy", "Consulate", "Mission", "Representation"]);

/** Armed services named after a country: demonym or country + service → one organisation per country. */
export const SERVICES: { words: string; name: (country: string, demonym: string) => string }[] = [
  { words: "armed forces", name: (c) => `Armed Forces of ${c}` },
  { words: "army", name: (c) => `Armed Forces of ${c}` },
  { words: "military", name: (c) => `Armed Forces of ${c}` },
  { words: "air force", name: (_c, d) => `${d} Air Force` },
  { words: "navy", name: (_c, d) => `${d} Navy` },
  { words: "coast guard", name: (_c, d) => `${d} Coast Guard` },
  { words: "national guard", name: (_c, d) => `${d} National Guard` },
];

/** Nouns after a demonym that make the country itself act ("South Korean officials said"). */
export const STATE_AGENTS = new Set([
  "officials", "official", "government", "authorities", "troops", "soldiers", "forces", "intelligence",
  "diplomats", "diplomacy", "leadership", "side", "negotiators", "mediators", "delegation", "state", "regime",
  "administration", "units", "sources", "regime", "establishment", "elite", "elites", "hawks", "envoy", "envoys",
  // A state's envoys stand for it ("expelled the Norlandic ambassador" acts against Norland).
  "ambassador", "ambassadors", "diplomat", "consul", "consuls", "consulate", "attache", "attaché",
  "ministers", "lawmakers", "politicians", "military", "army", "navy",
  // A state's unnamed organs act for it too (the gold guide: an unnamed state organ accepts its state).
  "police", "ministry", "foreign ministry", "defence ministry", "defense ministry", "interior ministry",
  "finance ministry", "justice ministry", "foreign office", "embassy", "cabinet", "parliament", "courts",
  "security forces", "riot police", "border guards", "spokesman", "spokeswoman", "spokesperson", "prosecutors",
  // A state's weapons act for it in war reporting ("Russian drones hit Kyiv", "shot down by Ukrainian air defences").
  "drones", "missiles", "rockets", "jets", "warplanes", "warships", "bombers", "artillery", "tanks", "air defences", "air defenses", "air defence", "air defense",
]);

export interface KnownBody {
  name: string;
  kind: "organization" | "group";
  country: string | null;
  aliases: string[];
  role: string;
}

/** International bodies, alliances and news organisations frequently cited in international news. */
export const KNOWN_BODIES: KnownBody[] = [
  { name: "NATO", kind: "organization", country: null, aliases: ["North Atlantic Treaty Organization", "Nato"], role: "military alliance" },
  { name: "European Union", kind: "organization", country: null, aliases: ["EU"], role: "political and economic union" },
  { name: "United Nations", kind: "organization", country: null, aliases: ["UN", "U.N."], role: "international organization" },
  { name: "UN Security Council", kind: "organization", country: null, aliases: ["United Nations Security Council", "Security Council"], role: "UN body" },
  { name: "European Commission", kind: "organization", country: null, aliases: [], role: "EU executive" },
  { name: "G7", kind: "group", country: null, aliases: ["Group of Seven"], role: "group of seven economies" },
  { name: "G20", kind: "group", country: null, aliases: ["Group of 20", "Group of Twenty"], role: "group of twenty economies" },
  { name: "BRICS", kind: "group", country: null, aliases: [], role: "group of emerging economies" },
  { name: "ASEAN", kind: "organization", country: null, aliases: ["Association of Southeast Asian Nations"], role: "regional organization" },
  { name: "African Union", kind: "organization", country: null, aliases: ["AU"], role: "regional organization" },
  { name: "OSCE", kind: "organization", country: null, aliases: ["Organization for Security and Co-operation in Europe"], role: "security organization" },
  { name: "IAEA", kind: "organization", country: null, aliases: ["International Atomic Energy Agency"], role: "UN nuclear watchdog" },
  { name: "International Monetary Fund", kind: "organization", country: null, aliases: ["IMF"], role: "international lender" },
  { name: "World Bank", kind: "organization", country: null, aliases: [], role: "international lender" },
  { name: "World Health Organization", kind: "organization", country: null, aliases: ["WHO"], role: "UN health agency" },
  { name: "World Trade Organization", kind: "organization", country: null, aliases: ["WTO"], role: "trade body" },
  { name: "OPEC", kind: "organization", country: null, aliases: [], role: "oil exporters' cartel" },
  { name: "International Criminal Court", kind: "organization", country: null, aliases: ["ICC"], role: "international court" },
  { name: "Red Cross", kind: "organization", country: null, aliases: ["ICRC", "International Committee of the Red Cross"], role: "humanitarian organization" },
  { name: "SWIFT", kind: "organization", country: null, aliases: [], role: "international bank payment messaging system" },
  { name: "Coalition of the Willing", kind: "group", country: null, aliases: [], role: "group of countries backing Ukraine" },
  { name: "Quad", kind: "group", country: null, aliases: [], role: "security dialogue of four countries" },
  { name: "Associated Press", kind: "organization", country: "USA", aliases: ["AP"], role: "US news agency" },
  { name: "Agence France-Presse", kind: "organization", country: "FRA", aliases: ["AFP"], role: "French news agency" },
  { name: "Reuters", kind: "organization", country: "GBR", aliases: [], role: "news agency" },
  { name: "Bloomberg", kind: "organization", country: "USA", aliases: ["Bloomberg News"], role: "news agency" },
  { name: "TASS", kind: "organization", country: "RUS", aliases: ["Tass"], role: "Russian news agency" },
  { name: "RIA Novosti", kind: "organization", country: "RUS", aliases: ["RIA"], role: "Russian news agency" },
  { name: "Interfax", kind: "organization", country: "RUS", aliases: [], role: "Russian news agency" },
  { name: "Sputnik", kind: "organization", country: "RUS", aliases: [], role: "Russian state media" },
  { name: "Xinhua", kind: "organization", country: "CHN", aliases: ["Xinhua News Agency"], role: "Chinese news agency" },
  { name: "Kyodo News", kind: "organization", country: "JPN", aliases: ["Kyodo"], role: "Japanese news agency" },
  { name: "Yonhap", kind: "organization", country: "KOR", aliases: ["Yonhap News Agency"], role: "South Korean news agency" },
  { name: "KCNA", kind: "organization", country: "PRK", aliases: ["Korean Central News Agency"], role: "North Korean news agency" },
  { name: "TASR", kind: "organization", country: "SVK", aliases: [], role: "Slovak news agency" },
  { name: "dpa", kind: "organization", country: "DEU", aliases: ["Deutsche Presse-Agentur"], role: "German news agency" },
  { name: "ANSA", kind: "organization", country: "ITA", aliases: [], role: "Italian news agency" },
  { name: "EFE", kind: "organization", country: "ESP", aliases: [], role: "Spanish news agency" },
  { name: "Ukrinform", kind: "organization", country: "UKR", aliases: [], role: "Ukrainian news agency" },
  { name: "NHK", kind: "organization", country: "JPN", aliases: [], role: "Japanese public broadcaster" },
  { name: "BBC", kind: "organization", country: "GBR", aliases: [], role: "British public broadcaster" },
  { name: "CNN", kind: "organization", country: "USA", aliases: [], role: "US television news channel" },
  { name: "Fox News", kind: "organization", country: "USA", aliases: [], role: "US television news channel" },
  { name: "Al Jazeera", kind: "organization", country: "QAT", aliases: [], role: "Qatari broadcaster" },
  { name: "Mainichi Shimbun", kind: "organization", country: "JPN", aliases: ["Mainichi"], role: "Japanese daily newspaper" },
  { name: "Asahi Shimbun", kind: "organization", country: "JPN", aliases: ["Asahi"], role: "Japanese daily newspaper" },
  { name: "Yomiuri Shimbun", kind: "organization", country: "JPN", aliases: ["Yomiuri"], role: "Japanese daily newspaper" },
  { name: "Nikkei", kind: "organization", country: "JPN", aliases: [], role: "Japanese business daily" },
];

/** Words that make a run an organisation wherever they stand in it ("Sport Club Recife", "Dynamo Kyiv", "Real Madrid"). */
export const ORG_INNER = new Set([
  "Club", "FC", "CF", "AFC", "SC", "AC", "Dynamo", "Dinamo", "Spartak", "Sporting", "Real", "Atletico", "Athletic",
  "Olympique", "Borussia", "Racing", "Scuderia", "Team", "Bank", "Ministry", "University", "Institute", "Party", "Council", "Committee",
  "Corporation", "Company", "Airlines", "Holdings", "Inc", "Ltd", "GmbH", "AG", "SA", "PLC", "LLC",
  // the same heads in the languages company and institute names keep in English text
  "Institut", "Instituto", "Istituto", "Banco", "Banque", "Groupe", "Grupo", "Compagnie", "Compañía", "Société", "Sociedad",
]);

/** Companies' legal forms of other systems than the English, as wire copy writes them after a name. */
export const FOREIGN_LEGAL_FORMS = [
  "S.A.", "SA", "N.V.", "NV", "B.V.", "BV", "AG", "A.G.", "GmbH", "SpA", "S.p.A.", "S.A.S.", "SAS", "S.L.", "K.K.", "Oyj",
  "ASA", "AB", "KGaA", "SARL", "Ltda", "PJSC", "OJSC", "Tbk",
];

/** A noun right before a name that says it is an organisation ("the energy company Naftogaz", "the newspaper Mainichi"). */
export const ORG_NOUNS = new Set([
  "newspaper", "daily", "agency", "broadcaster", "channel", "magazine", "outlet", "website", "tabloid", "weekly", "portal",
  "company", "firm", "group", "giant", "operator", "producer", "maker", "manufacturer", "carrier", "airline", "bank", "lender",
  "insurer", "retailer", "conglomerate", "startup", "club", "team", "side", "party", "movement", "organisation", "organization",
  "charity", "union", "network", "station", "publisher", "automaker", "carmaker", "developer", "regulator", "watchdog",
  "association", "federation", "confederation", "consortium", "foundation", "institute", "council", "committee", "alliance",
  "miner", "chipmaker", "drugmaker", "steelmaker", "planemaker", "brewer", "utility", "supplier", "shipbuilder",
  "shipper", "exchange", "fund", "coalition", "bloc", "faction", "militia", "cartel", "gang", "chain", "studio", "label",
  "band", "orchestra", "subsidiary", "unit", "division", "affiliate", "service", "platform", "app", "marketplace", "broker",
  "brokerage", "lab", "laboratory",
]);

/**
 * Words a sentence may open on before a body's name that are no part of it: the kind of firm it is
 * ("Insurer …"), its relation to the story's firm ("Rival …") or a party's place ("Opposition …").
 * Kinds that open bodies' own names ("Team …", "Club …", "Studio …", "Channel …") are not here.
 */
/** The kinds among FIRM_KINDS that only a body is: "insurer X" is a firm wherever it stands, "rival X" may be a player. */
export const FIRM_ONLY_KINDS = [
  "carmaker", "automaker", "chipmaker", "drugmaker", "insurer", "lender", "retailer", "regulator", "watchdog", "airline",
  "carrier", "startup", "broadcaster", "newspaper", "tabloid", "publisher", "supplier", "manufacturer", "conglomerate",
];
export const FIRM_KINDS = new Set([
  "opposition", "ruling", "governing", "rival", "competitor", "peer", "bidder", "buyer", "seller", "miner", "broker",
  "developer", "maker", "operator", ...FIRM_ONLY_KINDS,
]);
