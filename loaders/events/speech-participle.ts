// "X lodged a complaint over the tariff, saying Y's rules forbade it": a clause opened by a
// participle of speech or claim after a comma tells the doer's reasons. A name inside it is what
// the doer says, not the counterpart a preposition of the act names.

/** Participles that open a reported reason: speech, claim, blame. */
const SPEECH_PARTICIPLE =
  /,\s+(?:\p{Ll}+ly\s+)?(?:saying|claiming|arguing|insisting|adding|noting|stating|asserting|contending|maintaining|explaining|charging|alleging|citing|warning|complaining|suggesting|stressing)\b/u;

/** Whether a speech participle clause opens between the trigger's end and the name. */
export function inSpeechParticiple(text: string, from: number, nameStart: number): boolean {
  return SPEECH_PARTICIPLE.test(text.slice(from, nameStart));
}
