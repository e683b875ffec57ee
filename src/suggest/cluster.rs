//! Average-link agglomerative clustering on cosine distance: the two
//! closest groups merge until no two are closer than a threshold, so the
//! number of groups follows from the answers instead of being fixed.

/// Groups of indices into `vectors` (unit length), largest first; items
/// that joined nobody are groups of one.
pub fn average_link(vectors: &[Vec<f32>], threshold: f32) -> Vec<Vec<usize>> {
    let n = vectors.len();
    let mut distance = vec![0f32; n * n];
    for i in 0..n {
        for j in i + 1..n {
            let d = 1.0 - dot(&vectors[i], &vectors[j]);
            distance[i * n + j] = d;
            distance[j * n + i] = d;
        }
    }
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut alive: Vec<usize> = (0..n).collect();
    loop {
        let mut closest: Option<(f32, usize, usize)> = None;
        for (x, &i) in alive.iter().enumerate() {
            for &j in &alive[x + 1..] {
                let d = distance[i * n + j];
                if d <= threshold && closest.is_none_or(|(best, ..)| d < best) {
                    closest = Some((d, i, j));
                }
            }
        }
        let Some((_, keep, gone)) = closest else {
            break;
        };
        // Lance–Williams: the average link to the merged group is the
        // size-weighted mean of the links to its two parts.
        let (a, b) = (members[keep].len() as f32, members[gone].len() as f32);
        for &k in &alive {
            if k != keep && k != gone {
                let d = (a * distance[keep * n + k] + b * distance[gone * n + k]) / (a + b);
                distance[keep * n + k] = d;
                distance[k * n + keep] = d;
            }
        }
        let moved = std::mem::take(&mut members[gone]);
        members[keep].extend(moved);
        alive.retain(|&k| k != gone);
    }
    let mut groups: Vec<Vec<usize>> = alive
        .into_iter()
        .map(|i| std::mem::take(&mut members[i]))
        .collect();
    for g in &mut groups {
        g.sort_unstable();
    }
    groups.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    groups
}

pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(x: f32, y: f32) -> Vec<f32> {
        let n = (x * x + y * y).sqrt();
        vec![x / n, y / n]
    }

    #[test]
    fn near_vectors_group_and_a_far_one_stays_alone() {
        let v = vec![
            unit(1.0, 0.0),
            unit(0.0, 1.0),
            unit(1.0, 0.1),
            unit(0.1, 1.0),
            unit(-1.0, -1.0),
        ];
        assert_eq!(average_link(&v, 0.1), vec![vec![0, 2], vec![1, 3], vec![4]]);
    }

    #[test]
    fn the_threshold_decides_the_number_of_groups() {
        let v = vec![unit(1.0, 0.0), unit(1.0, 0.3), unit(0.0, 1.0)];
        assert_eq!(average_link(&v, 0.0).len(), 3);
        assert_eq!(average_link(&v, 2.0), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn nothing_to_group() {
        assert!(average_link(&[], 0.5).is_empty());
    }
}
