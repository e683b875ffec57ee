//! The search over rounds: a greedy start, then seeded simulated annealing
//! on moves and swaps of topics between rounds, scored with a fast estimate
//! of each round's space cost; the exact assignment settles the spaces.

use std::time::Instant;

use super::{
    assignment,
    instance::{Cell, Problem, Score},
};

pub struct Found {
    pub cells: Vec<Cell>,
    pub score: Score,
}

/// A penalty per language conflict in the estimate: worse than anything.
const CONFLICT: f64 = 10_000.0;

struct State<'a> {
    p: &'a Problem,
    round_of: Vec<usize>,
    members: Vec<Vec<usize>>,
    /// marked[person * rounds + round]: topics of that round the person marked.
    marked: Vec<u16>,
    /// convening[person * rounds + round]: topics of that round they convene.
    convening: Vec<u16>,
    missed: i64,
    round_cost: Vec<f64>,
    /// Capacities, largest first.
    capacities: Vec<u32>,
    /// Per topic, the index of its language among those topics use.
    language_of: Vec<Option<usize>>,
    /// Per language index, how many spaces serve it.
    serving: Vec<usize>,
    /// language_count[round * languages + language].
    language_count: Vec<u16>,
    /// Reused by `estimate`, which runs hundreds of thousands of times.
    scratch: Vec<u32>,
}

impl<'a> State<'a> {
    fn new(p: &'a Problem, round_of: Vec<usize>) -> Self {
        let rounds = p.rounds.len();
        let mut capacities = p.capacity.clone();
        capacities.sort_unstable_by(|a, b| b.cmp(a));
        let mut languages: Vec<&str> = p
            .topic_language
            .iter()
            .flatten()
            .map(String::as_str)
            .collect();
        languages.sort_unstable();
        languages.dedup();
        let language_of = p
            .topic_language
            .iter()
            .map(|l| l.as_deref().and_then(|l| languages.binary_search(&l).ok()))
            .collect();
        let serving = languages
            .iter()
            .map(|l| {
                p.space_languages
                    .iter()
                    .filter(|ls| ls.as_ref().is_none_or(|ls| ls.iter().any(|x| x == l)))
                    .count()
            })
            .collect();
        let mut s = State {
            language_of,
            serving,
            language_count: vec![0; rounds * languages.len()],
            scratch: Vec::with_capacity(p.spaces.len()),
            p,
            members: vec![Vec::new(); rounds],
            marked: vec![0; p.people * rounds],
            convening: vec![0; p.people * rounds],
            missed: 0,
            round_cost: vec![0.0; rounds],
            capacities,
            round_of: round_of.clone(),
        };
        let languages = s.serving.len();
        for (t, r) in round_of.iter().enumerate() {
            s.members[*r].push(t);
            if let Some(l) = s.language_of[t] {
                s.language_count[r * languages + l] += 1;
            }
            for person in &p.interested[t] {
                let c = &mut s.marked[person * rounds + r];
                if *c >= 1 {
                    s.missed += 1;
                }
                *c += 1;
            }
            for person in &p.conveners[t] {
                s.convening[person * rounds + r] += 1;
            }
        }
        for r in 0..rounds {
            s.round_cost[r] = s.estimate(r);
        }
        s
    }

    /// The space cost of a round, estimated: overflow of the best pairing
    /// of demands with capacities, moves of topics that change round, and
    /// a penalty for more topics in a language than spaces serving it.
    fn estimate(&mut self, r: usize) -> f64 {
        let p = self.p;
        self.scratch.clear();
        self.scratch.extend(
            self.members[r]
                .iter()
                .map(|t| p.interested[*t].len() as u32),
        );
        self.scratch.sort_unstable_by(|a, b| b.cmp(a));
        let overflow: u32 = self
            .scratch
            .iter()
            .zip(&self.capacities)
            .map(|(d, c)| d.saturating_sub(*c))
            .sum();
        let moved = self.members[r]
            .iter()
            .filter(|t| p.previous[**t].is_some_and(|(pr, _)| pr != r))
            .count();
        let languages = self.serving.len();
        let conflicts: usize = self
            .serving
            .iter()
            .enumerate()
            .map(|(l, serving)| {
                usize::from(self.language_count[r * languages + l]).saturating_sub(*serving)
            })
            .sum();
        let w = &p.weights;
        w.overflow * f64::from(overflow) + w.moves * moved as f64 + CONFLICT * conflicts as f64
    }

    fn total(&self) -> f64 {
        self.p.weights.missed * self.missed as f64 + self.round_cost.iter().sum::<f64>()
    }

    fn can_host(&self, t: usize, r: usize, leaving: Option<usize>) -> bool {
        let p = self.p;
        let rounds = p.rounds.len();
        p.pinned[t].is_none()
            && p.round_allowed[t][r]
            && p.conveners[t].iter().all(|person| {
                let there = self.convening[person * rounds + r];
                let freed = leaving.is_some_and(|u| p.conveners[u].contains(person));
                there == 0 || (there == 1 && freed)
            })
    }

    fn relocate(&mut self, t: usize, to: usize) {
        let rounds = self.p.rounds.len();
        let from = self.round_of[t];
        for person in &self.p.interested[t] {
            let c = &mut self.marked[person * rounds + from];
            *c -= 1;
            if *c >= 1 {
                self.missed -= 1;
            }
            let c = &mut self.marked[person * rounds + to];
            if *c >= 1 {
                self.missed += 1;
            }
            *c += 1;
        }
        for person in &self.p.conveners[t] {
            self.convening[person * rounds + from] -= 1;
            self.convening[person * rounds + to] += 1;
        }
        if let Some(l) = self.language_of[t] {
            let languages = self.serving.len();
            self.language_count[from * languages + l] -= 1;
            self.language_count[to * languages + l] += 1;
        }
        self.members[from].retain(|x| *x != t);
        self.members[to].push(t);
        self.round_of[t] = to;
    }
}

/// A first placement into rounds: pinned topics where pinned, then the
/// most constrained and most wanted topics first, each where it adds the
/// fewest clashes. `None` when some topic finds no round.
fn greedy(p: &Problem) -> Option<Vec<usize>> {
    let rounds = p.rounds.len();
    let spaces = p.spaces.len();
    let mut round_of = vec![usize::MAX; p.topics.len()];
    let mut load = vec![0usize; rounds];
    let mut marked = vec![0u16; p.people * rounds];
    let mut convening = vec![0u16; p.people * rounds];
    let mut order: Vec<usize> = (0..p.topics.len()).collect();
    order.sort_by_key(|t| {
        (
            p.pinned[*t].is_none(),
            p.round_allowed[*t].iter().filter(|ok| **ok).count(),
            std::cmp::Reverse(p.conveners[*t].len()),
            std::cmp::Reverse(p.interested[*t].len()),
            *t,
        )
    });
    for t in order {
        let choice = match p.pinned[t] {
            Some((r, _)) => Some(r),
            None => (0..rounds)
                .filter(|r| p.round_allowed[t][*r] && load[*r] < spaces)
                .filter(|r| {
                    p.conveners[t]
                        .iter()
                        .all(|c| convening[c * rounds + r] == 0)
                })
                .min_by_key(|r| {
                    let clashes: usize = p.interested[t]
                        .iter()
                        .filter(|person| marked[**person * rounds + r] > 0)
                        .count();
                    let moved = p.previous[t].is_some_and(|(pr, _)| pr != *r);
                    (clashes * 2 + usize::from(moved) * 3, load[*r], *r)
                }),
        };
        let r = choice?;
        round_of[t] = r;
        load[r] += 1;
        for person in &p.interested[t] {
            marked[person * rounds + r] += 1;
        }
        for person in &p.conveners[t] {
            convening[person * rounds + r] += 1;
        }
    }
    Some(round_of)
}

/// Moves a topic, or swaps two, between rounds; keeps what lowers the
/// estimate, and sometimes what raises it while the temperature is high.
fn anneal(state: &mut State, seed: u64, deadline: Instant) -> Vec<usize> {
    let p = state.p;
    let rounds = p.rounds.len();
    let movable: Vec<usize> = (0..p.topics.len())
        .filter(|t| p.pinned[*t].is_none())
        .collect();
    let mut best = state.round_of.clone();
    let mut best_total = state.total();
    if rounds < 2 || movable.is_empty() {
        return best;
    }
    let mut rng = fastrand::Rng::with_seed(seed);
    // About half a second for 200 topics on a 2-core machine; small boards
    // get as many steps, which they need to find the last improvements.
    let iterations = (movable.len() * 15_000).clamp(200_000, 600_000);
    let (hot, cold) = (2.0f64, 0.02f64);
    let spaces = p.spaces.len();
    let started = Instant::now();
    let budget = deadline.saturating_duration_since(started).as_secs_f64();
    let mut progress = 0.0f64;
    for i in 0..iterations {
        // The cooling follows the steps taken or the time spent, whichever
        // is further along: the same steps (and answer) on a fast machine,
        // a complete cooling within the deadline on a slow one.
        if i % 1024 == 0 {
            let by_time = match budget > 0.0 {
                true => started.elapsed().as_secs_f64() / budget,
                false => 1.0,
            };
            progress = progress.max(by_time);
            if progress >= 1.0 {
                break;
            }
        }
        let fraction = progress.max(i as f64 / iterations as f64);
        let temperature = hot * (cold / hot).powf(fraction);
        let t = movable[rng.usize(..movable.len())];
        let from = state.round_of[t];
        let mut to = rng.usize(..rounds - 1);
        if to >= from {
            to += 1;
        }
        // A full round can only swap.
        let partner = if state.members[to].len() >= spaces || rng.bool() {
            let others = &state.members[to];
            if others.is_empty() {
                None
            } else {
                Some(others[rng.usize(..others.len())])
            }
        } else {
            None
        };
        if partner.is_none() && state.members[to].len() >= spaces {
            continue;
        }
        if !state.can_host(t, to, partner) {
            continue;
        }
        if let Some(u) = partner
            && !state.can_host(u, from, Some(t))
        {
            continue;
        }
        let before = state.total();
        let (old_from, old_to) = (state.round_cost[from], state.round_cost[to]);
        let old_missed = state.missed;
        state.relocate(t, to);
        if let Some(u) = partner {
            state.relocate(u, from);
        }
        state.round_cost[from] = state.estimate(from);
        state.round_cost[to] = state.estimate(to);
        let after = state.total();
        let accept = after <= before || rng.f64() < ((before - after) / temperature).exp();
        if accept {
            if after < best_total - 1e-9 {
                best_total = after;
                best.clone_from(&state.round_of);
            }
            continue;
        }
        if let Some(u) = partner {
            state.relocate(u, to);
        }
        state.relocate(t, from);
        state.round_cost[from] = old_from;
        state.round_cost[to] = old_to;
        debug_assert_eq!(state.missed, old_missed);
    }
    best
}

/// The exact spaces for a placement into rounds, and its exact score.
fn settle(p: &Problem, round_of: &[usize]) -> Option<Found> {
    let rounds = p.rounds.len();
    let mut cells = Vec::with_capacity(p.topics.len());
    let (mut overflow, mut moves) = (0u32, 0u32);
    for r in 0..rounds {
        let topics: Vec<usize> = (0..p.topics.len()).filter(|t| round_of[*t] == r).collect();
        let spaces = assignment::assign(p, r, &topics)?;
        for (t, s) in topics.iter().zip(spaces) {
            let (o, m) = assignment::cell_cost(p, *t, r, s)?;
            overflow += o;
            moves += m;
            cells.push(Cell {
                topic: p.topics[*t].clone(),
                round: p.rounds[r].clone(),
                space: p.spaces[s].clone(),
            });
        }
    }
    let mut marked = vec![0u32; p.people * rounds];
    let mut missed = 0u32;
    for (t, r) in round_of.iter().enumerate() {
        for person in &p.interested[t] {
            let c = &mut marked[person * rounds + r];
            if *c >= 1 {
                missed += 1;
            }
            *c += 1;
        }
    }
    // In the order of the instance's topics, for a stable answer.
    cells.sort_by_key(|c| p.topics.iter().position(|t| *t == c.topic));
    Some(Found {
        score: Score::new(missed, overflow, moves, &p.weights),
        cells,
    })
}

/// Searches from the greedy start with one annealing chain per core, the
/// first seeded with `seed` and the others with seeds derived from it, and
/// keeps the best settled answer (the first chain's on a tie).
pub fn run(p: &Problem, seed: u64, deadline: Instant) -> Option<Found> {
    if p.topics.is_empty() {
        return Some(Found {
            cells: Vec::new(),
            score: Score::new(0, 0, 0, &p.weights),
        });
    }
    let start = greedy(p)?;
    let chains = std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_CHAINS));
    let found: Vec<Option<Found>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..chains as u64)
            .map(|chain| {
                let start = &start;
                scope.spawn(move || {
                    let mut state = State::new(p, start.clone());
                    let chain_seed = seed.wrapping_add(chain.wrapping_mul(0x9E37_79B9_7F4A_7C15));
                    let best = anneal(&mut state, chain_seed, deadline);
                    settle(p, &best)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("an annealing chain panicked"))
            .collect()
    });
    found
        .into_iter()
        .flatten()
        .reduce(
            |best, other| match other.score.total < best.score.total - 1e-9 {
                true => other,
                false => best,
            },
        )
        .or_else(|| settle(p, &start))
}

/// More chains than cores only share them; four is plenty for a board.
const MAX_CHAINS: usize = 4;
