//! Splitting three versions into stable runs (the same on all sides) and changed
//! chunks, the core of diff3, over line matches computed by the `similar` crate.

use similar::{capture_diff_slices, Algorithm, DiffOp};

/// A run of lines, either unchanged everywhere or changed on at least one side.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Chunk<'a, 'l> {
    Stable(&'l [&'a str]),
    Changed {
        base: &'l [&'a str],
        mine: &'l [&'a str],
        disk: &'l [&'a str],
    },
}

/// Walks the three versions together: a base line kept by both sides (at the
/// expected place on each) is stable; everything between stable lines is a chunk.
pub(crate) fn unstable_chunks<'a, 'l>(
    base: &'l [&'a str],
    mine: &'l [&'a str],
    disk: &'l [&'a str],
) -> Vec<Chunk<'a, 'l>> {
    let to_mine = matches_from_base(base, mine);
    let to_disk = matches_from_base(base, disk);
    let mut chunks = Vec::new();
    let (mut b, mut m, mut d) = (0, 0, 0);
    while b < base.len() || m < mine.len() || d < disk.len() {
        let stable_run = (b..base.len())
            .take_while(|&i| to_mine[i] == Some(m + i - b) && to_disk[i] == Some(d + i - b))
            .count();
        if stable_run > 0 {
            chunks.push(Chunk::Stable(&base[b..b + stable_run]));
            b += stable_run;
            m += stable_run;
            d += stable_run;
            continue;
        }
        // The next base line both sides kept, after their own position.
        let next = (b..base.len()).find_map(|i| match (to_mine[i], to_disk[i]) {
            (Some(mi), Some(di)) if mi >= m && di >= d => Some((i, mi, di)),
            _ => None,
        });
        let (nb, nm, nd) = next.unwrap_or((base.len(), mine.len(), disk.len()));
        chunks.push(Chunk::Changed {
            base: &base[b..nb],
            mine: &mine[m..nm],
            disk: &disk[d..nd],
        });
        (b, m, d) = (nb, nm, nd);
    }
    chunks
}

/// For each base line, the index of the same line in `other` when the diff keeps it.
fn matches_from_base(base: &[&str], other: &[&str]) -> Vec<Option<usize>> {
    let mut matches = vec![None; base.len()];
    for op in capture_diff_slices(Algorithm::Myers, base, other) {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            for offset in 0..len {
                matches[old_index + offset] = Some(new_index + offset);
            }
        }
    }
    matches
}
