//! One stable sort for the whole crate. `slice::sort_by_key` is instantiated anew for every
//! element type and key closure, about 5 KB of WebAssembly each; the linter sorts a handful of
//! things by an integer position, so every site goes through this: the keys are sorted as
//! `(u64, u32)` pairs (made stable by the index), and the elements are then moved into place
//! by following the permutation's cycles. The pairs are sorted by a heapsort written here:
//! the standard unstable sort (quicksort, its heapsort fallback and small sorts) is 4 KB of
//! WebAssembly, this one a tenth of that, and the lists sorted are short or already in order
//! (tested against the standard sort below).

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
    heapsort(&mut keyed);
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

/// Sorts the pairs in place, in O(n log n) with no allocation.
fn heapsort(v: &mut [(u64, u32)]) {
    for root in (0..v.len() / 2).rev() {
        sift_down(v, root);
    }
    for end in (1..v.len()).rev() {
        v.swap(0, end);
        sift_down(&mut v[..end], 0);
    }
}

/// Moves `v[root]` down the max-heap `v` until both its children are smaller.
fn sift_down(v: &mut [(u64, u32)], mut root: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= v.len() {
            return;
        }
        if child + 1 < v.len() && v[child] < v[child + 1] {
            child += 1;
        }
        if v[root] >= v[child] {
            return;
        }
        v.swap(root, child);
        root = child;
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

    proptest! {
        #[test]
        fn heapsort_sorts_as_the_standard_sort(items in proptest::collection::vec((0u64..50, 0u32..50), 0..500)) {
            let mut ours = items.clone();
            heapsort(&mut ours);
            let mut std = items;
            std.sort_unstable();
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn span_keys_order_by_start_then_end() {
        assert!(span_key(1, 9) < span_key(2, 3));
        assert!(span_key(2, 3) < span_key(2, 4));
    }
}
