// English function words, for jusText's stop-word density: running prose is
// about a third function words, menus, tag lists and captions far fewer.
// (After jusText's English list, trimmed to words that are never content.)
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each either else even ever every few for from
further had has have having he her here hers herself him himself his how however i if in into is it its
itself just least less many may me might more most much must my myself neither no nor not now of off often
on once only or other others otherwise our ours ourselves out over own per perhaps rather same shall she
should since so some such than that the their theirs them themselves then there these they this those though
through thus to too under until up upon us very was we were what whatever when where whether which while who
whom whose why will with within without would yet you your yours yourself yourselves it's that's there's
he's she's they're we're you're i'm isn't aren't wasn't weren't don't doesn't didn't won't wouldn't can't
couldn't shouldn't hasn't haven't hadn't said says according`.split(/\s+/),
);
