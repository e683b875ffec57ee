//! XLM-RoBERTa's SentencePiece unigram tokenizer, as the model file packs it:
//! a per-code-point normalisation map, the metaspace marker, and a Viterbi
//! search for the most likely split into pieces.

use crate::{Cursor, Error};

const METASPACE: char = '\u{2581}';

pub(crate) struct Tokenizer {
    pub(crate) bos: u32,
    pub(crate) eos: u32,
    unk: u32,
    unk_score: f32,
    max_piece_bytes: usize,
    offsets: Vec<u32>,
    scores: Vec<f32>,
    blob: Vec<u8>,
    /// Open addressing on FNV-1a: piece index + 1, 0 when empty.
    table: Vec<u32>,
    mask: usize,
    /// Sorted code points with their replacement code points.
    norm_from: Vec<u32>,
    norm_offsets: Vec<u32>,
    norm_to: Vec<u32>,
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(1469598103934665603u64, |h, &b| {
        (h ^ b as u64).wrapping_mul(1099511628211)
    })
}

impl Tokenizer {
    pub(crate) fn read(c: &mut Cursor) -> Result<Tokenizer, Error> {
        let pieces = c.count()?;
        let bos = c.u32()?;
        let eos = c.u32()?;
        let _pad = c.u32()?;
        let unk = c.u32()?;
        let blob_len = usize::try_from(c.u64()?).map_err(|_| Error::new("vocabulary too large"))?;
        let offsets = c.u32s(pieces + 1)?;
        let scores = c.f32s(pieces)?;
        let blob = c.take(blob_len)?.to_vec();
        if offsets.windows(2).any(|w| w[0] > w[1])
            || offsets.last().is_some_and(|&o| o as usize > blob.len())
        {
            return Err(Error::new("vocabulary offsets out of order"));
        }
        let (norm_from, norm_offsets, norm_to) = read_normalisation(c)?;

        let min_score = scores.iter().copied().fold(f32::INFINITY, f32::min);
        let max_piece_bytes = offsets
            .windows(2)
            .map(|w| (w[1] - w[0]) as usize)
            .max()
            .unwrap_or(1);
        let size = (pieces * 2).next_power_of_two().max(2);
        let mut tokenizer = Tokenizer {
            bos,
            eos,
            unk,
            unk_score: min_score - 10.0,
            max_piece_bytes,
            offsets,
            scores,
            blob,
            table: vec![0; size],
            mask: size - 1,
            norm_from,
            norm_offsets,
            norm_to,
        };
        for index in 0..pieces {
            let piece = tokenizer.piece(index);
            if piece.is_empty() {
                continue;
            }
            let mut slot = fnv1a(piece) as usize & tokenizer.mask;
            while tokenizer.table[slot] != 0 {
                slot = (slot + 1) & tokenizer.mask;
            }
            tokenizer.table[slot] = index as u32 + 1;
        }
        Ok(tokenizer)
    }

    fn piece(&self, index: usize) -> &[u8] {
        &self.blob[self.offsets[index] as usize..self.offsets[index + 1] as usize]
    }

    fn lookup(&self, bytes: &[u8]) -> Option<usize> {
        let mut slot = fnv1a(bytes) as usize & self.mask;
        loop {
            let entry = self.table[slot] as usize;
            if entry == 0 {
                return None;
            }
            if self.piece(entry - 1) == bytes {
                return Some(entry - 1);
            }
            slot = (slot + 1) & self.mask;
        }
    }

    fn normalise(&self, text: &str) -> Vec<char> {
        let mut chars: Vec<char> = Vec::with_capacity(text.len() + 1);
        for c in text.chars() {
            match self.norm_from.binary_search(&(c as u32)) {
                Err(_) => chars.push(c),
                Ok(i) => {
                    let range = self.norm_offsets[i] as usize..self.norm_offsets[i + 1] as usize;
                    chars.extend(
                        self.norm_to[range]
                            .iter()
                            .filter_map(|&cp| char::from_u32(cp)),
                    );
                }
            }
        }
        chars.dedup_by(|b, a| *a == ' ' && *b == ' ');
        chars
    }

    /// The content tokens of `text`, without `<s>` and `</s>`.
    pub(crate) fn encode(&self, text: &str) -> Vec<u32> {
        let chars = self.normalise(text);
        let mut bytes = String::with_capacity(text.len() * 2 + 3);
        let mut starts = Vec::with_capacity(chars.len() + 2);
        if chars.first() != Some(&' ') {
            starts.push(0);
            bytes.push(METASPACE);
        }
        for &c in &chars {
            starts.push(bytes.len());
            bytes.push(if c == ' ' { METASPACE } else { c });
        }
        starts.push(bytes.len());
        let bytes = bytes.as_bytes();

        let n = starts.len() - 1;
        let mut best = vec![f32::NEG_INFINITY; n + 1];
        let mut piece = vec![None; n + 1];
        let mut from = vec![0usize; n + 1];
        best[0] = 0.0;
        for i in 0..n {
            if best[i] == f32::NEG_INFINITY {
                continue;
            }
            let begin = starts[i];
            for end in i + 1..=n {
                let span = &bytes[begin..starts[end]];
                if span.len() > self.max_piece_bytes {
                    break;
                }
                if let Some(index) = self
                    .lookup(span)
                    .filter(|&index| index != self.unk as usize)
                {
                    let score = best[i] + self.scores[index];
                    if score > best[end] {
                        best[end] = score;
                        piece[end] = Some(index as u32);
                        from[end] = i;
                    }
                }
            }
            let unknown = best[i] + self.unk_score;
            if unknown > best[i + 1] {
                best[i + 1] = unknown;
                piece[i + 1] = None;
                from[i + 1] = i;
            }
        }
        let mut ids = Vec::new();
        let mut i = n;
        while i > 0 {
            ids.push(piece[i].unwrap_or(self.unk));
            i = from[i];
        }
        ids.reverse();
        ids
    }
}

type Normalisation = (Vec<u32>, Vec<u32>, Vec<u32>);

fn read_normalisation(c: &mut Cursor) -> Result<Normalisation, Error> {
    let entries = c.count()?;
    let len = c.u32()? as usize;
    let mut map = Cursor::new(c.take(len)?);
    let mut from = Vec::with_capacity(entries);
    let mut offsets = Vec::with_capacity(entries + 1);
    let mut to = Vec::new();
    for _ in 0..entries {
        from.push(map.u32()?);
        offsets.push(to.len() as u32);
        let n = map.take(1)?[0] as usize;
        to.extend(map.u32s(n)?);
    }
    offsets.push(to.len() as u32);
    if from.windows(2).any(|w| w[0] >= w[1]) {
        return Err(Error::new("normalisation map not sorted"));
    }
    Ok((from, offsets, to))
}
