// Place vocabulary the country packages lack: regions spanning countries, US
// states, well-known disputed or historical regions, older or other
// transliterations of big cities, and buildings that stand for a government.

export const WORLD_REGIONS = [
  "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Central America",
  "Oceania", "Antarctica", "Arctic", "East Asia", "Southeast Asia", "South Asia", "Central Asia",
  "Western Europe", "Eastern Europe", "Central Europe", "Northern Europe", "Southern Europe",
  "Middle East", "Near East", "Far East", "North Africa", "West Africa", "East Africa", "Sub-Saharan Africa",
  "Horn of Africa", "Balkans", "Baltics", "Caucasus", "South Caucasus", "Scandinavia", "Indo-Pacific",
  "Asia-Pacific", "Pacific", "Atlantic", "Mediterranean", "Black Sea", "Baltic Sea", "South China Sea",
  "East China Sea", "Sea of Japan", "Persian Gulf", "Gulf", "Sahel", "Korean Peninsula", "Persian Gulf",
];

/** Regions inside one country (ISO alpha-3). */
export const COUNTRY_REGIONS: [string, string][] = [
  ["Crimea", "UKR"], ["Donbas", "UKR"], ["Donbass", "UKR"], ["Zaporizhzhia", "UKR"], ["Kherson", "UKR"],
  ["Kharkiv", "UKR"], ["Odesa", "UKR"], ["Lviv", "UKR"], ["Dnipro", "UKR"], ["Mariupol", "UKR"], ["Bakhmut", "UKR"],
  ["Donetsk", "UKR"], ["Luhansk", "UKR"], ["Kursk", "RUS"], ["Belgorod", "RUS"], ["Bryansk", "RUS"], ["Siberia", "RUS"],
  ["Chechnya", "RUS"], ["Kaliningrad", "RUS"], ["Gaza", "PSE"], ["Gaza Strip", "PSE"], ["West Bank", "PSE"],
  ["Kashmir", "IND"], ["Tibet", "CHN"], ["Xinjiang", "CHN"], ["Okinawa", "JPN"], ["Hokkaido", "JPN"],
  ["Scotland", "GBR"], ["Wales", "GBR"], ["England", "GBR"], ["Northern Ireland", "GBR"], ["Bavaria", "DEU"],
  ["Catalonia", "ESP"], ["Quebec", "CAN"], ["Ontario", "CAN"], ["Nagorno-Karabakh", "AZE"], ["Transnistria", "MDA"],
  ["Abkhazia", "GEO"], ["South Ossetia", "GEO"], ["Darfur", "SDN"], ["Kurdistan", "IRQ"],
  ...[
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington State", "West Virginia", "Wisconsin", "Wyoming",
    // a state that shares its name with a country: the country stays the first reading (actors/ambiguouscountry.ts)
    "Georgia",
  ].map((s): [string, string] => [s, "USA"]),
];

/** Other spellings of places: variant → canonical (older transliterations, local forms). */
export const PLACE_SPELLINGS: [string, string][] = [
  ["Kiev", "Kyiv"], ["Kyyiv", "Kyiv"], ["Kharkov", "Kharkiv"], ["Odessa", "Odesa"], ["Lugansk", "Luhansk"],
  ["Zaporozhye", "Zaporizhzhia"], ["Nikolaev", "Mykolaiv"], ["Dnepr", "Dnipro"], ["Lvov", "Lviv"],
  ["Homyel", "Gomel"], ["Homyel'", "Gomel"],
  ["Washington D.C.", "Washington"], ["Washington, D.C.", "Washington"], ["Washington DC", "Washington"],
];

/**
 * Cities' former names: the place is the same, but institutions often kept the old name
 * ("Peking University", a "Madras" regiment), so an organisation's name is not renamed.
 */
export const PLACE_RENAMES: [string, string][] = [
  ["Peking", "Beijing"], ["Bombay", "Mumbai"], ["Calcutta", "Kolkata"], ["Madras", "Chennai"], ["Rangoon", "Yangon"],
  ["Saigon", "Ho Chi Minh City"], ["Canton", "Guangzhou"],
];

/** Every other name of a place: variant → canonical. */
export const PLACE_VARIANTS: [string, string][] = [...PLACE_SPELLINGS, ...PLACE_RENAMES];

/** Buildings and seats that stand for a government when they act ("the Kremlin said"). */
export const SEATS_OF_POWER: [string, string][] = [
  ["Kremlin", "RUS"], ["White House", "USA"], ["Downing Street", "GBR"], ["Elysee", "FRA"], ["Élysée", "FRA"],
  ["Elysee Palace", "FRA"], ["Zhongnanhai", "CHN"], ["Bankova", "UKR"], ["Blue House", "KOR"], ["Kantei", "JPN"],
  ["Quai d'Orsay", "FRA"], ["Foggy Bottom", "USA"], ["Pentagon", "USA"],
];

/** Extra names for countries that the country packages omit or spell differently. */
export const COUNTRY_EXTRA_ALIASES: [string, string][] = [
  ["U.S.", "USA"], ["U.S.A.", "USA"], ["America", "USA"], ["the States", "USA"], ["U.K.", "GBR"], ["Britain", "GBR"],
  ["Great Britain", "GBR"], ["UK", "GBR"], ["US", "USA"], ["USA", "USA"], ["ROK", "KOR"], ["Republic of Korea", "KOR"],
  ["PRC", "CHN"], ["People's Republic of China", "CHN"], ["Holland", "NLD"], ["the Netherlands", "NLD"],
  ["Czechia", "CZE"], ["Czech Republic", "CZE"], ["Burma", "MMR"], ["Ivory Coast", "CIV"], ["Turkiye", "TUR"],
  ["Türkiye", "TUR"], ["UAE", "ARE"], ["U.A.E.", "ARE"], ["DRC", "COD"], ["Vatican", "VAT"], ["Persia", "IRN"],
  ["Russian Federation", "RUS"], ["DPRK", "PRK"], ["D.P.R.K.", "PRK"],
];

/** Demonyms the packages lack (they give one per country). */
export const EXTRA_DEMONYMS: [string, string][] = [
  ["U.S.", "USA"], ["US", "USA"], ["UK", "GBR"], ["U.K.", "GBR"], ["Britons", "GBR"], ["Soviet", "RUS"],
  ["Filipino", "PHL"], ["Philippine", "PHL"], ["Emirati", "ARE"], ["Czech", "CZE"], ["Dutch", "NLD"], ["Saudi", "SAU"], ["Kiwi", "NZL"],
];

/** GeoNames local names → the English names news copy uses. */
export const CITY_EXONYMS: [string, string][] = [
  ["Genève", "Geneva"], ["Köln", "Cologne"], ["Den Haag", "The Hague"], ["Bruxelles", "Brussels"], ["München", "Munich"],
  ["Milano", "Milan"], ["Napoli", "Naples"], ["Torino", "Turin"], ["Firenze", "Florence"], ["Praha", "Prague"], ["Wien", "Vienna"],
  ["Warszawa", "Warsaw"], ["Lisboa", "Lisbon"], ["Roma", "Rome"], ["Moskva", "Moscow"], ["Kyyiv", "Kyiv"],
];

/** A capitalised run ending in one of these is a place ("Suwalki Gap", "Kerch Strait", "Maidan Square"). */
export const PLACE_SUFFIXES = new Set([
  "Gap", "Strait", "Straits", "Pass", "Sea", "Bay", "River", "Mountains", "Mountain", "Valley", "Island", "Islands",
  "Peninsula", "Lake", "Gulf", "Desert", "Canal", "Square", "Street", "Avenue", "Bridge", "Airport", "Port", "Harbour",
  "Harbor", "Plain", "Plateau", "Basin", "Coast", "Heights", "Ocean", "Channel", "Steppe", "Forest", "Park", "Oblast", "Krai",
  "Shoal", "Shoals", "Reef", "Atoll", "Archipelago", "Lagoon", "Fjord", "Glacier", "Canyon", "Dam", "Reservoir", "Volcano", "Isthmus", "Estuary",
]);
