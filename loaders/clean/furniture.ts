// The vocabulary of page furniture: what a site wraps around every story and a
// reporter's copy-paste drags along. Kept as data, grouped by what it is, so a
// new site's furniture is a new line here rather than new code. Patterns are
// written to be specific to furniture ("share this article", not "share"):
// news prose says "share concerns", "declined to comment", "support for Kyiv".
//
// STRONG: one hit makes a short line furniture; two make a paragraph furniture.
// WEAK: words of a site talking about itself (readers, journalism, our work);
//       they only count together with other evidence.

const group = (...res: RegExp[]) => res;

export const STRONG: RegExp[] = [
  // Subscriptions, accounts, newsletters
  ...group(
    /\bsubscri(?:be|bers?|bing|ption)\b/i,
    /\bsign (?:up|in)\b/i,
    /\blog ?in\b|\blog out\b|\bregister (?:now|for free|here)\b|\bcreate (?:an|your) account\b/i,
    /\bnewsletters?\b|\binbox\b/i,
    /\bpaywall\b|\bpremium (?:content|article|access)\b|\bunlimited access\b/i,
  ),
  // Comments and moderation
  ...group(
    /^\d+\s+(?:comments?|replies|responses)\b/i,
    /\bcomments\b|\bcommenting\b|\bcommenters?\b/i,
    /\b(?:leave|post|add|write) a (?:comment|reply)\b|\breport this (?:comment|post)\b|\b(?:view|show|hide) comments?\b/i,
    /\bmoderat(?:ion|ors?|ed)\b/i,
    /\bcommunity (?:guidelines|rules|standards)\b|\bread the rules\b|\buser terms\b/i,
  ),
  // Sharing and following
  ...group(
    /^share\b|\bshare (?:this|on|via|the) (?:article|story|post|page|facebook|twitter|x|whatsapp|telegram|linkedin|email)\b|\bshare this\b/i,
    /^\d+\s+(?:shares|likes|views)\b/i,
    /\bfollow us\b|\bjoin us on\b|\bour (?:telegram|whatsapp|youtube|instagram|facebook|tiktok) (?:channel|page|account)\b/i,
    /\b(?:copy|copied) link\b|\bemail this\b|\bprint this\b|\bprint (?:article|page)\b/i,
  ),
  // Cookies and legal
  ...group(
    /\bcookies?\b/i,
    /\bprivacy (?:policy|notice|settings)\b|\bterms (?:of|and) (?:use|service|conditions)\b/i,
    /\ball rights? reserved\b|©|\(c\)\s*(?:19|20)\d\d|(?:^|\s)@\s?(?:19|20)\d\d\b|\bcopyright\b/i,
  ),
  // Navigation and "more stories"
  ...group(
    /\bread (?:more|next|also)\b|\balso read\b|\bcontinue reading\b|\bread (?:the )?(?:full|entire|whole|original) (?:article|story|report)\b/i,
    /\b(?:you|we) (?:may|might|think you(?:'|’)?ll) (?:also )?like\b|\brecommended (?:for you|stories|articles|reading)\b/i,
    /\brelated (?:articles?|stories|news|posts|topics|content|coverage|reading)\b|^more (?:on this|from|stories|news)\b/i,
    /\b(?:most (?:read|popular|viewed|shared)|top stories|latest (?:news|stories|articles)|^trending(?: now)?|editor(?:'|’)?s picks?)\b/i,
    /\bclick here\b|\btap here\b|\bdownload (?:our|the) app\b|\bskip to (?:main )?content\b|\bback to top\b/i,
    /\b(?:about|contact) us\b|\bour (?:company|team|mission|partners|newsletters|apps|policy|journalists|editors)\b|\badvertis(?:e|ing|ement)\b|\bsponsored\b/i,
    /\bremind me later\b|\bnot now\b|\bmaybe later\b|\bno thanks\b/i,
  ),
  // Donation appeals
  ...group(
    /\bdonat(?:e|es|ed|ing|ions?)\b/i,
    /\bsupport (?:us|our (?:work|journalism|newsroom|reporting)|independent (?:journalism|media|reporting)|quality journalism)\b/i,
    /\b(?:make|every|your) (?:a )?(?:one-off |monthly |small )?contributions?\b|\bbecome a (?:member|supporter|patron|subscriber)\b/i,
    /\bpatreon\b|\bpaypal\b|\bpayment methods\b|\bstarting from just\b|\bnot ready to support\b/i,
    /\bdear (?:readers?|friends|subscribers)\b|\ba message from\b|\bthank you for (?:reading|your support|standing with|supporting)\b/i,
  ),
  // Credits, captions, link labels, relative timestamps
  ...group(
    /\b(?:additional )?(?:reporting|writing|editing|produced|compiled) by\b/i,
    /^(?:photo|image|picture|video|credit|source|illustration)s?\s*(?::|by\b)/i,
    /\b\d+\s*(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago\b|\bjust now\b/i,
    /\b(?:last )?updated\s*:|\blast updated\b|\bpublished\s*:|\b\d+\s+min(?:ute)?s? read\b/i,
  ),
];

/** A line that is nothing but one of these words is a button or link label. */
export const LABELS = new Set(
  `advertisement advert ad sponsored continue cancel close menu search home login logout next previous prev
print email share tweet reply like follow more back top source sources via tags tags: topics related loading
subscribe comments comment photo photos video videos gallery listen watch register donate ok accept`.split(/\s+/),
);

export const WEAK: RegExp[] = [
  /\breaders?(?:’|'|s)?\b|\breadership\b/i,
  /\bjournalism\b|\bjournalists?(?:’|'|s)?\b|\bnewsroom\b|\beditorial\b/i,
  /\bwebsites?\b|\bour (?:site|work|staff|team|stories|reporting|audience)\b|\bthe site\b|\bthis site\b/i,
  /\baudience\b|\bstay informed\b|\bkey topics\b|\bcurrent events\b/i,
];

/** Social networks: a line made mostly of their names is a share bar. */
export const SOCIAL = new Set(
  `facebook twitter x whatsapp telegram linkedin pinterest reddit vk viber tumblr email mail print copy link instagram youtube tiktok threads bluesky mastodon messenger flipboard`.split(/\s+/),
);

/** Distinct strong and weak patterns that occur in `s`. */
export function vocabularyHits(s: string): { strong: number; weak: number } {
  let strong = 0, weak = 0;
  for (const re of STRONG) if (re.test(s)) strong++;
  for (const re of WEAK) if (re.test(s)) weak++;
  return { strong, weak };
}
