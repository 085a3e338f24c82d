import type { FigureCategory, Qualifier } from "../types.js";

// Word lists as data: adding a counted noun or a qualifier is a one-line change.

/** Qualifier phrases read right-to-left from the number, longest first. */
export const QUALIFIERS: [string[], Qualifier][] = [
  [["no", "fewer", "than"], "at_least"],
  [["no", "less", "than"], "at_least"],
  [["as", "many", "as"], "up_to"],
  [["in", "excess", "of"], "more_than"],
  [["an", "estimated"], "approx"],
  [["estimated", "at"], "approx"],
  [["close", "to"], "approx"],
  [["just", "under"], "less_than"],
  [["just", "over"], "more_than"],
  [["more", "than"], "more_than"],
  [["upwards", "of"], "more_than"],
  [["at", "least"], "at_least"],
  [["up", "to"], "up_to"],
  [["fewer", "than"], "less_than"],
  [["less", "than"], "less_than"],
  [["about"], "approx"],
  [["approximately"], "approx"],
  [["around"], "approx"],
  [["roughly"], "approx"],
  [["some"], "approx"],
  [["nearly"], "approx"],
  [["almost"], "approx"],
  [["estimated"], "approx"],
  [["over"], "more_than"],
  [["under"], "less_than"],
  [["above"], "more_than"],
  [["below"], "less_than"],
];

/** Verbs whose particle "over" is no qualifier of the number after it ("handed over 17 sculptures"). */
export const OVER_PARTICLE_VERBS = new Set(["hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "sign", "signs", "signed", "signing"]);

/**
 * A lookup table without Object's prototype: article words are looked up in these
 * tables, and "constructor" or "toString" must not find Object's own methods.
 */
export function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** Currency symbols and words → the unit written in the figure row. */
export const CURRENCY_SYMBOLS: Record<string, string> = table({
  $: "US dollars", "€": "euros", "£": "pounds", "¥": "yen", "₽": "roubles", "₴": "hryvnias", "₹": "rupees", "₩": "won",
});
export const CURRENCY_WORDS = new Set([
  "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "rouble", "roubles", "ruble", "rubles",
  "hryvnia", "hryvnias", "yuan", "won", "rupees", "francs", "usd", "eur", "gbp", "jpy", "rub", "uah", "cny",
  // currencies compromise's lexicon does not know, and those the euro replaced, still in archives
  "guilders", "marks", "lire", "pesetas", "escudos", "drachmas", "schillings", "punts", "kronor", "kroner", "crowns",
  "rand", "ringgit", "rupiah", "taka", "rials", "riyals", "dirhams", "shekels", "naira", "kwacha", "leva", "korunas",
  "tolars", "zlotys", "forints", "pesos", "dinars", "renminbi", "ecus", "lei", "kuna", "tenge",
]);

/** Singular time units, for "five-hour talks" and plain "eight years". */
export const TIME_UNITS = new Set(["second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century", "sec", "min", "hr", "yr"]);

/** Counted nouns whose category the gold guide fixes; keys are lower-case heads. */
const CATEGORY_WORDS: [FigureCategory, string[]][] = [
  ["military_units", [
    "troops", "troop", "soldiers", "soldier", "fighters", "marines", "paratroopers", "servicemembers", "reservists",
    "conscripts", "mercenaries", "brigades", "battalions", "regiments", "divisions", "units", "peacekeepers", "sailors",
    "airmen", "personnel", "forces", "contingent", "force", "strong", "guerrillas", "rebels", "militants", "insurgents",
    "militiamen", "gunmen",
  ]],
  ["people", [
    "people", "persons", "civilians", "volunteers", "servicemen", "veterans", "residents", "citizens", "children",
    "women", "men", "refugees", "migrants", "workers", "journalists", "officials", "prisoners", "captives", "hostages",
    "casualties", "dead", "wounded", "victims", "families", "students", "protesters", "voters", "deaths", "lives",
    "inhabitants", "nationals", "diplomats", "staff", "employees", "patients", "doctors", "evacuees", "detainees",
    "passengers", "supporters", "fans", "foreigners", "shareholders", "investors", "pensioners", "demonstrators",
    "delegates", "spectators", "viewers", "mourners", "worshippers", "miners", "nurses", "police", "crew",
  ]],
  ["weapons", [
    "drones", "drone", "missiles", "missile", "rockets", "shells", "tanks", "aircraft", "jets", "fighter", "helicopters",
    "warplanes", "bombs", "weapons", "guns", "howitzers", "rounds", "interceptors", "launchers", "vehicles",
    "warships", "submarines", "artillery", "munitions", "mines", "grenades", "rifles", "systems",
  ]],
  ["count", [
    "countries", "nations", "states", "members", "allies", "partners", "governments", "cities", "towns", "villages",
    "regions", "provinces", "settlements", "sanctions", "packages", "points", "meetings", "rounds", "times", "attacks",
    "strikes", "incidents", "cases", "banks", "companies", "parties", "sides", "steps",
  ]],
  ["other", [
    "km", "kilometres", "kilometers", "miles", "metres", "meters", "tonnes", "tons", "kg", "kilograms", "hectares",
    "square", "barrels", "litres", "liters", "megawatts", "degrees", "millimetres", "millimeters", "mm", "cm",
    "centimetres", "centimeters", "inches", "feet", "gigawatts", "kilowatts", "hectolitres", "yards", "furlongs",
    "bushels", "dwt",
  ]],
];
export const CATEGORY_OF = new Map<string, FigureCategory>();
for (const [cat, words] of CATEGORY_WORDS) for (const w of words) if (!CATEGORY_OF.has(w)) CATEGORY_OF.set(w, cat);

/** Plurals that do not end in -s, and singulars the hyphen form needs pluralised. */
export const IRREGULAR_PLURALS = new Set([
  "people", "men", "women", "children", "personnel", "police", "staff", "aircraft", "artillery", "dead", "wounded",
  "yen", "won", "yuan", "cattle", "livestock", "ammunition", "equipment", "km", "kg", "dwt",
]);
export const PLURAL_OF: Record<string, string> = table({
  nation: "countries", country: "countries", century: "centuries", man: "men", woman: "women", person: "people",
  child: "children", strong: "troops", foot: "feet",
});

/**
 * Words that end a counted noun phrase: function words, auxiliaries and
 * prepositions. A figure's unit is the run of content words after the number
 * up to the last plural noun before one of these.
 */
export const NP_STOP = new Set([
  "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "onto", "over", "under", "across",
  "against", "after", "before", "during", "since", "until", "through", "toward", "towards", "near", "along", "among",
  "between", "per", "via", "off", "out", "up", "down", "around", "about", "including", "as", "than", "like",
  "despite", "except", "within", "without", "beyond", "behind", "ahead", "inside", "outside", "above", "below",
  "beside", "amid", "upon", "throughout", "unlike",
  "and", "or", "but", "nor", "so", "yet", "that", "which", "who", "whom", "whose", "where", "when", "while", "if",
  "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "do", "does", "did", "will", "would",
  "shall", "should", "can", "could", "may", "might", "must", "not", "no", "this", "these", "those", "it", "its",
  "they", "them", "their", "he", "she", "his", "her", "we", "our", "you", "your", "i", "my", "there", "here", "also",
  "each", "every", "all", "both", "either", "neither", "such", "said", "says", "told", "reported", "according",
  "ago", "earlier", "later", "more", "less", "fewer", "most", "least", "only", "just", "still", "even", "now", "vs", "versus",
]);

/** Words that right before a bare number make it a name or a label, not a quantity. */
export const NAME_BEFORE = new Set([
  "no", "number", "article", "chapter", "section", "paragraph", "page", "resolution", "flight", "route", "gate",
  "level", "phase", "stage", "round", "grade", "class", "type", "model", "version", "season", "episode", "line",
  "block", "unit", "room", "platform", "pier", "terminal", "highway", "channel", "rule", "item", "point", "game", "tier",
]);

export const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
