// The candidates of one lookup: unit id -> summed weight of the query terms read so far that the
// unit contains. An open-addressing hash table over typed arrays, reused from lookup to lookup:
// a lookup may add tens of thousands of index entries, and a Map costs several times more per entry.

const EMPTY = 0;

export class CandidateTable {
  private capacity: number;
  private ids: Int32Array;
  private weights: Float64Array;
  private lengths: Int32Array;
  /** Slots in use, in insertion order, so clearing and iterating cost what was used. */
  private used: Int32Array;
  private usedCount = 0;

  constructor(expectedEntries = 1 << 15) {
    this.capacity = 1 << Math.ceil(Math.log2(Math.max(16, expectedEntries * 2)));
    this.ids = new Int32Array(this.capacity);
    this.weights = new Float64Array(this.capacity);
    this.lengths = new Int32Array(this.capacity);
    this.used = new Int32Array(this.capacity);
  }

  get size(): number {
    return this.usedCount;
  }

  /** Adds `weight` to the unit (id >= 1), inserting it when new. */
  add(unitId: number, length: number, weight: number): void {
    if (this.usedCount * 2 >= this.capacity) this.grow();
    const mask = this.capacity - 1;
    let slot = Math.imul(unitId, 0x9e3779b1) & mask;
    while (true) {
      const id = this.ids[slot]!;
      if (id === unitId) {
        this.weights[slot]! += weight;
        return;
      }
      if (id === EMPTY) {
        this.ids[slot] = unitId;
        this.weights[slot] = weight;
        this.lengths[slot] = length;
        this.used[this.usedCount++] = slot;
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Calls `visit` for every unit, in insertion order. */
  forEach(visit: (unitId: number, length: number, weight: number) => void): void {
    for (let index = 0; index < this.usedCount; index++) {
      const slot = this.used[index]!;
      visit(this.ids[slot]!, this.lengths[slot]!, this.weights[slot]!);
    }
  }

  clear(): void {
    for (let index = 0; index < this.usedCount; index++) this.ids[this.used[index]!] = EMPTY;
    this.usedCount = 0;
  }

  private grow(): void {
    const entries: [number, number, number][] = [];
    this.forEach((id, length, weight) => entries.push([id, length, weight]));
    this.capacity *= 2;
    this.ids = new Int32Array(this.capacity);
    this.weights = new Float64Array(this.capacity);
    this.lengths = new Int32Array(this.capacity);
    this.used = new Int32Array(this.capacity);
    this.usedCount = 0;
    for (const [id, length, weight] of entries) this.add(id, length, weight);
  }
}
