//! Answers kept for a moment. In a rush hundreds of requests a second ask
//! the same question ("which tables of this round have room?"), and an
//! answer a quarter of a second old serves them as well as a new one: it
//! is out of date by the time a phone shows it either way.

use std::{
    collections::HashMap,
    hash::Hash,
    sync::{Arc, Mutex},
    time::Duration,
};

use tokio::time::Instant;

pub struct Recent<K, V> {
    keep_for: Duration,
    answers: Mutex<HashMap<K, (Instant, Arc<V>)>>,
}

impl<K: Eq + Hash + Copy, V> Recent<K, V> {
    pub fn new(keep_for: Duration) -> Self {
        Recent {
            keep_for,
            answers: Mutex::new(HashMap::new()),
        }
    }

    /// The answer for `key` if it is fresh enough, else `load`'s (kept).
    /// Requests that miss at the same moment each load: no one waits for
    /// another's query.
    pub async fn get_or_load<E, F>(&self, key: K, load: F) -> Result<Arc<V>, E>
    where
        F: Future<Output = Result<V, E>>,
    {
        if let Some(answer) = self.fresh(key) {
            return Ok(answer);
        }
        let answer = Arc::new(load.await?);
        let mut answers = self.answers.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        answers.retain(|_, (at, _)| now.duration_since(*at) < self.keep_for);
        answers.insert(key, (now, answer.clone()));
        Ok(answer)
    }

    fn fresh(&self, key: K) -> Option<Arc<V>> {
        let answers = self.answers.lock().unwrap_or_else(|e| e.into_inner());
        let (at, answer) = answers.get(&key)?;
        (at.elapsed() < self.keep_for).then(|| answer.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn count(loads: &std::sync::atomic::AtomicU32) -> Result<u32, ()> {
        Ok(loads.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1)
    }

    #[tokio::test(start_paused = true)]
    async fn an_answer_is_reused_until_it_is_too_old() {
        let recent = Recent::new(Duration::from_millis(250));
        let loads = std::sync::atomic::AtomicU32::new(0);
        assert_eq!(*recent.get_or_load(1, count(&loads)).await.unwrap(), 1);
        tokio::time::advance(Duration::from_millis(200)).await;
        assert_eq!(*recent.get_or_load(1, count(&loads)).await.unwrap(), 1);
        tokio::time::advance(Duration::from_millis(100)).await;
        assert_eq!(*recent.get_or_load(1, count(&loads)).await.unwrap(), 2);
    }

    #[tokio::test(start_paused = true)]
    async fn keys_are_kept_apart_and_failures_are_not_kept() {
        let recent: Recent<i64, u32> = Recent::new(Duration::from_millis(250));
        let loads = std::sync::atomic::AtomicU32::new(0);
        assert_eq!(*recent.get_or_load(1, count(&loads)).await.unwrap(), 1);
        assert_eq!(*recent.get_or_load(2, count(&loads)).await.unwrap(), 2);
        assert!(recent.get_or_load(3, async { Err(()) }).await.is_err());
        assert_eq!(*recent.get_or_load(3, count(&loads)).await.unwrap(), 3);
        assert_eq!(*recent.get_or_load(1, count(&loads)).await.unwrap(), 1);
    }
}
