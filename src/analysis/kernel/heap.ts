// An indexed binary min-heap of node indices keyed by a Float64Array of distances, with
// decrease-key, in typed arrays: the priority queue of the kernel's Dijkstra.

export class IndexedMinHeap {
  private readonly nodes: Int32Array;
  /** Position of each node in `nodes`, or -1 when it is not in the heap. */
  private readonly position: Int32Array;
  private readonly keys: Float64Array;
  size = 0;

  /** `keys` is read, never written: the caller updates keys[v] before push/decrease. */
  constructor(capacity: number, keys: Float64Array) {
    this.nodes = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
    this.keys = keys;
  }

  push(v: number): void {
    const i = this.size++;
    this.nodes[i] = v;
    this.position[v] = i;
    this.siftUp(i);
  }

  /** Restores the order after keys[v] decreased; v must be in the heap. */
  decrease(v: number): void {
    this.siftUp(this.position[v]!);
  }

  /** Removes and returns the node with the smallest key; the heap must not be empty. */
  pop(): number {
    const nodes = this.nodes;
    const top = nodes[0]!;
    this.position[top] = -1;
    const last = nodes[--this.size]!;
    if (this.size > 0) {
      nodes[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(start: number): void {
    const nodes = this.nodes;
    const position = this.position;
    const keys = this.keys;
    let i = start;
    const v = nodes[i]!;
    const key = keys[v]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = nodes[parent]!;
      if (keys[p]! <= key) break;
      nodes[i] = p;
      position[p] = i;
      i = parent;
    }
    nodes[i] = v;
    position[v] = i;
  }

  private siftDown(start: number): void {
    const nodes = this.nodes;
    const position = this.position;
    const keys = this.keys;
    const size = this.size;
    let i = start;
    const v = nodes[i]!;
    const key = keys[v]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && keys[nodes[right]!]! < keys[nodes[child]!]!) child = right;
      const c = nodes[child]!;
      if (keys[c]! >= key) break;
      nodes[i] = c;
      position[c] = i;
      i = child;
    }
    nodes[i] = v;
    position[v] = i;
  }
}
