//! The BERT encoder: embeddings, 12 layers of attention and feed-forward,
//! mean over the tokens' last hidden states.

use crate::{Cursor, Error};

pub const DIMENSIONS: usize = 384;
const BLOCK: usize = 32;
/// A 4-bit block: an f16 scale, then 16 bytes holding weight j in the low
/// nibble of byte j and weight j + 16 in its high nibble.
const BLOCK_BYTES: usize = 18;

pub(crate) struct Header {
    hidden: usize,
    layers: usize,
    heads: usize,
    feed_forward: usize,
    max_positions: usize,
    eps: f32,
}

impl Header {
    pub(crate) fn read(c: &mut Cursor) -> Result<Header, Error> {
        let hidden = c.count()?;
        let layers = c.count()?;
        let heads = c.count()?;
        let feed_forward = c.count()?;
        let _vocabulary = c.count()?;
        let max_positions = c.count()?;
        let _token_types = c.count()?;
        let eps = c.f32()?;
        let block = c.count()?;
        if hidden != DIMENSIONS
            || block != BLOCK
            || hidden % heads != 0
            || feed_forward % BLOCK != 0
            || max_positions < 3
        {
            return Err(Error::new(format!(
                "unexpected model shape: hidden {hidden}, heads {heads}, feed-forward {feed_forward}, block {block}"
            )));
        }
        Ok(Header {
            hidden,
            layers,
            heads,
            feed_forward,
            max_positions,
            eps,
        })
    }
}

struct Entry {
    name: String,
    quantised: bool,
    count: usize,
    offset: usize,
}

pub(crate) struct Directory(Vec<Entry>);

impl Directory {
    pub(crate) fn read(c: &mut Cursor, file_len: usize) -> Result<Directory, Error> {
        let n = c.count()?;
        let mut entries = Vec::with_capacity(n);
        for _ in 0..n {
            let len = c.u16()? as usize;
            let name = String::from_utf8_lossy(c.take(len)?).into_owned();
            let quantised = c.take(1)?[0] == 1;
            let count = c.u32()? as usize;
            let offset = usize::try_from(c.u64()?).unwrap_or(usize::MAX);
            let bytes = usize::try_from(c.u64()?).unwrap_or(usize::MAX);
            let expected = if quantised {
                count / BLOCK * BLOCK_BYTES
            } else {
                count * 4
            };
            if bytes != expected || offset.checked_add(bytes).is_none_or(|end| end > file_len) {
                return Err(Error::new(format!(
                    "tensor {name} lies outside the model file"
                )));
            }
            entries.push(Entry {
                name,
                quantised,
                count,
                offset,
            });
        }
        Ok(Directory(entries))
    }

    fn find(&self, name: &str, quantised: bool, count: usize) -> Result<&Entry, Error> {
        let entry = self
            .0
            .iter()
            .find(|e| e.name == name)
            .ok_or_else(|| Error::new(format!("tensor {name} missing")))?;
        if entry.quantised != quantised || entry.count != count {
            return Err(Error::new(format!("tensor {name} has the wrong shape")));
        }
        Ok(entry)
    }

    fn floats(&self, bytes: &[u8], name: &str, count: usize) -> Result<Vec<f32>, Error> {
        let entry = self.find(name, false, count)?;
        Cursor::new(&bytes[entry.offset..]).f32s(count)
    }

    fn matrix(&self, name: &str, cols: usize) -> Result<Matrix, Error> {
        let entry = self
            .0
            .iter()
            .find(|e| e.name == name)
            .ok_or_else(|| Error::new(format!("tensor {name} missing")))?;
        let rows = entry.count / cols;
        self.find(name, true, rows * cols)?;
        Ok(Matrix {
            offset: entry.offset,
            rows,
            cols,
        })
    }
}

/// A 4-bit matrix inside the model file, row-major, `cols` a multiple of 32.
#[derive(Clone, Copy)]
struct Matrix {
    offset: usize,
    rows: usize,
    cols: usize,
}

struct Linear {
    weight: Matrix,
    bias: Vec<f32>,
}

struct Norm {
    weight: Vec<f32>,
    bias: Vec<f32>,
}

struct Layer {
    query: Linear,
    key: Linear,
    value: Linear,
    attention_out: Linear,
    attention_norm: Norm,
    up: Linear,
    down: Linear,
    output_norm: Norm,
}

pub(crate) struct Encoder {
    header: Header,
    /// The CPU runs AVX2 instructions.
    avx2: bool,
    /// The whole model file: the 4-bit matrices are read in place.
    bytes: Vec<u8>,
    word: Matrix,
    position: Vec<f32>,
    token_type: Vec<f32>,
    embedding_norm: Norm,
    layers: Vec<Layer>,
}

impl Encoder {
    pub(crate) fn new(header: Header, dir: &Directory, bytes: Vec<u8>) -> Result<Encoder, Error> {
        let h = header.hidden;
        let ff = header.feed_forward;
        let linear = |name: String, rows: usize, cols: usize| -> Result<Linear, Error> {
            let weight = dir.matrix(&format!("{name}.w"), cols)?;
            if weight.rows != rows {
                return Err(Error::new(format!("tensor {name}.w has the wrong shape")));
            }
            Ok(Linear {
                weight,
                bias: dir.floats(&bytes, &format!("{name}.b"), rows)?,
            })
        };
        let norm = |name: String| -> Result<Norm, Error> {
            Ok(Norm {
                weight: dir.floats(&bytes, &format!("{name}.w"), h)?,
                bias: dir.floats(&bytes, &format!("{name}.b"), h)?,
            })
        };
        let mut layers = Vec::with_capacity(header.layers);
        for l in 0..header.layers {
            layers.push(Layer {
                query: linear(format!("l{l}.q"), h, h)?,
                key: linear(format!("l{l}.k"), h, h)?,
                value: linear(format!("l{l}.v"), h, h)?,
                attention_out: linear(format!("l{l}.ao"), h, h)?,
                attention_norm: norm(format!("l{l}.aln"))?,
                up: linear(format!("l{l}.fi"), ff, h)?,
                down: linear(format!("l{l}.fo"), h, ff)?,
                output_norm: norm(format!("l{l}.oln"))?,
            });
        }
        Ok(Encoder {
            #[cfg(target_arch = "x86_64")]
            avx2: std::is_x86_feature_detected!("avx2"),
            #[cfg(not(target_arch = "x86_64"))]
            avx2: false,
            word: dir.matrix("emb.word", h)?,
            position: dir.floats(&bytes, "emb.pos", header.max_positions * h)?,
            token_type: dir.floats(&bytes, "emb.type", 2 * h)?,
            embedding_norm: norm("emb.ln".into())?,
            layers,
            header,
            bytes,
        })
    }

    pub(crate) fn max_positions(&self) -> usize {
        self.header.max_positions
    }

    /// The mean of the last hidden states of `ids` (at most 512 of them).
    pub(crate) fn mean_hidden_state(&self, ids: &[u32]) -> Vec<f32> {
        let h = self.header.hidden;
        let len = ids.len().min(self.header.max_positions);
        let mut x = vec![0f32; len * h];
        for (t, &id) in ids[..len].iter().enumerate() {
            let row = &mut x[t * h..(t + 1) * h];
            let id = (id as usize).min(self.word.rows - 1);
            self.dequantise_row(self.word, id, row);
            let position = &self.position[t * h..(t + 1) * h];
            for ((r, p), k) in row.iter_mut().zip(position).zip(&self.token_type[..h]) {
                *r += p + k;
            }
        }
        layer_norm(&mut x, None, &self.embedding_norm, h, self.header.eps);

        let ff = self.header.feed_forward;
        let mut acts = Activations::default();
        let (mut q, mut k, mut v) = (
            vec![0f32; len * h],
            vec![0f32; len * h],
            vec![0f32; len * h],
        );
        let mut context = vec![0f32; len * h];
        let mut projected = vec![0f32; len * h];
        let mut middle = vec![0f32; len * ff];
        for layer in &self.layers {
            acts.quantise(&x, len, h);
            self.linear(&layer.query, &acts, &mut q);
            self.linear(&layer.key, &acts, &mut k);
            self.linear(&layer.value, &acts, &mut v);
            attention(&q, &k, &v, &mut context, len, h, self.header.heads);
            acts.quantise(&context, len, h);
            self.linear(&layer.attention_out, &acts, &mut projected);
            layer_norm(
                &mut x,
                Some(&projected),
                &layer.attention_norm,
                h,
                self.header.eps,
            );

            acts.quantise(&x, len, h);
            self.linear(&layer.up, &acts, &mut middle);
            for m in &mut middle {
                *m = gelu(*m);
            }
            acts.quantise(&middle, len, ff);
            self.linear(&layer.down, &acts, &mut projected);
            layer_norm(
                &mut x,
                Some(&projected),
                &layer.output_norm,
                h,
                self.header.eps,
            );
        }

        let mut mean = vec![0f32; h];
        for row in x.chunks_exact(h) {
            for (m, r) in mean.iter_mut().zip(row) {
                *m += r;
            }
        }
        for m in &mut mean {
            *m /= len as f32;
        }
        mean
    }

    fn blocks(&self, m: Matrix, row: usize) -> &[u8] {
        let row_bytes = m.cols / BLOCK * BLOCK_BYTES;
        let start = m.offset + row * row_bytes;
        &self.bytes[start..start + row_bytes]
    }

    fn dequantise_row(&self, m: Matrix, row: usize, out: &mut [f32]) {
        for (block, o) in self
            .blocks(m, row)
            .chunks_exact(BLOCK_BYTES)
            .zip(out.chunks_exact_mut(BLOCK))
        {
            let d = f16_to_f32(u16::from_le_bytes([block[0], block[1]]));
            for (j, &byte) in block[2..].iter().enumerate() {
                o[j] = ((byte & 0x0f) as i32 - 8) as f32 * d;
                o[j + 16] = ((byte >> 4) as i32 - 8) as f32 * d;
            }
        }
    }

    /// `out[t][o] = bias[o] + Σ w[o] · x[t]`, the weights at 4 bits, the
    /// activations at 8: each block's integer dot product is scaled once.
    /// The weights' offset of 8 is taken out through the activations' sums.
    fn linear(&self, layer: &Linear, acts: &Activations, out: &mut [f32]) {
        let m = layer.weight;
        let blocks = m.cols / BLOCK;
        let mut weights = vec![0i8; m.cols];
        let mut scales = vec![0f32; blocks];
        for o in 0..m.rows {
            for ((block, w), scale) in self
                .blocks(m, o)
                .chunks_exact(BLOCK_BYTES)
                .zip(weights.chunks_exact_mut(BLOCK))
                .zip(&mut scales)
            {
                *scale = f16_to_f32(u16::from_le_bytes([block[0], block[1]]));
                for (j, &byte) in block[2..].iter().enumerate() {
                    w[j] = (byte & 0x0f) as i8;
                    w[j + 16] = (byte >> 4) as i8;
                }
            }
            let row = Row {
                weights: &weights,
                scales: &scales,
                bias: layer.bias[o],
                index: o,
                rows: m.rows,
            };
            if self.avx2 {
                #[cfg(target_arch = "x86_64")]
                // SAFETY: the CPU has AVX2 (checked when the model loaded).
                unsafe {
                    row_times_tokens_avx2(&row, acts, out)
                }
            } else {
                row_times_tokens(&row, acts, out);
            }
        }
    }
}

/// One output row: its weights widened to bytes, its blocks' scales.
struct Row<'a> {
    weights: &'a [i8],
    scales: &'a [f32],
    bias: f32,
    index: usize,
    rows: usize,
}

/// The row's output for every token: the hot loop of the whole model.
#[inline(always)]
fn row_times_tokens(row: &Row, acts: &Activations, out: &mut [f32]) {
    let cols = row.weights.len();
    let blocks = cols / BLOCK;
    for t in 0..acts.tokens {
        let a = &acts.values[t * cols..(t + 1) * cols];
        let a_scales = &acts.scales[t * blocks..(t + 1) * blocks];
        let a_sums = &acts.sums[t * blocks..(t + 1) * blocks];
        let mut acc = 0f32;
        for b in 0..blocks {
            let range = b * BLOCK..(b + 1) * BLOCK;
            let dot = dot32(
                row.weights[range.clone()].try_into().unwrap(),
                a[range].try_into().unwrap(),
            );
            acc += row.scales[b] * a_scales[b] * (dot - 8 * a_sums[b]) as f32;
        }
        out[t * row.rows + row.index] = row.bias + acc;
    }
}

/// The same loop compiled for AVX2, which twice as wide integer products
/// make about twice as fast; chosen at run time.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn row_times_tokens_avx2(row: &Row, acts: &Activations, out: &mut [f32]) {
    row_times_tokens(row, acts, out);
}

#[inline(always)]
fn dot32(w: &[i8; BLOCK], a: &[i8; BLOCK]) -> i32 {
    w.iter()
        .zip(a)
        .map(|(&w, &a)| (w as i16 * a as i16) as i32)
        .sum()
}

/// Activations quantised to 8 bits per block of 32, with each block's scale
/// and the sum of its integers.
#[derive(Default)]
struct Activations {
    tokens: usize,
    values: Vec<i8>,
    scales: Vec<f32>,
    sums: Vec<i32>,
}

impl Activations {
    fn quantise(&mut self, x: &[f32], tokens: usize, width: usize) {
        self.tokens = tokens;
        self.values.clear();
        self.scales.clear();
        self.sums.clear();
        for block in x[..tokens * width].chunks_exact(BLOCK) {
            let max = block.iter().fold(0f32, |m, v| m.max(v.abs()));
            let scale = max / 127.0;
            let inverse = if scale > 0.0 { 1.0 / scale } else { 0.0 };
            let mut sum = 0;
            for v in block {
                let q = (v * inverse).round_ties_even().clamp(-128.0, 127.0) as i8;
                sum += q as i32;
                self.values.push(q);
            }
            self.scales.push(scale);
            self.sums.push(sum);
        }
    }
}

fn attention(
    q: &[f32],
    k: &[f32],
    v: &[f32],
    context: &mut [f32],
    len: usize,
    h: usize,
    heads: usize,
) {
    let hd = h / heads;
    let scale = 1.0 / (hd as f32).sqrt();
    let mut weights = vec![0f32; len];
    for t in 0..len {
        for head in 0..heads {
            let at = |s: usize| s * h + head * hd..s * h + (head + 1) * hd;
            let query = &q[at(t)];
            let mut max = f32::NEG_INFINITY;
            for (s, w) in weights.iter_mut().enumerate() {
                *w = query.iter().zip(&k[at(s)]).map(|(a, b)| a * b).sum::<f32>() * scale;
                max = max.max(*w);
            }
            let mut total = 0f32;
            for w in &mut weights {
                *w = (*w - max).exp();
                total += *w;
            }
            let out = &mut context[at(t)];
            out.fill(0.0);
            for (s, w) in weights.iter().enumerate() {
                let p = w / total;
                for (o, x) in out.iter_mut().zip(&v[at(s)]) {
                    *o += p * x;
                }
            }
        }
    }
}

/// `x = LayerNorm(x + y)`, row by row.
fn layer_norm(x: &mut [f32], y: Option<&[f32]>, norm: &Norm, h: usize, eps: f32) {
    for (t, row) in x.chunks_exact_mut(h).enumerate() {
        if let Some(y) = y {
            for (r, a) in row.iter_mut().zip(&y[t * h..(t + 1) * h]) {
                *r += a;
            }
        }
        let mean = row.iter().sum::<f32>() / h as f32;
        let variance = row.iter().map(|r| (r - mean) * (r - mean)).sum::<f32>() / h as f32;
        let inverse = 1.0 / (variance + eps).sqrt();
        for ((r, w), b) in row.iter_mut().zip(&norm.weight).zip(&norm.bias) {
            *r = (*r - mean) * inverse * w + b;
        }
    }
}

fn gelu(x: f32) -> f32 {
    0.5 * x * (1.0 + libm::erff(x * std::f32::consts::FRAC_1_SQRT_2))
}

fn f16_to_f32(h: u16) -> f32 {
    let sign = ((h & 0x8000) as u32) << 16;
    let exponent = ((h >> 10) & 0x1f) as u32;
    let mantissa = (h & 0x3ff) as u32;
    let bits = match (exponent, mantissa) {
        (0, 0) => sign,
        (0, m) => {
            let magnitude = m as f32 * 2f32.powi(-24);
            return if sign != 0 { -magnitude } else { magnitude };
        }
        (31, m) => sign | 0x7f80_0000 | (m << 13),
        (e, m) => sign | ((e + 127 - 15) << 23) | (m << 13),
    };
    f32::from_bits(bits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_floats_convert() {
        assert_eq!(f16_to_f32(0x3c00), 1.0);
        assert_eq!(f16_to_f32(0xc000), -2.0);
        assert_eq!(f16_to_f32(0x0001), 2f32.powi(-24));
        assert_eq!(f16_to_f32(0x7bff), 65504.0);
    }

    #[test]
    fn activations_keep_their_block_sums() {
        let mut acts = Activations::default();
        let x: Vec<f32> = (0..64).map(|i| i as f32 - 20.0).collect();
        acts.quantise(&x, 1, 64);
        assert_eq!(acts.values.len(), 64);
        assert_eq!(
            acts.sums[0],
            acts.values[..32].iter().map(|&v| v as i32).sum::<i32>()
        );
        assert_eq!(acts.values[63], 127);
    }
}
