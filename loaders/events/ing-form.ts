// Whether a verb form is the -ing participle or gerund. "bring", "sing", "swing": a few verbs'
// own base form ends in -ing, and read as a participle it took the clause's subject away
// ("X vowed to bring Y to justice" read "bring" as a gerund after "to").

const BASE_IN_ING = /^(?:bring|cling|fling|ring|sing|sling|spring|sting|string|swing|wring)$/u;

export const ingForm = (word: string): boolean => word.endsWith("ing") && !BASE_IN_ING.test(word.toLowerCase());
