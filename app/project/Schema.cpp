#include "Schema.h"

namespace glossator::schema {

QStringList creationStatements(int version)
{
    if (version != currentVersion)
        return {};
    return {
        QStringLiteral(R"sql(
CREATE TABLE project_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE documents (
    id                     INTEGER PRIMARY KEY,
    position               INTEGER NOT NULL,
    title                  TEXT NOT NULL,
    source                 TEXT NOT NULL DEFAULT '',
    author                 TEXT NOT NULL DEFAULT '',
    url                    TEXT NOT NULL DEFAULT '',
    published              TEXT,
    text                   TEXT NOT NULL,
    blocks                 TEXT NOT NULL,
    format                 TEXT NOT NULL,
    declared_comment_count INTEGER,
    original_file_name     TEXT NOT NULL,
    original_sha256        TEXT NOT NULL,
    original_bytes         BLOB NOT NULL,
    imported_at            TEXT NOT NULL
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE import_notices (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    severity    TEXT NOT NULL CHECK (severity IN ('info', 'warning')),
    line        INTEGER NOT NULL,
    message     TEXT NOT NULL
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE comments (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    source_id      TEXT NOT NULL,
    parent_id      INTEGER REFERENCES comments(id) ON DELETE SET NULL,
    author         TEXT NOT NULL,
    published      TEXT,
    published_text TEXT NOT NULL DEFAULT '',
    score          INTEGER,
    text           TEXT NOT NULL,
    blocks         TEXT NOT NULL,
    UNIQUE (document_id, source_id)
))sql"),
        QStringLiteral("CREATE INDEX comments_by_document ON comments(document_id, position)"),
        QStringLiteral(R"sql(
CREATE TABLE tags (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES tags(id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    color       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL
))sql"),
        QStringLiteral("CREATE UNIQUE INDEX tags_unique_sibling_name ON tags(ifnull(parent_id, 0), name)"),
        QStringLiteral(R"sql(
CREATE TABLE annotations (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    comment_id  INTEGER REFERENCES comments(id) ON DELETE CASCADE,
    range_start INTEGER,
    range_end   INTEGER,
    exact       TEXT,
    prefix      TEXT,
    suffix      TEXT,
    note        TEXT NOT NULL DEFAULT '',
    coder       TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL,
    orphaned    INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
    CHECK ((range_start IS NULL AND range_end IS NULL AND exact IS NULL) OR
           (range_start IS NOT NULL AND range_end IS NOT NULL AND exact IS NOT NULL AND 0 <= range_start AND
            range_start <= range_end))
))sql"),
        QStringLiteral("CREATE INDEX annotations_by_target ON annotations(document_id, comment_id)"),
        QStringLiteral(R"sql(
CREATE TABLE annotation_tags (
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID)sql"),
        QStringLiteral("CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag_id)"),
    };
}

} // namespace glossator::schema
