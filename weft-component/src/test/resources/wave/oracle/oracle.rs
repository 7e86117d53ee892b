// Generates oracle data for Weft's WAVE printer from Rust std behaviour (the formatting wasm-wave's writer uses).
// Build: rustc -O oracle.rs && ./oracle floats > floats.txt && ./oracle parse > parse.txt
//        && ./oracle escapes > escapes.txt
use std::fmt::Write;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
}

// How wasm-wave's writer writes one char inside quotes (writer.rs write_char).
fn escaped(ch: char) -> String {
    let mut s = String::new();
    if "\\\"\'\t\r\n".contains(ch) {
        write!(s, "{}", ch.escape_default()).unwrap();
    } else if ch.is_control() {
        write!(s, "{}", ch.escape_unicode()).unwrap();
    } else {
        write!(s, "{}", ch.escape_debug()).unwrap();
    }
    s
}

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    if mode == "floats" {
        let mut rng = Rng(0x9E3779B97F4A7C15);
        println!("# f32/f64 bit patterns and Rust Display output (nan printed as wasm-wave does)");
        let mut f32s: Vec<u32> = vec![0, 0x80000000, 1, 0x7f7fffff, 0x00800000, 0x3dcccccd, 0x4b800001];
        let mut f64s: Vec<u64> = vec![0, 1, 0x7fefffffffffffff, 0x0010000000000000, 0x3fb999999999999a, 0x44b52d02c7e14af6];
        for _ in 0..150 {
            f32s.push(rng.next() as u32);
            f64s.push(rng.next());
            // small-exponent and integer-like values too
            let k = (rng.next() % 2000) as i64 - 1000;
            f32s.push((k as f32 / 64.0).to_bits());
            f64s.push((k as f64 / 1000.0).to_bits());
            let e = (rng.next() % 60) as i32 - 30;
            f64s.push((((rng.next() % 1000000) as f64) * 10f64.powi(e)).to_bits());
            f32s.push((((rng.next() % 100000) as f32) * 10f32.powi(e)).to_bits());
        }
        for b in f32s {
            let f = f32::from_bits(b);
            if f.is_nan() { continue; }
            println!("f32 {:08x} {}", b, f);
        }
        for b in f64s {
            let f = f64::from_bits(b);
            if f.is_nan() { continue; }
            println!("f64 {:016x} {}", b, f);
        }
    } else if mode == "parse" {
        // Decimal strings near the midpoint between adjacent floats, where parsing through f64 would round twice.
        let mut rng = Rng(0xD1B54A32D192ED03);
        println!("# decimal text and the bits Rust's f32/f64 from_str gives");
        for i in 0..200 {
            let x = f32::from_bits((rng.next() as u32) & 0x7effffff | 0x00800000);
            let y = f32::from_bits(x.to_bits() + 1);
            let mid = (x as f64 + y as f64) / 2.0;
            let exact = format!("{:.40e}", mid);
            let (mant, exp) = exact.split_once('e').unwrap();
            let text = if i % 2 == 0 { format!("{}1e{}", mant, exp) } else { format!("{}e{}", mant, exp) };
            let parsed: f32 = text.parse().unwrap();
            println!("f32 {} {:08x}", text, parsed.to_bits());
        }
        for _ in 0..200 {
            let digits = rng.next() % 100000000000000000;
            let e = (rng.next() % 80) as i64 - 40;
            let text = format!("{}e{}", digits, e);
            let p32: f32 = text.parse().unwrap();
            let p64: f64 = text.parse().unwrap();
            println!("f32 {} {:08x}", text, p32.to_bits());
            println!("f64 {} {:016x}", text, p64.to_bits());
        }
    } else if mode == "escapes" {
        println!("# ranges of code points (hex, inclusive) that wasm-wave's writer escapes as \\u{{...}}");
        let mut start: Option<u32> = None;
        let mut prev = 0u32;
        for cp in 0u32..=0x10FFFF {
            let Some(ch) = char::from_u32(cp) else { continue };
            let e = escaped(ch);
            let unicode = e.starts_with("\\u{");
            if unicode {
                if start.is_none() { start = Some(cp); }
                prev = cp;
            } else if let Some(s) = start.take() {
                println!("{:x}-{:x}", s, prev);
            }
        }
        if let Some(s) = start { println!("{:x}-{:x}", s, prev); }
    }
}
