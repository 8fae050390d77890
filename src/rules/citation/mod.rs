//! `citation`: references to other documents.

// the rule modules, one per file declaring a rule (build/registry.rs)
include!(concat!(env!("OUT_DIR"), "/rules/citation.rs"));

use crate::document::citation::Citation;

/// The first two citations of a group that carry different values (two dates, two issuers):
/// enough to answer "which is the first earlier citation whose value differs from this one"
/// in O(1), so that conflicts are found in one pass instead of comparing every pair.
/// The first citation recorded in a group, and the first after it with another value.
/// Values are `u64` (a date packed, a name hashed) and keys too, so that the citation rules
/// share one map type: each map type costs the WebAssembly module its own copy of the
/// hash table's code.
#[derive(Debug, Clone, Copy)]
struct FirstTwo {
    first: (usize, u64),
    other: Option<(usize, u64)>,
}

impl FirstTwo {
    fn new(index: usize, value: u64) -> Self {
        FirstTwo {
            first: (index, value),
            other: None,
        }
    }

    /// The first recorded citation whose value is not `value`.
    fn first_not(&self, value: u64) -> Option<(usize, u64)> {
        if self.first.1 != value {
            Some(self.first)
        } else {
            self.other
        }
    }

    fn add(&mut self, index: usize, value: u64) {
        if self.other.is_none() && self.first.1 != value {
            self.other = Some((index, value));
        }
    }
}

/// Citations grouped by document (and term), with the first two values seen in each group
/// (a map to the group's place in a list: a table type the module has already).
struct Groups {
    at: crate::hash::FastMap<u64, u32>,
    groups: Vec<FirstTwo>,
}

impl Groups {
    fn new() -> Self {
        Groups {
            at: Default::default(),
            groups: Vec::new(),
        }
    }

    /// The first citation recorded under `key` whose value is not `value`.
    fn first_not(&self, key: u64, value: u64) -> Option<(usize, u64)> {
        self.groups[*self.at.get(&key)? as usize].first_not(value)
    }

    fn record(&mut self, key: u64, index: usize, value: u64) {
        match self.at.get(&key) {
            Some(&i) => self.groups[i as usize].add(index, value),
            None => {
                self.at.insert(key, self.groups.len() as u32);
                self.groups.push(FirstTwo::new(index, value));
            }
        }
    }
}

/// A group's key: the cited document (its first citation's index) and, for a dated Party
/// number, its term.
fn group_key(document: usize, term: Option<i32>) -> u64 {
    ((document as u64) << 32) | term.map_or(0, |t| u64::from(t as u32 & 0x7fff_ffff) + 1)
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
