-- One row the health check writes, to learn whether anything can be saved
-- (a full disk or a read-only file shows only when writing).
CREATE TABLE write_probe (
    id INTEGER PRIMARY KEY,
    probed_at INTEGER NOT NULL
);
