#pragma once

#include "model/Annotation.h"
#include "model/Document.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace glossator {

// What the user chose to export. The same options drive every exporter; each reads what concerns it.
struct ExportOptions {
    QList<qint64> documentIds;       // empty: every document of the project, in project order
    QList<qint64> tagIds;            // empty: every tag; otherwise these tags and their sub-tags
    bool onlyTaggedComments = false; // report: tagged comments and their ancestors only
    bool byteOrderMark = false;      // CSV: start with a UTF-8 byte order mark for spreadsheets
    // CSV: text cells exactly as the project has them, even those a spreadsheet would run as a
    // formula; for R and Python, which never evaluate cells.
    bool rawCsvCells = false;
    // Report page size; by default the locale's paper (Letter where it measures in US units, else A4).
    QPageSize pageSize = defaultPageSize();
    QDateTime exportedAt; // invalid: now; tests fix it to get identical output

    static QPageSize defaultPageSize();
};

// One document as exported: its text and comments, its annotations (restricted to the chosen
// tags) and where it came from.
struct ExportDocument {
    StoredDocument stored;
    QList<Annotation> annotations; // ordered by target (article first, then comments), then start
    Provenance provenance;         // file name and import time; no bytes

    qint64 id() const { return stored.id; }
    const Document& document() const { return stored.document; }
    // Position in document().comments of a comment's database id, or -1 (the article, or unknown).
    int commentIndex(qint64 commentId) const;
};

// A read-only snapshot of everything an exporter needs, taken from the store in one pass.
class ExportData {
    Q_DECLARE_TR_FUNCTIONS(glossator::ExportData)

public:
    static std::optional<ExportData> load(const ProjectStore& store, const ExportOptions& options, QString* error);

    QString projectName; // the project file's base name; the window may put a better name here
    QString projectPath;
    QString projectCreated; // when the project file was created (ISO 8601): its identity across copies
    QDateTime exportedAt;   // local time
    QList<TagUsage> tags;   // the chosen tags in codebook order (parents before children)
    QList<ExportDocument> documents;
    QStringList coders; // everyone whose annotations are exported, sorted

    std::optional<Tag> tag(qint64 id) const;
    // "Parent/Child/Tag", the path a tag is known by in exports and on the command line; complete
    // even when only a sub-tag was chosen.
    QString tagPath(qint64 id) const;
    // Depth of a tag in the codebook, 0 for a top-level tag.
    int tagDepth(qint64 id) const;
    int annotationCount() const;

private:
    QHash<qint64, int> m_tagIndex;
    QHash<qint64, QString> m_tagPaths; // of every tag in the codebook, chosen or not
    QHash<qint64, int> m_tagDepths;
};

} // namespace glossator
