// Feature key → weight row, as an open-addressing hash table over typed arrays. Keys are whole numbers up to
// 2⁴⁸ (features.ts), which a Map stores as boxed doubles; this keeps tagging at ingest speed.
export interface FeatureIndex {
  readonly size: number;
  get(key: number): number | undefined;
  entries(): IterableIterator<[number, number]>;
}

export class KeyTable implements FeatureIndex {
  private readonly keys: Float64Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  size = 0;

  constructor(capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.keys = new Float64Array(slots).fill(-1);
    this.rows = new Int32Array(slots);
    this.mask = slots - 1;
  }

  private slot(key: number): number {
    const hi = Math.floor(key / 4294967296);
    let i = (Math.imul((key >>> 0) ^ Math.imul(hi, 0x9e3779b1), 0x85ebca77) >>> 0) & this.mask;
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  set(key: number, row: number): void {
    const i = this.slot(key);
    if (this.keys[i] === -1) this.size++;
    this.keys[i] = key;
    this.rows[i] = row;
  }

  get(key: number): number | undefined {
    const i = this.slot(key);
    return this.keys[i] === key ? this.rows[i] : undefined;
  }

  *entries(): IterableIterator<[number, number]> {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== -1) yield [this.keys[i]!, this.rows[i]!];
  }
}
