// Acronyms English uses as common nouns: technologies, measures, job titles, products, illnesses.
// Out of context the name tagger reads a short word in capitals by where it stands ("invest in
// AI" as a place, "the IPO" as a company); none of these names an actor.

const NOUNS = [
  "AI", "AGI", "API", "ATM", "CPU", "GPU", "PC", "GPS", "LED", "LCD", "SUV", "EV", "TV", "DVD", "USB", "VPN",
  "NFT", "SMS", "URL", "PDF", "HTML", "IT", "IoT", "5G", "4G", "3D", "R&D", "LNG", "LPG", "CO2",
  "GDP", "GNP", "CPI", "PMI", "VAT", "IPO", "ETF", "ESG", "M&A", "P/E", "EPS", "ROI", "YoY",
  // trade terms of a price and measures of a market
  "FOB", "CIF", "C&F", "FAS", "OTC", "LIBOR", "SOFR", "APR", "NAV", "EBIT", "EBITDA", "CAGR", "AUM",
  "CEO", "CFO", "COO", "CTO", "PhD", "MBA", "MP", "MEP", "MLA", "MSP",
  "DNA", "RNA", "HIV", "AIDS", "ICU", "MRI", "PPE", "IVF", "GMO", "UFO", "ADHD", "PTSD",
];

/** Acronyms (and their plurals in -s) that are common nouns, never an actor's name. */
export const THING_ACRONYMS: ReadonlySet<string> = new Set(NOUNS.flatMap((n) => (n.endsWith("s") ? [n] : [n, `${n}s`])));
