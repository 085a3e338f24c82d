// Values keyed by their text, found from a stretch of a longer string without
// cutting the stretch out: the tokenizer looks each token up where it stands in
// the article, and slices out only a text it has never seen. The tokens of every
// article then share one string per distinct text, whose hash the lists and
// lexicons it is looked up in have already computed.

/** FNV-1a over the UTF-16 code units of s[start, end). */
function hashOf(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

function sameText(text: string, s: string, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== s.charCodeAt(start + i)) return false;
  return true;
}

/** Open addressing, at most half full; holds at most `max` values, then finds only those. */
export class TextTable<V extends { text: string }> {
  private slots: (V | undefined)[] = new Array<V | undefined>(1024);
  private hashes = new Int32Array(1024);
  private size = 0;

  constructor(private readonly max: number) {}

  /** The value whose text is s[start, end), made by `make` from that text if the table has none. */
  get(s: string, start: number, end: number, make: (text: string) => V): V {
    const h = hashOf(s, start, end);
    const mask = this.slots.length - 1;
    let i = h & mask;
    for (let v = this.slots[i]; v !== undefined; v = this.slots[(i = (i + 1) & mask)])
      if (this.hashes[i] === h && sameText(v.text, s, start, end)) return v;
    const v = make(s.slice(start, end));
    if (this.size >= this.max) return v;
    this.slots[i] = v;
    this.hashes[i] = h;
    if (++this.size * 2 > this.slots.length) this.grow();
    return v;
  }

  private grow(): void {
    const slots = this.slots, hashes = this.hashes;
    this.slots = new Array<V | undefined>(slots.length * 2);
    this.hashes = new Int32Array(slots.length * 2);
    const mask = this.slots.length - 1;
    for (let j = 0; j < slots.length; j++) {
      const v = slots[j];
      if (v === undefined) continue;
      let i = hashes[j]! & mask;
      while (this.slots[i] !== undefined) i = (i + 1) & mask;
      this.slots[i] = v;
      this.hashes[i] = hashes[j]!;
    }
  }
}
