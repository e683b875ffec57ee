//! Answers kept for a moment. In a rush hundreds of requests a second ask
//! the same question ("which tables of this round have room?", "which
//! consultation is this?"), and an answer a fraction of a second old
//! serves them as well as a new one.
//!
//! The process that changes what an answer says forgets it at once
//! ([`Recent::forget`]); other processes (a second instance on
//! PostgreSQL, a command-line tool on the same SQLite file) are caught up
//! with when the answer's time is up.

use std::{
    collections::HashMap,
    hash::Hash,
    sync::{Arc, Mutex, MutexGuard},
    time::Duration,
};

use tokio::time::Instant;

pub struct Recent<K, V> {
    keep_for: Duration,
    kept: Mutex<Kept<K, V>>,
    /// Held while [`Recent::get_or_load`] loads.
    loading: tokio::sync::Mutex<()>,
}

struct Kept<K, V> {
    answers: HashMap<K, (Instant, Arc<V>)>,
    /// Raised by every `forget`: an answer loaded across one is not kept,
    /// since it may have been read before the change.
    generation: u64,
    /// How many answers were left after answers too old were last
    /// dropped: they are dropped again when that many more are kept.
    swept: usize,
}

impl<K, V> std::fmt::Debug for Recent<K, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Recent")
            .field("keep_for", &self.keep_for)
            .finish_non_exhaustive()
    }
}

impl<K: Eq + Hash + Clone, V> Recent<K, V> {
    pub fn new(keep_for: Duration) -> Self {
        Recent {
            keep_for,
            kept: Mutex::new(Kept {
                answers: HashMap::new(),
                generation: 0,
                swept: 0,
            }),
            loading: tokio::sync::Mutex::new(()),
        }
    }

    /// The answer for `key` if it is fresh enough, else `load`'s (kept).
    /// One load at a time: requests that miss together (in a rush, dozens
    /// the moment an answer is too old) wait for the first one's answer
    /// instead of each asking the database.
    pub async fn get_or_load<E, F>(&self, key: K, load: F) -> Result<Arc<V>, E>
    where
        F: Future<Output = Result<V, E>>,
    {
        if let Ok(answer) = self.fresh(&key) {
            return Ok(answer);
        }
        let _loading = self.loading.lock().await;
        let generation = match self.fresh(&key) {
            Ok(answer) => return Ok(answer),
            Err(generation) => generation,
        };
        let answer = Arc::new(load.await?);
        self.keep(key, generation, answer.clone());
        Ok(answer)
    }

    /// Like [`Recent::get_or_load`], for answers that may not exist: a
    /// missing one is not kept, so that asking for made-up keys fills no
    /// memory. Loads run side by side: with many keys, as many people
    /// miss at once as ask.
    pub async fn get_or_find<E, F>(&self, key: K, find: F) -> Result<Option<Arc<V>>, E>
    where
        F: Future<Output = Result<Option<V>, E>>,
    {
        let generation = match self.fresh(&key) {
            Ok(answer) => return Ok(Some(answer)),
            Err(generation) => generation,
        };
        let Some(answer) = find.await? else {
            return Ok(None);
        };
        let answer = Arc::new(answer);
        self.keep(key, generation, answer.clone());
        Ok(Some(answer))
    }

    /// The kept answer if fresh enough, else the generation a load starts in.
    fn fresh(&self, key: &K) -> Result<Arc<V>, u64> {
        let kept = self.lock();
        match kept.answers.get(key) {
            Some((at, answer)) if at.elapsed() < self.keep_for => Ok(answer.clone()),
            _ => Err(kept.generation),
        }
    }

    /// Keeps an answer loaded in `generation`, unless forgotten meanwhile.
    fn keep(&self, key: K, generation: u64, answer: Arc<V>) {
        let mut kept = self.lock();
        if kept.generation != generation {
            return;
        }
        let now = Instant::now();
        if kept.answers.len() >= kept.swept.max(16) * 2 {
            kept.answers
                .retain(|_, (at, _)| now.duration_since(*at) < self.keep_for);
            kept.swept = kept.answers.len();
        }
        kept.answers.insert(key, (now, answer));
    }

    /// Drops every answer: call after a change is committed.
    pub fn forget(&self) {
        let mut kept = self.lock();
        kept.answers.clear();
        kept.swept = 0;
        kept.generation += 1;
    }

    fn lock(&self) -> MutexGuard<'_, Kept<K, V>> {
        // A panic while holding the lock leaves nothing half-written.
        self.kept.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;

    async fn count(loads: &AtomicU32) -> Result<u32, ()> {
        Ok(loads.fetch_add(1, Ordering::SeqCst) + 1)
    }

    #[tokio::test(start_paused = true)]
    async fn an_answer_is_reused_until_it_is_too_old() {
        let recent = Recent::new(Duration::from_millis(250));
        let loads = AtomicU32::new(0);
        assert_eq!(*recent.get_or_load(1, count(&loads)).await.unwrap(), 1);
        tokio::time::advance(Duration::from_millis(200)).await;
        assert_eq!(*recent.get_or_load(1, count(&loads)).await.unwrap(), 1);
        tokio::time::advance(Duration::from_millis(100)).await;
        assert_eq!(*recent.get_or_load(1, count(&loads)).await.unwrap(), 2);
    }

    #[tokio::test(start_paused = true)]
    async fn keys_are_kept_apart_and_failures_are_not_kept() {
        let recent: Recent<i64, u32> = Recent::new(Duration::from_millis(250));
        let loads = AtomicU32::new(0);
        assert_eq!(*recent.get_or_load(1, count(&loads)).await.unwrap(), 1);
        assert_eq!(*recent.get_or_load(2, count(&loads)).await.unwrap(), 2);
        assert!(recent.get_or_load(3, async { Err(()) }).await.is_err());
        assert_eq!(*recent.get_or_load(3, count(&loads)).await.unwrap(), 3);
        assert_eq!(*recent.get_or_load(1, count(&loads)).await.unwrap(), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn forgetting_drops_answers_and_one_loaded_meanwhile() {
        let recent: Recent<(), u32> = Recent::new(Duration::from_secs(1));
        let loads = AtomicU32::new(0);
        assert_eq!(*recent.get_or_load((), count(&loads)).await.unwrap(), 1);
        recent.forget();
        assert_eq!(*recent.get_or_load((), count(&loads)).await.unwrap(), 2);
        // A load that started before a change and ends after it.
        recent.forget();
        let stale = recent
            .get_or_load((), async {
                recent.forget();
                Ok::<_, ()>(99)
            })
            .await
            .unwrap();
        assert_eq!(*stale, 99);
        assert_eq!(*recent.get_or_load((), count(&loads)).await.unwrap(), 3);
    }

    #[tokio::test(start_paused = true)]
    async fn a_missing_answer_is_not_kept() {
        let recent: Recent<String, u32> = Recent::new(Duration::from_secs(60));
        let finds = AtomicU32::new(0);
        let missing = || async {
            finds.fetch_add(1, Ordering::SeqCst);
            Ok::<Option<u32>, ()>(None)
        };
        assert_eq!(
            recent.get_or_find("made up".into(), missing()).await,
            Ok(None)
        );
        assert_eq!(
            recent.get_or_find("made up".into(), missing()).await,
            Ok(None)
        );
        assert_eq!(finds.load(Ordering::SeqCst), 2);
        let found = recent.get_or_find("real".into(), async { Ok::<_, ()>(Some(7)) });
        assert_eq!(found.await.unwrap().as_deref(), Some(&7));
        let again = recent.get_or_find("real".into(), missing());
        assert_eq!(again.await.unwrap().as_deref(), Some(&7));
        assert_eq!(finds.load(Ordering::SeqCst), 2);
    }

    #[tokio::test(start_paused = true)]
    async fn answers_too_old_are_dropped_as_more_are_kept() {
        let recent: Recent<u32, u32> = Recent::new(Duration::from_secs(1));
        for key in 0..1_000 {
            recent
                .get_or_load(key, async { Ok::<_, ()>(key) })
                .await
                .unwrap();
            tokio::time::advance(Duration::from_millis(10)).await;
        }
        // Within a second: about 100 fresh, and at most as many again old.
        assert!(
            recent.lock().answers.len() <= 256,
            "{}",
            recent.lock().answers.len()
        );
    }

    #[tokio::test(start_paused = true)]
    async fn requests_that_miss_together_load_once() {
        let recent: Arc<Recent<(), u32>> = Arc::new(Recent::new(Duration::from_secs(1)));
        let loads = Arc::new(AtomicU32::new(0));
        let asking: Vec<_> = (0..10)
            .map(|_| {
                let (recent, loads) = (recent.clone(), loads.clone());
                tokio::spawn(async move {
                    let slow = async {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        count(&loads).await
                    };
                    *recent.get_or_load((), slow).await.unwrap()
                })
            })
            .collect();
        for a in asking {
            assert_eq!(a.await.unwrap(), 1);
        }
        assert_eq!(loads.load(Ordering::SeqCst), 1);
    }
}
