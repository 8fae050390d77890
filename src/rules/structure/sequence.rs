//! Where a numbered sequence (parts, chapters, articles, items) breaks, and which single
//! number mends it: one place for the judgement the numbering rules share.

/// How a number breaks the sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakKind {
    /// Larger than the next number: one or more are missing before it.
    Skipped,
    /// The same as the one before.
    Repeated,
    /// Smaller than the one before, and not a repeat.
    Backwards,
}

/// A number that breaks its sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Break {
    /// Index into the numbers given.
    pub index: usize,
    /// The number that belongs there.
    pub expected: u32,
    pub kind: BreakKind,
    /// Writing `expected` instead mends the sequence with this one edit (the numbers after it
    /// already follow on); when several would have to change, there is no single fix.
    pub mendable: bool,
}

/// The breaks of `numbers`, which may start at any of `first` (1, or where the previous
/// division stopped). A number is in order when it follows the one before, or when it holds
/// its place counted from the start: after a mistake ("1, 3, 3") the rest is judged by its
/// place, so one mistake is one finding, not one per number after it.
pub fn breaks(numbers: &[u32], first: &[u32]) -> Vec<Break> {
    let mut out = Vec::new();
    let Some(&start) = first.first() else {
        return out;
    };
    let mut base = start;
    // the number before as it will be once the fixes are applied (what the next must follow),
    // and as written (what the message says)
    let mut prev: Option<u32> = None;
    let mut written: Option<u32> = None;
    for (i, &n) in numbers.iter().enumerate() {
        if prev.is_none() && first.contains(&n) {
            base = n;
            prev = Some(n);
            written = Some(n);
            continue;
        }
        let expected = prev.map_or(start, |p| p + 1);
        let place = base + i as u32;
        if n == expected || n == place {
            prev = Some(n);
            written = Some(n);
            continue;
        }
        let kind = match written {
            Some(p) if p == n => BreakKind::Repeated,
            Some(p) if n < p => BreakKind::Backwards,
            _ => BreakKind::Skipped,
        };
        let next = numbers.get(i + 1).copied();
        let mendable = next.is_none_or(|nx| nx == n || nx == expected + 1);
        out.push(Break {
            index: i,
            expected,
            kind,
            mendable,
        });
        // a mended number is followed from its fixed value: "I, I, I" is fixed to I, II, III in
        // one pass, not to I, II, II (whose last fix would come back)
        prev = Some(if mendable { expected } else { n });
        written = Some(n);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(numbers: &[u32]) -> Vec<(usize, u32, BreakKind, bool)> {
        breaks(numbers, &[1])
            .into_iter()
            .map(|b| (b.index, b.expected, b.kind, b.mendable))
            .collect()
    }

    #[test]
    fn one_mistake_is_one_break() {
        use BreakKind::*;
        assert_eq!(at(&[1, 2, 3]), vec![]);
        assert_eq!(at(&[1, 3, 3]), vec![(1, 2, Skipped, true)]);
        assert_eq!(at(&[1, 2, 2, 4]), vec![(2, 3, Repeated, true)]);
        assert_eq!(at(&[1, 2, 4, 4]), vec![(2, 3, Skipped, true)]);
        assert_eq!(at(&[1, 2, 4]), vec![(2, 3, Skipped, true)]);
        // a gap with the rest following on: renumbering takes more than one edit
        assert_eq!(at(&[1, 2, 4, 5, 6]), vec![(2, 3, Skipped, false)]);
        assert_eq!(at(&[1, 2, 3, 5, 5]), vec![(3, 4, Skipped, true)]);
        assert_eq!(at(&[1, 2, 3, 2]), vec![(3, 4, Backwards, true)]);
        assert_eq!(at(&[2, 3]), vec![(0, 1, Skipped, false)]);
    }

    #[test]
    fn a_repeated_run_is_mended_in_one_pass() {
        use BreakKind::*;
        assert_eq!(
            at(&[1, 1, 1]),
            vec![(1, 2, Repeated, true), (2, 3, Repeated, true)]
        );
    }

    #[test]
    fn a_division_may_continue_the_one_before() {
        assert!(breaks(&[4, 5, 6], &[1, 4]).is_empty());
        assert!(breaks(&[1, 2], &[1, 4]).is_empty());
        assert_eq!(breaks(&[3, 4], &[1, 6]).len(), 1);
    }
}
