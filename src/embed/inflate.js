// A small zlib/deflate decoder (RFC 1950 and 1951), for browsers without the native
// DecompressionStream (Safari before 16.4, Firefox before 113). The start-up uses the native
// one wherever it exists; this one is slower (it reads the Huffman codes a bit at a time) but
// keeps older phones able to run the check. Tested against Node's zlib in e2e/embed-inflate.
// The zlib header and checksum are not checked: the stream was written by our own build.

/** The bytes of the zlib stream `src`, unpacked. Throws on a stream it cannot read. */
export function inflate(src) {
  let at = 2; // past the two-byte zlib header
  let bits = 0;
  let count = 0;
  let out = new Uint8Array(src.length * 3);
  let len = 0;

  const take = (n) => {
    while (count < n) {
      if (at >= src.length) throw new Error("inflate: the stream ends early");
      bits |= src[at++] << count;
      count += 8;
    }
    const value = bits & ((1 << n) - 1);
    bits >>>= n;
    count -= n;
    return value;
  };
  const room = (n) => {
    if (len + n <= out.length) return;
    const bigger = new Uint8Array(Math.max(out.length * 2, len + n));
    bigger.set(out);
    out = bigger;
  };
  // A canonical Huffman code from its code lengths: how many codes of each length, and the
  // symbols in code order.
  const code = (lengths) => {
    const counts = new Uint16Array(16);
    const next = new Uint16Array(16);
    const symbols = new Uint16Array(lengths.length);
    for (const l of lengths) counts[l]++;
    counts[0] = 0;
    for (let l = 1; l < 16; l++) next[l] = next[l - 1] + counts[l - 1];
    lengths.forEach((l, symbol) => l && (symbols[next[l]++] = symbol));
    return { counts, symbols };
  };
  const decode = ({ counts, symbols }) => {
    for (let l = 1, value = 0, first = 0, index = 0; l < 16; l++) {
      value |= take(1);
      if (value - first < counts[l]) return symbols[index + value - first];
      index += counts[l];
      first = (first + counts[l]) << 1;
      value <<= 1;
    }
    throw new Error("inflate: not a Huffman code of this block");
  };

  // Lengths 3-258 and distances 1-32768: a base and a number of extra bits per symbol.
  const lengthBase = [], lengthExtra = [], distBase = [], distExtra = [];
  for (let i = 0, base = 3; i < 29; i++) {
    lengthExtra[i] = i < 8 || i === 28 ? 0 : (i >> 2) - 1;
    lengthBase[i] = i === 28 ? 258 : base;
    base += 1 << lengthExtra[i];
  }
  for (let i = 0, base = 1; i < 30; i++) {
    distExtra[i] = i < 4 ? 0 : (i >> 1) - 1;
    distBase[i] = base;
    base += 1 << distExtra[i];
  }
  // The order in which a dynamic block gives the code lengths of its code-length code.
  const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

  for (let last = 0; !last; ) {
    last = take(1);
    const type = take(2);
    if (type === 0) {
      // Stored: from the next byte boundary, a length, its complement, and the bytes.
      bits = count = 0;
      const n = src[at] | (src[at + 1] << 8);
      at += 4;
      if (at + n > src.length) throw new Error("inflate: the stream ends early");
      room(n);
      out.set(src.subarray(at, at + n), len);
      len += n;
      at += n;
      continue;
    }
    let literals, distances;
    if (type === 1) {
      const fixed = [];
      for (let s = 0; s < 288; s++) fixed[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
      literals = code(fixed);
      distances = code(new Array(30).fill(5));
    } else if (type === 2) {
      const nLiterals = take(5) + 257;
      const nDistances = take(5) + 1;
      const nLengths = take(4) + 4;
      const lengthLengths = new Array(19).fill(0);
      for (let i = 0; i < nLengths; i++) lengthLengths[ORDER[i]] = take(3);
      const lengthCode = code(lengthLengths);
      const lengths = [];
      while (lengths.length < nLiterals + nDistances) {
        const symbol = decode(lengthCode);
        if (symbol < 16) lengths.push(symbol);
        else if (symbol === 16) {
          if (!lengths.length) throw new Error("inflate: a repeat with nothing before it");
          lengths.push(...new Array(take(2) + 3).fill(lengths[lengths.length - 1]));
        } else lengths.push(...new Array(symbol === 17 ? take(3) + 3 : take(7) + 11).fill(0));
      }
      literals = code(lengths.slice(0, nLiterals));
      distances = code(lengths.slice(nLiterals, nLiterals + nDistances));
    } else {
      throw new Error("inflate: unknown block type");
    }
    for (;;) {
      const symbol = decode(literals);
      if (symbol < 256) {
        room(1);
        out[len++] = symbol;
      } else if (symbol === 256) {
        break;
      } else {
        const i = symbol - 257;
        if (i >= 29) throw new Error("inflate: bad length");
        const n = lengthBase[i] + take(lengthExtra[i]);
        const d = decode(distances);
        if (d >= 30) throw new Error("inflate: bad distance");
        const back = distBase[d] + take(distExtra[d]);
        if (back > len) throw new Error("inflate: a distance before the start");
        room(n);
        for (let k = 0; k < n; k++, len++) out[len] = out[len - back];
      }
    }
  }
  return out.subarray(0, len);
}
