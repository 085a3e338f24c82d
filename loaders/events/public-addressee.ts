import type { TriggerMatch } from "./matcher.js";

// "urged customers to install the update", "called on residents to stay indoors": an appeal to the
// public to do something is a firm's notice or an authority's advice, addressed to no actor. The
// addressee is a class of the public named by a general English word and followed by the infinitive
// of what it is asked to do. ("people", "citizens", "voters" and "supporters" are left out: urging them
// to vote or march is a political appeal.)

const PUBLIC_ADDRESSED =
  /^\s+(?:(?:the|all|its|their|his|her|our|local|nearby|affected|elderly|older|young|existing|new|many|some)\s+)*(?:\p{Ll}+\s+)?(?:customers|clients|users|subscribers|passengers|travell?ers|residents|householders|homeowners|tenants|parents|patients|fans|viewers|listeners|readers|spectators|visitors|tourists|holidaymakers|commuters|drivers|pedestrians|swimmers|hikers|climbers|shoppers|diners|the\s+public|members\s+of\s+the\s+public)\s+(?:not\s+to|to)\s+\p{Ll}/u;

/** Whether a verb of appeal addresses the public, asking it to do something. */
export function publicAddressee(t: TriggerMatch, text: string, end: number): boolean {
  if (t.entry.type !== "REQUEST" || t.entry.pos !== "verb") return false;
  return PUBLIC_ADDRESSED.test(text.slice(t.headEnd, Math.min(end, t.headEnd + 100)));
}
