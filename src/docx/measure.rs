//! Lengths and sizes from a `.docx` in tenths of their unit. Word stores integers (twips,
//! half-points); keeping them integers avoids floating point, whose parsing and printing
//! tables would add about 13 KB (gzipped) to the WebAssembly package.

use std::fmt;

/// A measure in tenths of a unit: `Tenths(2100)` is 210 mm, `Tenths(135)` is 13.5 pt.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tenths(pub i64);

impl Tenths {
    /// Whole units.
    pub const fn units(n: i64) -> Tenths {
        Tenths(n * 10)
    }

    /// Twips (1/1440 inch) as millimetres, rounded to a tenth.
    pub fn mm_from_twips(twips: i64) -> Tenths {
        let scaled = twips * 254; // tenths of a millimetre × 1440
        Tenths((scaled + scaled.signum() * 720) / 1440)
    }

    /// Half-points (`w:sz`) as points.
    pub fn pt_from_half_points(half: i64) -> Tenths {
        Tenths(half * 5)
    }

    pub fn abs(self) -> Tenths {
        Tenths(self.0.abs())
    }

    /// Within `[lo, hi]` give or take `slack` tenths.
    pub fn within(self, lo: Tenths, hi: Tenths, slack: i64) -> bool {
        (lo.0 - slack..=hi.0 + slack).contains(&self.0)
    }
}

impl fmt::Display for Tenths {
    /// `210`, `13.5`, `-0.3`: the tenth only when there is one.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let (whole, tenth) = (self.0.abs() / 10, self.0.abs() % 10);
        if tenth == 0 {
            write!(f, "{sign}{whole}")
        } else {
            write!(f, "{sign}{whole}.{tenth}")
        }
    }
}

/// The largest magnitude read: far above any real size (a page is at most 31 680 twips, a font
/// 3 276 half-points), far below where the conversions could overflow.
const LIMIT: i64 = 1_000_000_000;

/// An integer attribute value as Word writes it (`"11906"`, `"-1134"`); a fraction, which
/// some writers add (`"1440.0"`), is dropped; a value no document has (beyond ±10⁹, a
/// fuzzer's) is no value.
pub fn integer(value: &str) -> Option<i64> {
    let whole = value.split_once('.').map_or(value, |(w, _)| w);
    whole
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|v| (-LIMIT..=LIMIT).contains(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a4_and_the_decree_margins_in_twips() {
        assert_eq!(Tenths::mm_from_twips(11906), Tenths::units(210));
        assert_eq!(Tenths::mm_from_twips(16838), Tenths::units(297));
        assert_eq!(Tenths::mm_from_twips(1134), Tenths::units(20));
        assert_eq!(Tenths::mm_from_twips(1701), Tenths::units(30));
        assert_eq!(Tenths::mm_from_twips(-1134), Tenths::units(-20));
        assert_eq!(Tenths::mm_from_twips(1440), Tenths(254));
    }

    #[test]
    fn printed_with_a_tenth_only_when_there_is_one() {
        assert_eq!(Tenths::pt_from_half_points(26).to_string(), "13");
        assert_eq!(Tenths::pt_from_half_points(27).to_string(), "13.5");
        // a fuzzer's size: no value rather than an overflow
        assert_eq!(integer("922337203685477580"), None);
        assert_eq!(integer("-1134"), Some(-1134));
        assert_eq!(Tenths(-3).to_string(), "-0.3");
        assert_eq!(Tenths(2541).to_string(), "254.1");
    }

    #[test]
    fn integers_as_word_writes_them() {
        assert_eq!(integer("11906"), Some(11906));
        assert_eq!(integer("-1134"), Some(-1134));
        assert_eq!(integer("1440.0"), Some(1440));
        assert_eq!(integer("2.5cm"), Some(2));
        assert_eq!(integer("auto"), None);
    }
}
