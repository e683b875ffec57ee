//! The report's sources: what organisers wrote around it, and the harvest of
//! every session and table.

use std::collections::{HashMap, HashSet};

use jiff::Timestamp;

use super::{Result, Store, StoreError, with_pool, with_writer};
use crate::domain::{
    Viewer,
    open_space::Notes,
    report::{ReportSettings, ReportSources, SessionHarvest, Text, TopicNotes},
};

/// What can be left out of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeftOutKind {
    Session,
    Topic,
}

impl LeftOutKind {
    fn as_str(self) -> &'static str {
        match self {
            LeftOutKind::Session => "session",
            LeftOutKind::Topic => "topic",
        }
    }
}

#[derive(sqlx::FromRow)]
struct SettingsRow {
    introduction: String,
    introduction_lang: String,
    conclusions: String,
    conclusions_lang: String,
    published: bool,
}

#[derive(sqlx::FromRow)]
struct NoteRow {
    topic_id: i64,
    key_points: String,
    proposals: String,
    next_steps: String,
    continuing: String,
    lang: String,
}

/// Per session, people who took part on its floor; every table's notes;
/// who agreed to be named; people, organisations and countries.
type Harvest = (Vec<(i64, i64)>, Vec<NoteRow>, Vec<i64>, (i64, i64, i64));

impl Store {
    pub async fn report_settings(&self, consultation_id: i64) -> Result<ReportSettings> {
        let (row, left_out): (Option<SettingsRow>, Vec<(String, i64)>) = with_pool!(self, p => {
            let mut c = p.acquire().await?;
            let row = sqlx::query_as(
                "SELECT introduction, introduction_lang, conclusions, conclusions_lang, published \
                 FROM report WHERE consultation_id = $1",
            )
            .bind(consultation_id)
            .fetch_optional(&mut *c)
            .await?;
            let left_out = sqlx::query_as(
                "SELECT kind, item_id FROM report_left_out WHERE consultation_id = $1",
            )
            .bind(consultation_id)
            .fetch_all(&mut *c)
            .await?;
            (row, left_out)
        });
        let mut settings = row.map_or_else(ReportSettings::default, |r| ReportSettings {
            introduction: Text {
                text: r.introduction,
                lang: r.introduction_lang,
            },
            conclusions: Text {
                text: r.conclusions,
                lang: r.conclusions_lang,
            },
            published: r.published,
            ..ReportSettings::default()
        });
        for (kind, id) in left_out {
            match kind.as_str() {
                "session" => settings.left_out_sessions.insert(id),
                "topic" => settings.left_out_topics.insert(id),
                other => return Err(StoreError::Corrupt(format!("report part {other:?}"))),
            };
        }
        Ok(settings)
    }

    /// Saves the introduction, the conclusions and whether participants
    /// may read the report.
    pub async fn save_report(
        &self,
        consultation_id: i64,
        introduction: &Text,
        conclusions: &Text,
        published: bool,
        now: Timestamp,
    ) -> Result<()> {
        with_writer!(self, p => {
            sqlx::query(
                "INSERT INTO report (consultation_id, introduction, introduction_lang, conclusions, \
                 conclusions_lang, published, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                 ON CONFLICT (consultation_id) DO UPDATE SET introduction = excluded.introduction, \
                 introduction_lang = excluded.introduction_lang, conclusions = excluded.conclusions, \
                 conclusions_lang = excluded.conclusions_lang, published = excluded.published, \
                 updated_at = excluded.updated_at",
            )
            .bind(consultation_id)
            .bind(&introduction.text)
            .bind(&introduction.lang)
            .bind(&conclusions.text)
            .bind(&conclusions.lang)
            .bind(published)
            .bind(now.as_second())
            .execute(p)
            .await?;
        });
        Ok(())
    }

    /// Leaves a session or topic out of the report, or puts it back.
    pub async fn set_left_out(
        &self,
        consultation_id: i64,
        kind: LeftOutKind,
        item_id: i64,
        left_out: bool,
    ) -> Result<()> {
        with_writer!(self, p => {
            let sql = if left_out {
                "INSERT INTO report_left_out (consultation_id, kind, item_id) VALUES ($1, $2, $3) \
                 ON CONFLICT DO NOTHING"
            } else {
                "DELETE FROM report_left_out WHERE consultation_id = $1 AND kind = $2 AND item_id = $3"
            };
            sqlx::query(sql)
                .bind(consultation_id)
                .bind(kind.as_str())
                .bind(item_id)
                .execute(p)
                .await?;
        });
        Ok(())
    }

    /// Everything the report is made from.
    pub async fn report_sources(&self, consultation_id: i64) -> Result<ReportSources> {
        let consultation = self
            .current_consultation()
            .await?
            .filter(|c| c.id == consultation_id)
            .ok_or_else(|| StoreError::Corrupt("no such consultation".into()))?;
        let settings = self.report_settings(consultation_id).await?;
        let sessions = self.sessions(consultation_id, Viewer::Organiser).await?;
        let board = self.board(consultation_id).await?;
        let mut floors = HashMap::new();
        for s in &sessions {
            let floor = self.floor(s.id).await?;
            floors.insert(
                s.id,
                SessionHarvest {
                    summary: Text {
                        text: floor.summary.text,
                        lang: floor.summary.lang.unwrap_or_else(|| s.text_lang.clone()),
                    },
                    questions: floor.questions,
                    took_part: 0,
                    polls: self.polls(s.id).await?,
                },
            );
        }
        let (took_part, notes, named, counts): Harvest = with_pool!(self, p => {
            let mut c = p.acquire().await?;
            let took_part = sqlx::query_as(
                "SELECT x.session_id, COUNT(DISTINCT x.person_id) FROM ( \
                   SELECT session_id, author_id AS person_id FROM question WHERE author_id IS NOT NULL \
                   UNION SELECT q.session_id, v.person_id FROM question_vote v \
                     JOIN question q ON q.id = v.question_id \
                   UNION SELECT session_id, person_id FROM floor_request \
                 ) x JOIN session s ON s.id = x.session_id WHERE s.consultation_id = $1 \
                 GROUP BY x.session_id",
            )
            .bind(consultation_id)
            .fetch_all(&mut *c)
            .await?;
            let notes = sqlx::query_as(
                "SELECT n.topic_id, n.key_points, n.proposals, n.next_steps, n.continuing, \
                 COALESCE(n.text_lang, t.text_lang) AS lang \
                 FROM topic_note n JOIN topic t ON t.id = n.topic_id WHERE t.consultation_id = $1",
            )
            .bind(consultation_id)
            .fetch_all(&mut *c)
            .await?;
            let named = sqlx::query_scalar(
                "SELECT id FROM person WHERE consultation_id = $1 AND consent_report",
            )
            .bind(consultation_id)
            .fetch_all(&mut *c)
            .await?;
            let counts = sqlx::query_as(
                "SELECT COUNT(*), COUNT(DISTINCT p.organisation_id), \
                 COUNT(DISTINCT COALESCE(p.country, o.country)) \
                 FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id \
                 WHERE p.consultation_id = $1",
            )
            .bind(consultation_id)
            .fetch_one(&mut *c)
            .await?;
            (took_part, notes, named, counts)
        });
        for (session, n) in took_part {
            if let Some(h) = floors.get_mut(&session) {
                h.took_part = n;
            }
        }
        let notes = notes
            .into_iter()
            .map(|n| {
                (
                    n.topic_id,
                    TopicNotes {
                        notes: Notes {
                            key_points: n.key_points,
                            proposals: n.proposals,
                            next_steps: n.next_steps,
                            continuing: n.continuing,
                            lang: Some(n.lang.clone()),
                        },
                        lang: n.lang,
                    },
                )
            })
            .collect();
        let (people, organisations, countries) = counts;
        Ok(ReportSources {
            consultation,
            settings,
            sessions,
            floors,
            board,
            notes,
            named: named.into_iter().collect::<HashSet<i64>>(),
            people,
            organisations,
            countries,
        })
    }
}
