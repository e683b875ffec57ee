-- One row the health check writes, to learn whether anything can be saved
-- (a full disk or a read-only database shows only when writing).
CREATE TABLE write_probe (
    id BIGINT PRIMARY KEY,
    probed_at BIGINT NOT NULL
);
