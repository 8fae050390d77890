//! `citation`: references to other documents.

// the rule modules, one per file declaring a rule (build/registry.rs)
include!(concat!(env!("OUT_DIR"), "/rules/citation.rs"));

use crate::document::citation::Citation;

/// The first two citations of a group that carry different values (two dates, two issuers):
/// enough to answer "which is the first earlier citation whose value differs from this one"
/// in O(1), so that conflicts are found in one pass instead of comparing every pair.
#[derive(Debug, Clone, Copy)]
struct FirstTwo<T> {
    first: (usize, T),
    other: Option<(usize, T)>,
}

impl<T: Copy + PartialEq> FirstTwo<T> {
    fn new(index: usize, value: T) -> Self {
        FirstTwo {
            first: (index, value),
            other: None,
        }
    }

    /// The first recorded citation whose value is not `value`.
    fn first_not(&self, value: T) -> Option<(usize, T)> {
        if self.first.1 != value {
            Some(self.first)
        } else {
            self.other
        }
    }

    fn add(&mut self, index: usize, value: T) {
        if self.other.is_none() && self.first.1 != value {
            self.other = Some((index, value));
        }
    }
}

/// Citations grouped by a key, each group remembering its first two distinct values.
struct Groups<K, T>(crate::hash::FastMap<K, FirstTwo<T>>);

impl<K: std::hash::Hash + Eq, T: Copy + PartialEq> Groups<K, T> {
    fn new() -> Self {
        Groups(Default::default())
    }

    /// The first citation recorded under `key` whose value is not `value`.
    fn first_not(&self, key: &K, value: T) -> Option<(usize, T)> {
        self.0.get(key)?.first_not(value)
    }

    fn record(&mut self, key: K, index: usize, value: T) {
        self.0
            .entry(key)
            .and_modify(|g| g.add(index, value))
            .or_insert_with(|| FirstTwo::new(index, value));
    }
}

/// The term a dated Party citation belongs to (`None`: any term, as for undated citations and
/// state numbers, which are not renumbered per term).
fn term_of(c: &Citation) -> Option<i32> {
    match (c.date, c.style) {
        (Some((d, _)), Some(crate::document::number::NumberStyle::Party)) => {
            Some(crate::document::citation::party_term(&c.number_text, d))
        }
        _ => None,
    }
}
