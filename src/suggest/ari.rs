//! The adjusted Rand index: how well a grouping agrees with labels, 1 for
//! the same partition, about 0 for a random one.

use std::collections::HashMap;
use std::hash::Hash;

pub fn adjusted_rand_index<A: Eq + Hash, B: Eq + Hash>(truth: &[A], found: &[B]) -> f64 {
    assert_eq!(
        truth.len(),
        found.len(),
        "both partitions cover the same items"
    );
    let pairs = |n: u64| (n * n.saturating_sub(1) / 2) as f64;
    let mut cells: HashMap<(&A, &B), u64> = HashMap::new();
    let mut rows: HashMap<&A, u64> = HashMap::new();
    let mut cols: HashMap<&B, u64> = HashMap::new();
    for (a, b) in truth.iter().zip(found) {
        *cells.entry((a, b)).or_default() += 1;
        *rows.entry(a).or_default() += 1;
        *cols.entry(b).or_default() += 1;
    }
    let index: f64 = cells.values().map(|&n| pairs(n)).sum();
    let row_pairs: f64 = rows.values().map(|&n| pairs(n)).sum();
    let col_pairs: f64 = cols.values().map(|&n| pairs(n)).sum();
    let expected = row_pairs * col_pairs / pairs(truth.len() as u64).max(1.0);
    let max = (row_pairs + col_pairs) / 2.0;
    if max == expected {
        return 1.0;
    }
    (index - expected) / (max - expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_partitions_score_one_whatever_their_names() {
        assert_eq!(
            adjusted_rand_index(&[1, 1, 2, 2, 3], &["a", "a", "b", "b", "c"]),
            1.0
        );
    }

    #[test]
    fn a_known_value() {
        // scikit-learn: adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2]) == 0.5714285714285715
        let ari = adjusted_rand_index(&[0, 0, 1, 1], &[0, 0, 1, 2]);
        assert!((ari - 0.571_428_571_428_571_5).abs() < 1e-12, "{ari}");
    }

    #[test]
    fn everything_in_one_group_scores_zero() {
        assert_eq!(adjusted_rand_index(&[0, 0, 1, 1, 2, 2], &[0; 6]), 0.0);
    }
}
