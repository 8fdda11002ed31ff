//! The start-up's LZMA decoder. The widget's wasm travels in the document as a raw LZMA1
//! stream (lc=3, lp=0, pb=0), packed at build time by Python's `lzma` module
//! (scripts/assemble.py, `packed_wasm`): 14 % smaller than the best deflate stream (Zopfli), and
//! no browser unpacks LZMA itself. This module is the decoder, compiled on its own to a wasm
//! module of about 1.9 KB that the start-up instantiates first (src/embed/boot.js).
//!
//! Written from the format's description, Igor Pavlov's public-domain LZMA specification
//! (`lzma-specification.txt` in the LZMA SDK, 7-zip.org/sdk.html); the names below follow it.
//! Why wasm and not JavaScript: the same decoder written in JavaScript took 40 ms for the
//! widget's 333 KB in Node's V8 before its compiler warmed up, this one 8.4 ms
//! (bench/size.md, change 12).
//!
//! Any stream this decoder cannot follow traps, by a panic that aborts: a distance reaching
//! before the start, a length running past the end, a stream that ends early, and a stream
//! whose end marker does not come exactly at the expected size. The start-up catches the trap
//! and shows the plain fallback with its note. LZMA has no checksum, so a stream damaged in
//! the middle could in principle still decode to wrong bytes of the right length and end on a
//! marker; such bytes would then almost surely fail WebAssembly's validation, which traps the
//! same way. What guarantees the bytes are the ones built is the script's SHA-256 hash in the
//! document's Content-Security-Policy: a browser runs no other payload.
#![no_std]

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

// Every adaptive probability of the format lives in one array. These are the offsets of each
// group, in the specification's order; with pb=0 there is one "position state", so the groups
// the specification keeps per position state have one row. Index 0 is left unused, so that a
// single bit at p can be read as a one-bit tree at p - 1 (`Decoder::bit`).
const IS_MATCH: usize = 1; // by state (12 states)
const IS_REP: usize = 13;
const IS_REP_G0: usize = 25;
const IS_REP_G1: usize = 37;
const IS_REP_G2: usize = 49;
const IS_REP0_LONG: usize = 61;
const POS_SLOT: usize = 73; // 4 length states × 64 slots
const POS_SPECIAL: usize = 329; // 114: distances 4 … 127, by reverse bit trees
const ALIGN: usize = 443; // 16
const LEN: usize = 459; // a length coder: choice, choice 2, low 8, mid 8, high 256 (274)
const REP_LEN: usize = 733; // the same for repeated distances
const LITERAL: usize = 1007; // 0x300 for each of the 8 contexts of lc=3
const PROBS: usize = LITERAL + 8 * 0x300;

/// The range decoder with its probabilities.
struct Decoder<'a> {
    input: &'a [u8],
    at: usize,
    range: u32,
    code: u32,
    probs: [u16; PROBS],
}

/// Keeps the range at 24 bits or more by shifting in the next input byte. A function of its
/// own so that `tree` can run it on local copies of the coder's state and `direct` on the
/// decoder's fields; always inlined, so the locals stay locals.
#[inline(always)]
fn normalize(input: &[u8], range: &mut u32, code: &mut u32, at: &mut usize) {
    if *range < 1 << 24 {
        *range <<= 8;
        // Past the end it reads zeros; `decode` checks at the end that it never got there.
        *code = (*code << 8) | *input.get(*at).unwrap_or(&0) as u32;
        *at += 1;
    }
}

impl Decoder<'_> {

    /// `count` bits, most significant first, through a tree of probabilities at base + 1 …;
    /// each bit is coded with its probability (11 bits), which it then adapts by 1/32. Every
    /// bit of the stream but the direct ones goes through this one loop, which keeps the
    /// coder's range and code in locals: the decoder's hot path, written once.
    #[inline(never)]
    fn tree(&mut self, base: usize, count: u32) -> usize {
        let (mut range, mut code, mut at) = (self.range, self.code, self.at);
        let mut m = 1;
        for _ in 0..count {
            let p = base + m;
            let prob = self.probs[p];
            let bound = (range >> 11) * prob as u32;
            m <<= 1;
            if code < bound {
                range = bound;
                self.probs[p] = prob + ((2048 - prob) >> 5);
            } else {
                range -= bound;
                code -= bound;
                self.probs[p] = prob - (prob >> 5);
                m |= 1;
            }
            normalize(self.input, &mut range, &mut code, &mut at);
        }
        (self.range, self.code, self.at) = (range, code, at);
        m - (1 << count)
    }

    /// One bit, with the probability probs[p].
    fn bit(&mut self, p: usize) -> usize {
        self.tree(p - 1, 1)
    }

    /// The same as `tree`, least significant bit first: the same walk, read backwards.
    fn reverse(&mut self, base: usize, count: u32) -> usize {
        (self.tree(base, count) as u32).reverse_bits() as usize >> (32 - count)
    }

    /// `count` bits of even odds, most significant first.
    fn direct(&mut self, count: u32) -> usize {
        let mut value = 0;
        for _ in 0..count {
            self.range >>= 1;
            let b = (self.code >= self.range) as usize;
            if b == 1 {
                self.code -= self.range;
            }
            value = (value << 1) | b;
            normalize(self.input, &mut self.range, &mut self.code, &mut self.at);
        }
        value
    }

    /// A match length, less the shortest (2).
    fn length(&mut self, base: usize) -> usize {
        if self.bit(base) == 0 {
            self.tree(base + 2, 3)
        } else if self.bit(base + 1) == 0 {
            8 + self.tree(base + 10, 3)
        } else {
            16 + self.tree(base + 18, 8)
        }
    }
}

/// Fills `out` from the stream `input`, which must end with the end marker right after the
/// last byte of `out`; panics (a trap in wasm) where the stream is broken.
fn decode(input: &[u8], out: &mut [u8]) {
    assert!(input.len() >= 5 && input[0] == 0);
    let code = u32::from_be_bytes([input[1], input[2], input[3], input[4]]);
    let mut d = Decoder { input, at: 5, range: u32::MAX, code, probs: [1024; PROBS] };
    // The state (0-11) says what the last few packets were: literals, matches, repeats.
    let (mut pos, mut state) = (0, 0);
    // The last four match distances, less one, most recent first. Each new one is checked
    // against `pos` below and `pos` only grows, so `pos - reps[0] - 1` is always inside what
    // is written, except at the very start (a repeat or a matched literal as the first
    // packet), where it wraps to an index out of range and traps.
    let mut reps = [0usize; 4];
    loop {
        if d.bit(IS_MATCH + state) == 0 {
            // A literal byte, coded in the context of the top 3 bits of the byte before it
            // (lc=3). Right after a match, it is coded against the byte at the last distance
            // as long as their bits agree.
            let lit = LITERAL + 0x300 * if pos > 0 { out[pos - 1] as usize >> 5 } else { 0 };
            let mut symbol = 1;
            if state >= 7 {
                let mut matched = out[pos - reps[0] - 1] as usize;
                while symbol < 0x100 {
                    let match_bit = (matched >> 7) & 1;
                    matched <<= 1;
                    let b = d.bit(lit + ((1 + match_bit) << 8) + symbol);
                    symbol = (symbol << 1) | b;
                    if b != match_bit {
                        break;
                    }
                }
            }
            if symbol == 1 {
                symbol = 0x100 | d.tree(lit, 8);
            } else {
                while symbol < 0x100 {
                    symbol = (symbol << 1) | d.bit(lit + symbol);
                }
            }
            out[pos] = symbol as u8;
            pos += 1;
            state = if state < 4 { 0 } else if state < 10 { state - 3 } else { state - 6 };
            continue;
        }
        let len;
        if d.bit(IS_REP + state) == 1 {
            // A repeat of one of the last four distances.
            if d.bit(IS_REP_G0 + state) == 0 {
                if d.bit(IS_REP0_LONG + state) == 0 {
                    // One byte from the last distance.
                    state = if state < 7 { 9 } else { 11 };
                    out[pos] = out[pos - reps[0] - 1];
                    pos += 1;
                    continue;
                }
            } else {
                let i = if d.bit(IS_REP_G1 + state) == 0 {
                    1
                } else if d.bit(IS_REP_G2 + state) == 0 {
                    2
                } else {
                    3
                };
                // The chosen distance moves to the front.
                reps[..=i].rotate_right(1);
            }
            len = d.length(REP_LEN);
            state = if state < 7 { 8 } else { 11 };
        } else {
            // A new distance: a 6-bit slot chosen by length, then the slot's low bits.
            reps.rotate_right(1);
            len = d.length(LEN);
            state = if state < 7 { 7 } else { 10 };
            let slot = d.tree(POS_SLOT + 64 * len.min(3), 6);
            let dist = if slot < 4 {
                slot
            } else {
                let bits = (slot as u32 >> 1) - 1;
                let base = (2 | (slot & 1)) << bits;
                if slot < 14 {
                    base + d.reverse(POS_SPECIAL + base - slot - 1, bits)
                } else {
                    base + (d.direct(bits - 4) << 4) + d.reverse(ALIGN - 1, 4)
                }
            };
            // The end marker: the distance 0xFFFF_FFFF, which liblzma writes after the last
            // byte of a raw stream.
            if dist == 0xFFFF_FFFF {
                break;
            }
            reps[0] = dist;
        }
        // The copy must start inside what is already written and end inside `out`.
        let end = pos + len + 2;
        assert!(reps[0] < pos && end <= out.len());
        while pos < end {
            out[pos] = out[pos - reps[0] - 1];
            pos += 1;
        }
    }
    // The marker must come exactly at the size the start-up expects, and the stream must not
    // have run out on the way (past its end the decoder reads zeros).
    assert!(pos == out.len() && d.at <= input.len());
}

/// Unpacks the `packed_len` bytes at `packed` into the `size` bytes at `out`, both in this
/// module's memory, which the caller grows to hold them (src/embed/boot.js).
///
/// # Safety
/// Both ranges must lie inside this module's memory and must not overlap.
#[no_mangle]
pub unsafe extern "C" fn unpack(packed: *const u8, packed_len: usize, out: *mut u8, size: usize) {
    decode(core::slice::from_raw_parts(packed, packed_len), core::slice::from_raw_parts_mut(out, size));
}
