//! One stable sort for the whole crate. `slice::sort_by_key` is instantiated anew for every
//! element type and key closure, about 5 KB of WebAssembly each; the linter sorts a handful of
//! things by an integer position, so every site goes through this: the keys are sorted as
//! `(u64, u32)` pairs (one instantiation of the standard unstable sort, made stable by the
//! index), and the elements are then moved into place by following the permutation's cycles.

/// Sorts `items` by `key`, keeping equal keys in their order (stable), in O(n log n).
pub fn by_key<T>(items: &mut [T], key: impl Fn(&T) -> u64) {
    if items.len() < 2 {
        return;
    }
    let mut keyed: Vec<(u64, u32)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (key(item), i as u32))
        .collect();
    if keyed.windows(2).all(|w| w[0] <= w[1]) {
        return; // already in order: the common case for positions collected in text order
    }
    keyed.sort_unstable();
    // `from[i]`: the index, in the original order, of the element that belongs at `i`
    let mut from: Vec<u32> = keyed.into_iter().map(|(_, i)| i).collect();
    for start in 0..from.len() {
        let mut at = start;
        // each element is moved once; `from[at] = at` marks a settled position
        while from[at] as usize != start && from[at] as usize != at {
            let source = from[at] as usize;
            items.swap(at, source);
            from[at] = at as u32;
            at = source;
        }
        from[at] = at as u32;
    }
}

/// Two offsets as one key that orders by `start`, then `end`.
pub fn span_key(start: usize, end: usize) -> u64 {
    ((start as u64) << 32) | (end as u64 & 0xffff_ffff)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn same_as_the_standard_stable_sort(items in proptest::collection::vec((0u64..20, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            by_key(&mut ours, |&(k, _)| k);
            let mut std = items;
            std.sort_by_key(|&(k, _)| k);
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn span_keys_order_by_start_then_end() {
        assert!(span_key(1, 9) < span_key(2, 3));
        assert!(span_key(2, 3) < span_key(2, 4));
    }
}
