// The vocabulary of page furniture: what a site wraps around every story and a
// reporter's copy-paste drags along. Kept as data, grouped by what it is, so a
// new site's furniture is a new line here rather than new code. Patterns are
// written to be specific to furniture ("share this article", not "share"):
// news prose says "share concerns", "declined to comment", "support for Kyiv".
//
// STRONG: one hit makes a short line furniture; two make a paragraph furniture.
// WEAK: words of a site talking about itself (readers, journalism, our work);
//       they only count together with other evidence.

/** A pattern and the words (lower case) one of which it needs: the pattern runs only when one occurs. */
export interface Entry {
  on: string[];
  re: RegExp;
  /** Enough alone, however long the paragraph: no story sentence says "all rights reserved". */
  decisive: boolean;
}
const t = (on: string, re: RegExp, decisive = false): Entry => ({ on: on.split(" "), re, decisive });
const group = (...entries: Entry[]) => entries;

export const STRONG: Entry[] = [
  // Subscriptions, accounts, newsletters
  ...group(
    t("subscribe subscribers subscriber subscribing subscription", /\bsubscri(?:be|bers?|bing|ption)\b/i),
    t("sign", /\bsign (?:up|in)\b/i),
    t("log login register create", /\blog ?in\b|\blog out\b|\bregister (?:now|for free|here)\b|\bcreate (?:an|your) account\b/i),
    t("newsletter newsletters inbox", /\bnewsletters?\b|\binbox\b/i),
    t("paywall premium unlimited", /\bpaywall\b|\bpremium (?:content|article|access)\b|\bunlimited access\b/i),
  ),
  // Comments and moderation
  ...group(
    t("comments comment replies responses", /^\d+\s+(?:comments?|replies|responses)\b/i),
    t("comment comments commenting commenter commenters", /\bcomments\b|\bcommenting\b|\bcommenters?\b|\bcomments? (?:section|policy|thread|box)\b/i),
    t("comment comments reply post", /\b(?:leave|post|add|write) a (?:comment|reply)\b|\breport this (?:comment|post)\b|\b(?:view|show|hide) comments?\b/i),
    t("moderation moderator moderators moderated", /\bmoderat(?:ion|ors?|ed)\b/i),
    t("community rules terms", /\bcommunity (?:guidelines|rules|standards)\b|\bread the rules\b|\buser terms\b/i),
  ),
  // Sharing and following
  ...group(
    t("share", /^share\b|\bshare (?:this|on|via|the) (?:article|story|post|page|facebook|twitter|x|whatsapp|telegram|linkedin|email)\b|\bshare this\b/i),
    t("shares likes views", /^\d+\s+(?:shares|likes|views)\b/i),
    t("follow join channel page account", /\bfollow us\b|\bjoin us on\b|\bour (?:telegram|whatsapp|youtube|instagram|facebook|tiktok) (?:channel|page|account)\b/i),
    t("copy copied email print", /\b(?:copy|copied) link\b|\bemail this\b|\bprint this\b|\bprint (?:article|page)\b/i),
  ),
  // Cookies and legal
  ...group(
    t("cookie cookies", /\bcookies?\b/i),
    t("privacy terms", /\bprivacy (?:policy|notice|settings)\b|\bterms (?:of|and) (?:use|service|conditions)\b/i),
    t("reserved © @ c", /\ball rights? reserved\b|©|\(c\)\s*(?:19|20)\d\d|(?:^|\s)@\s?(?:19|20)\d\d\b/i, true),
    t("copyright", /\bcopyright\b/i),
  ),
  // Navigation and "more stories"
  ...group(
    t("read reading", /\bread (?:more|next|also)\b|\balso read\b|\bcontinue reading\b|\bread (?:the )?(?:full|entire|whole|original) (?:article|story|report)\b/i),
    t("like recommended", /\b(?:you|we) (?:may|might|think you(?:'|’)?ll) (?:also )?like\b|\brecommended (?:for you|stories|articles|reading)\b/i),
    t("related more", /\brelated (?:articles?|stories|news|posts|topics|content|coverage|reading)\b|^more (?:on this|from|stories|news)\b/i),
    t("most top latest trending editor's editor’s editors", /\b(?:most (?:read|popular|viewed|shared)|top stories|latest (?:news|stories|articles)|^trending(?: now)?|editor(?:'|’)?s picks?)\b/i),
    t("click tap download skip back", /\bclick here\b|\btap here\b|\bdownload (?:our|the) app\b|\bskip to (?:main )?content\b|\bback to top\b/i),
    t("us our advertise advertising advertisement sponsored", /\b(?:about|contact) us\b|\bour (?:company|team|mission|partners|newsletters|apps|policy|journalists|editors)\b|\badvertis(?:e|ing|ement)\b|\bsponsored\b/i),
    t("remind now later thanks", /\bremind me later\b|\bnot now\b|\bmaybe later\b|\bno thanks\b/i),
  ),
  // Donation appeals
  ...group(
    t("donate donates donated donating donation donations", /\bdonat(?:e|es|ed|ing|ions?)\b/i),
    t("support", /\bsupport (?:us|our (?:work|journalism|newsroom|reporting)|independent (?:journalism|media|reporting)|quality journalism)\b/i),
    t("contribution contributions become", /\b(?:make|every|your) (?:a )?(?:one-off |monthly |small )?contributions?\b|\bbecome a (?:member|supporter|patron|subscriber)\b/i),
    t("patreon paypal payment starting ready", /\bpatreon\b|\bpaypal\b|\bpayment methods\b|\bstarting from just\b|\bnot ready to support\b/i),
    t("dear message thank", /\bdear (?:readers?|friends|subscribers)\b|\ba message from\b|\bthank you for (?:reading|your support|standing with|supporting)\b/i),
  ),
  // Credits, captions, link labels, relative timestamps
  ...group(
    // Wire credits open their line; "according to reporting by the Times" is prose.
    t("by", /^\(?(?:additional )?(?:reporting|writing|editing|produced|compiled) by\b/i, true),
    t("by", /\b(?:additional )?(?:reporting|writing|editing|produced|compiled) by\b/i),
    t("photo photos image images picture pictures video videos credit credits source sources illustration illustrations", /^(?:photo|image|picture|video|credit|source|illustration)s?\s*(?::|by\b)/i),
    t("photo photos image images picture pictures video videos getty shutterstock", /\b(?:photo|image|picture|video)s?\s*(?:credit\s*)?:|\bgetty images\b|\bshutterstock\b/i),
    t("correspondent reporter journalist writer editor contributor", /\bis an? (?:senior |chief |staff |freelance |political |foreign |former )?(?:correspondent|reporter|journalist|writer|editor|contributor) (?:for|at|with)\b/i, true),
    t("originally article story", /\boriginally (?:published|appeared)\b|\bthis (?:article|story) (?:was|has been) (?:updated|amended|corrected)\b/i, true),
    t("tags topics filed categories keywords", /^(?:tags|topics|filed under|categories|keywords)\s*:/i),
    t("listen", /\blisten to (?:this|the) (?:article|story)\b/i),
    t("informed date", /\bstay (?:informed|up to date) (?:about|on|with)\b|\bkeep up to date with\b/i),
    t("ago now", /\b\d+\s*(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago\b|\bjust now\b/i),
    t("updated published read", /\b(?:last )?updated\s*:|\blast updated\b|\bpublished\s*:|\b\d+\s+min(?:ute)?s? read\b/i),
  ),
];

/** A line that is nothing but one of these words is a button or link label. */
export const LABELS = new Set(
  `advertisement advert ad sponsored continue cancel close menu search home login logout next previous prev
print email share tweet reply like follow more back top source sources via tags tags: topics related loading
subscribe comments comment photo photos video videos gallery listen watch register donate ok accept`.split(/\s+/),
);

export const WEAK: Entry[] = [
  t("reader readers readership", /\breaders?(?:’|'|s)?\b|\breadership\b/i),
  t("journalism journalist journalists newsroom editorial", /\bjournalism\b|\bjournalists?(?:’|'|s)?\b|\bnewsroom\b|\beditorial\b/i),
  t("website websites site our", /\bwebsites?\b|\bour (?:site|work|staff|team|stories|reporting|audience)\b|\bthe site\b|\bthis site\b/i),
  t("audience topics events", /\baudience\b|\bkey topics\b|\bcurrent events\b/i),
];

/** Social networks: a line made mostly of their names is a share bar. */
export const SOCIAL = new Set(
  `facebook twitter x whatsapp telegram linkedin pinterest reddit vk viber tumblr email mail print copy link instagram youtube tiktok threads bluesky mastodon messenger flipboard`.split(/\s+/),
);

// Word → entries that need it, so a paragraph runs only the patterns its words can match.
function index(entries: Entry[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const w of e.on) m.set(w, [...(m.get(w) ?? []), i]);
  });
  return m;
}
/** Lower-case word → indexes into STRONG and WEAK of the patterns it can trigger. */
export interface Trigger {
  strong: number[];
  weak: number[];
}
export const TRIGGERS = new Map<string, Trigger>();
for (const [w, strong] of index(STRONG)) TRIGGERS.set(w, { strong, weak: [] });
for (const [w, weak] of index(WEAK)) TRIGGERS.set(w, { strong: TRIGGERS.get(w)?.strong ?? [], weak });

/** Collects the patterns a paragraph's words trigger; `hits` then runs just those. */
export class Triggered {
  private strong: Set<number> | null = null;
  private weak: Set<number> | null = null;
  add(t: Trigger): void {
    if (t.strong.length) for (const i of t.strong) (this.strong ??= new Set()).add(i);
    if (t.weak.length) for (const i of t.weak) (this.weak ??= new Set()).add(i);
  }
  hits(s: string): { strong: number; weak: number; decisive: boolean } {
    let strong = 0, weak = 0, decisive = false;
    if (this.strong)
      for (const i of this.strong)
        if (STRONG[i]!.re.test(s)) {
          strong++;
          if (STRONG[i]!.decisive) decisive = true;
        }
    if (this.weak) for (const i of this.weak) if (WEAK[i]!.re.test(s)) weak++;
    return { strong, weak, decisive };
  }
}
