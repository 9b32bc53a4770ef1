#include "TestSupport.h"
#include "import/ImporterRegistry.h"
#include "model/TagPalette.h"
#include "project/Project.h"
#include "project/ProjectManager.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace glossator;

class TestProject : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    qint64 m_documentId = 0;
    StoredDocument m_stored;

    const ProjectStore& store() const { return m_project->store(); }

    qint64 tag(const QString& name, qint64 parentId = 0)
    {
        Tag t;
        t.name = name;
        t.parentId = parentId;
        t.color = QColor(0x40, 0x80, 0xC0);
        const auto id = m_project->createTag(t);
        if (!id)
            qWarning("createTag failed: %s", qPrintable(m_project->lastError()));
        return id.value_or(0);
    }

    qint64 annotateComment(int commentIndex, const QString& passage, QList<qint64> tags)
    {
        Annotation a;
        a.documentId = m_documentId;
        a.commentId = m_stored.commentIds.at(commentIndex);
        const QString text = plainText(m_stored.document.comments.at(commentIndex).blocks);
        if (!passage.isEmpty()) {
            const int at = int(text.indexOf(passage));
            if (at < 0)
                qFatal("test set-up: \"%s\" is not in comment %d", qPrintable(passage), commentIndex);
            a.range = TextRange::fromText(text, at, at + int(passage.size()));
        }
        a.tagIds = tags;
        return m_project->addAnnotation(a).value_or(0);
    }

    // What a second program sees: the state must be on disk, not only in this process.
    std::unique_ptr<ProjectStore> readBack()
    {
        ProjectError error;
        auto reader = ProjectStore::open(m_path, ProjectStore::Access::ReadOnly, &error);
        if (!reader)
            qWarning("%s", qPrintable(error.message));
        return reader;
    }

    // Every row of every table as another program reads it, each value with its SQLite type, so that
    // "restored exactly" can be checked as "the same rows".
    QStringList dump()
    {
        QStringList lines;
        const QString connection = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open())
                qWarning("cannot open the project to read it back");
            for (const char* table : {"project_info", "documents", "import_notices", "comments", "tags", "annotations",
                                      "annotation_tags"}) {
                QSqlQuery columns(db);
                columns.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(QLatin1String(table)));
                QStringList names;
                for (int i = 0; i < columns.record().count(); ++i)
                    names.append(QStringLiteral("typeof(%1), quote(%1)").arg(columns.record().fieldName(i)));
                QSqlQuery rows(db);
                if (!rows.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 2, 4")
                                   .arg(names.join(QStringLiteral(", ")), QLatin1String(table))))
                    qWarning("cannot read %s", table);
                while (rows.next()) {
                    QStringList values;
                    for (int i = 0; i < rows.record().count(); ++i)
                        values.append(rows.value(i).toString());
                    lines.append(QLatin1String(table) + QLatin1String(": ") + values.join(QLatin1Char('|')));
                }
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return lines;
    }

    qint64 importAnother()
    {
        ImportResult imported =
            ImporterRegistry::instance().importFile(test::dataFile(QStringLiteral("dragnet-threaded.corrected.txt")));
        if (!imported.ok())
            return 0;
        return m_project->addDocument(*imported.document, {QStringLiteral("threaded.txt"), "threaded bytes", {}})
            .value_or(0);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p%1.glossa").arg(QRandomGenerator::global()->generate()));
        ProjectError error;
        auto created = ProjectStore::create(m_path, &error);
        QVERIFY2(created, qPrintable(error.message));
        ImportResult imported = ImporterRegistry::instance().importFile(test::sampleArticle());
        QVERIFY(imported.ok());
        const auto id = created->addDocument(*imported.document, {QStringLiteral("harbour-bridge.txt"), "x", {}});
        QVERIFY(id);
        m_documentId = *id;
        m_stored = *created->loadDocument(m_documentId);
        m_project = std::make_unique<Project>(std::move(created));
        m_project->setCoder(QStringLiteral("Ana"));
    }

    void cleanup() { m_project.reset(); }

    void addAnnotationUndoRedoKeepsItsId()
    {
        const qint64 t = tag(QStringLiteral("Infrastructure"));
        QSignalSpy changed(m_project.get(), &Project::annotationsChanged);
        const qint64 id = annotateComment(2, QStringLiteral("lifting section"), {t});
        QVERIFY(id > 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store().annotation(id)->coder, QStringLiteral("Ana"));
        QCOMPARE(m_project->undoStack()->count(), 2);

        m_project->undoStack()->undo();
        QVERIFY(!store().annotation(id));
        QVERIFY(!readBack()->annotation(id));
        m_project->undoStack()->redo();
        const auto restored = readBack()->annotation(id);
        QVERIFY(restored);
        QCOMPARE(restored->range->exact, QStringLiteral("lifting section"));
        QCOMPARE(restored->tagIds, QList<qint64>{t});
    }

    void annotationNeedsATag()
    {
        QVERIFY(annotateComment(0, {}, {}) == 0);
        QVERIFY(!m_project->lastError().isEmpty());
        QCOMPARE(m_project->undoStack()->count(), 0);
        QCOMPARE(store().annotationCount(), 0);
    }

    void failedWriteLeavesNoUndoStep()
    {
        const qint64 t = tag(QStringLiteral("T"));
        Annotation outside;
        outside.documentId = m_documentId;
        outside.range = TextRange{0, 100000, QStringLiteral("x"), {}, {}};
        outside.tagIds = {t};
        QSignalSpy failed(m_project.get(), &Project::editFailed);
        QVERIFY(!m_project->addAnnotation(outside));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_project->undoStack()->count(), 1); // only the tag
        QCOMPARE(store().annotationCount(), 0);
    }

    void tagsAndNotesChangeAndUndo()
    {
        const qint64 a = tag(QStringLiteral("A"));
        const qint64 b = tag(QStringLiteral("B"));
        const qint64 id = annotateComment(0, QStringLiteral("missed my train"), {a});
        QVERIFY(m_project->setAnnotationTags(id, {b, a}));
        QCOMPARE(store().annotation(id)->tagIds, (QList<qint64>{a, b}));

        // Typing a note arrives as several edits; they undo as one.
        QVERIFY(m_project->setAnnotationNote(id, QStringLiteral("c")));
        QVERIFY(m_project->setAnnotationNote(id, QStringLiteral("co")));
        QVERIFY(m_project->setAnnotationNote(id, QStringLiteral("commute")));
        const int steps = m_project->undoStack()->count();
        QCOMPARE(store().annotation(id)->note, QStringLiteral("commute"));
        m_project->undoStack()->undo();
        QCOMPARE(store().annotation(id)->note, QString());
        QCOMPARE(store().annotation(id)->tagIds, (QList<qint64>{a, b}));
        m_project->undoStack()->undo();
        QCOMPARE(readBack()->annotation(id)->tagIds, QList<qint64>{a});
        QCOMPARE(m_project->undoStack()->count(), steps);
        QVERIFY(!m_project->setAnnotationTags(id, {}));
    }

    void undoAndRedoOfAChangeRestoreTheModifiedTime()
    {
        const qint64 a = tag(QStringLiteral("A"));
        const qint64 b = tag(QStringLiteral("B"));
        const qint64 id = annotateComment(0, QStringLiteral("missed my train"), {a});
        const Annotation made = *store().annotation(id);

        // Several note edits in a row are one step; its time is that of the last of them.
        QTest::qWait(5);
        QVERIFY(m_project->setAnnotationNote(id, QStringLiteral("late")));
        QTest::qWait(5);
        QVERIFY(m_project->setAnnotationNote(id, QStringLiteral("late again")));
        const Annotation noted = *store().annotation(id);
        QVERIFY(noted.modified > made.modified);

        QTest::qWait(5);
        m_project->undoStack()->undo();
        QCOMPARE(store().annotation(id)->note, QString());
        QCOMPARE(store().annotation(id)->modified, made.modified);
        QCOMPARE(readBack()->annotation(id)->modified, made.modified);
        QCOMPARE(store().annotation(id)->created, made.created);
        QCOMPARE(store().annotation(id)->coder, made.coder);

        // A redo brings the edit back as it was made, at the time it was made.
        QTest::qWait(5);
        m_project->undoStack()->redo();
        QCOMPARE(store().annotation(id)->note, QStringLiteral("late again"));
        QCOMPARE(store().annotation(id)->modified, noted.modified);

        // The same for tags.
        QTest::qWait(5);
        QVERIFY(m_project->setAnnotationTags(id, {a, b}));
        const Annotation tagged = *store().annotation(id);
        QVERIFY(tagged.modified > noted.modified);
        QTest::qWait(5);
        m_project->undoStack()->undo();
        QCOMPARE(store().annotation(id)->tagIds, QList<qint64>{a});
        QCOMPARE(store().annotation(id)->modified, noted.modified);
        QTest::qWait(5);
        m_project->undoStack()->redo();
        QCOMPARE(store().annotation(id)->tagIds, (QList<qint64>{a, b}));
        QCOMPARE(store().annotation(id)->modified, tagged.modified);
    }

    void tagWithNoteIsOneEdit()
    {
        const qint64 a = tag(QStringLiteral("A"));
        const qint64 b = tag(QStringLiteral("B"));
        const qint64 id = annotateComment(0, QStringLiteral("missed my train"), {a});
        QVERIFY(m_project->setAnnotationNote(id, QStringLiteral("first")));
        const int steps = m_project->undoStack()->count();

        // A tag it lacks is added along with the note.
        QVERIFY(m_project->tagAnnotationWithNote(id, b, QStringLiteral("commute\nand delay")));
        QCOMPARE(m_project->undoStack()->count(), steps + 1);
        QCOMPARE(store().annotation(id)->tagIds, (QList<qint64>{a, b}));
        QCOMPARE(readBack()->annotation(id)->note, QStringLiteral("commute\nand delay"));
        // Not merged into the note edit before it: undo takes off both the tag and the new note.
        m_project->undoStack()->undo();
        QCOMPARE(store().annotation(id)->tagIds, QList<qint64>{a});
        QCOMPARE(store().annotation(id)->note, QStringLiteral("first"));
        m_project->undoStack()->redo();

        // A tag it has stays, and only the note changes.
        QVERIFY(m_project->tagAnnotationWithNote(id, a, QStringLiteral("rewritten")));
        QCOMPARE(store().annotation(id)->tagIds, (QList<qint64>{a, b}));
        QCOMPARE(store().annotation(id)->note, QStringLiteral("rewritten"));
        QCOMPARE(m_project->undoStack()->count(), steps + 2);

        QVERIFY(!m_project->tagAnnotationWithNote(987654, a, QStringLiteral("x")));
        QVERIFY(!m_project->tagAnnotationWithNote(id, 987654, QStringLiteral("x")));
        QCOMPARE(m_project->undoStack()->count(), steps + 2);
    }

    void removeAnnotationUndo()
    {
        const qint64 t = tag(QStringLiteral("T"));
        const qint64 id = annotateComment(8, {}, {t});
        QVERIFY(m_project->removeAnnotation(id));
        QVERIFY(!store().annotation(id));
        m_project->undoStack()->undo();
        const auto back = readBack()->annotation(id);
        QVERIFY(back);
        QVERIFY(!back->range);
        QCOMPARE(back->commentId, m_stored.commentIds.at(8));
    }

    // Keeping a tag's name is no edit, from the window or the command line alike.
    void renamingToTheSameNameIsNoEdit()
    {
        const qint64 tone = tag(QStringLiteral("Tone"));
        const int steps = m_project->undoStack()->count();
        QSignalSpy changed(m_project.get(), &Project::tagsChanged);
        QVERIFY(m_project->renameTag(tone, QStringLiteral("Tone")));
        QVERIFY(m_project->renameTag(tone, QStringLiteral("  Tone ")));
        QCOMPARE(m_project->undoStack()->count(), steps);
        QCOMPARE(changed.count(), 0);
        QVERIFY(m_project->lastError().isEmpty());
        QCOMPARE(readBack()->tag(tone)->name, QStringLiteral("Tone"));
        QVERIFY(!m_project->renameTag(tone + 1000, QStringLiteral("Tone"))); // no such tag
    }

    // The same for a colour or a description chosen again as it was.
    void keepingColourOrDescriptionIsNoEdit()
    {
        const qint64 tone = tag(QStringLiteral("Tone"));
        const Tag current = *readBack()->tag(tone);
        const int steps = m_project->undoStack()->count();
        QSignalSpy changed(m_project.get(), &Project::tagsChanged);
        QVERIFY(m_project->recolorTag(tone, current.color));
        QVERIFY(m_project->describeTag(tone, current.description));
        QCOMPARE(m_project->undoStack()->count(), steps);
        QCOMPARE(changed.count(), 0);
        QVERIFY(m_project->lastError().isEmpty());
        // A real change is still one step.
        QVERIFY(m_project->describeTag(tone, current.description + QStringLiteral(" and more")));
        QCOMPARE(m_project->undoStack()->count(), steps + 1);
        m_project->undoStack()->undo();
        QCOMPARE(readBack()->tag(tone)->description, current.description);
    }

    void tagEditsAreCheckedAndUndoable()
    {
        const qint64 parent = tag(QStringLiteral("Tone"));
        const qint64 child = tag(QStringLiteral("Sarcasm"), parent);
        QVERIFY(child > 0);
        QCOMPARE(tag(QStringLiteral("Sarcasm"), parent), 0); // sibling names are unique
        QVERIFY(tag(QStringLiteral("Sarcasm")) > 0);         // under another parent it is fine
        QVERIFY(!m_project->renameTag(child, QStringLiteral("   ")));
        QVERIFY(!m_project->moveTag(parent, child, 0)); // not under its own descendant

        QVERIFY(m_project->renameTag(child, QStringLiteral("Irony")));
        QVERIFY(m_project->recolorTag(child, QColor(Qt::red)));
        QVERIFY(m_project->describeTag(child, QStringLiteral("Saying the opposite")));
        auto current = readBack()->tag(child);
        QCOMPARE(current->name, QStringLiteral("Irony"));
        QCOMPARE(current->color, QColor(Qt::red));
        QCOMPARE(current->description, QStringLiteral("Saying the opposite"));
        m_project->undoStack()->undo();
        m_project->undoStack()->undo();
        m_project->undoStack()->undo();
        current = readBack()->tag(child);
        QCOMPARE(current->name, QStringLiteral("Sarcasm"));
        QCOMPARE(current->description, QString());
        QVERIFY(!m_project->moveTag(child, 0, 5)); // a top-level "Sarcasm" exists
        const qint64 style = tag(QStringLiteral("Style"));
        QVERIFY(m_project->moveTag(child, style, 5));
        QCOMPARE(store().tag(child)->parentId, style);
        QCOMPARE(store().tag(child)->position, 0); // clamped to the end of an empty list
        m_project->undoStack()->undo();
        QCOMPARE(readBack()->tag(child)->parentId, parent);

        // Reordering among siblings renumbers them, and undo puts every one back.
        const qint64 a = tag(QStringLiteral("A"));
        const qint64 b = tag(QStringLiteral("B"));
        const qint64 c = tag(QStringLiteral("C"));
        const auto order = [&] {
            QList<Tag> top;
            for (const TagUsage& usage : store().tags()) {
                if (usage.tag.parentId == 0)
                    top.append(usage.tag);
            }
            std::stable_sort(top.begin(), top.end(),
                             [](const Tag& x, const Tag& y) { return x.position < y.position; });
            QList<qint64> ids;
            for (const Tag& t : top)
                ids.append(t.id);
            return ids;
        };
        const QList<qint64> original = order();
        QCOMPARE(original.mid(original.size() - 3), (QList<qint64>{a, b, c}));
        QVERIFY(m_project->moveTag(c, 0, 0));
        QCOMPARE(order().first(), c);
        QCOMPARE(order().mid(order().size() - 2), (QList<qint64>{a, b}));
        m_project->undoStack()->undo();
        QCOMPARE(order(), original);
    }

    void mergeTagsAndUndo()
    {
        const qint64 source = tag(QStringLiteral("Anger"));
        const qint64 target = tag(QStringLiteral("Hostility"));
        const qint64 sub = tag(QStringLiteral("Insult"), source);
        const qint64 a1 = annotateComment(1, QStringLiteral("stuck open"), {source});
        const qint64 a2 = annotateComment(3, {}, {source, target});
        const qint64 a3 = annotateComment(5, QStringLiteral("disaster"), {target});
        const qint64 a4 = annotateComment(6, {}, {sub});
        QVERIFY(a1 > 0 && a2 > 0 && a3 > 0 && a4 > 0);

        QVERIFY2(m_project->mergeTags(source, target), qPrintable(m_project->lastError()));
        {
            auto reader = readBack();
            QVERIFY(!reader->tag(source));
            QCOMPARE(reader->tag(sub)->parentId, target);
            QCOMPARE(reader->annotationsWithTag(target), (QList<qint64>{a1, a2, a3}));
            QCOMPARE(reader->annotationsWithTag(sub), QList<qint64>{a4});
        }
        m_project->undoStack()->undo();
        {
            auto reader = readBack();
            QCOMPARE(reader->tag(source)->name, QStringLiteral("Anger"));
            QCOMPARE(reader->tag(sub)->parentId, source);
            QCOMPARE(reader->annotationsWithTag(source), (QList<qint64>{a1, a2}));
            QCOMPARE(reader->annotationsWithTag(target), (QList<qint64>{a2, a3}));
        }
        m_project->undoStack()->redo();
        QCOMPARE(store().annotationsWithTag(target), (QList<qint64>{a1, a2, a3}));
        QVERIFY(!m_project->mergeTags(target, target));
        QVERIFY(!m_project->mergeTags(target, sub)); // into its own sub-tag
    }

    void mergeRefusesClashingSubTags()
    {
        const qint64 a = tag(QStringLiteral("A"));
        const qint64 b = tag(QStringLiteral("B"));
        tag(QStringLiteral("Same"), a);
        tag(QStringLiteral("Same"), b);
        const int steps = m_project->undoStack()->count();
        QVERIFY(!m_project->mergeTags(a, b));
        QVERIFY(m_project->lastError().contains(QStringLiteral("Same")));
        QCOMPARE(m_project->undoStack()->count(), steps);
        QVERIFY(store().tag(a));
    }

    void deleteTagWithSubTagsAndUndo()
    {
        const qint64 parent = tag(QStringLiteral("Topic"));
        const qint64 child = tag(QStringLiteral("Ferry"), parent);
        const qint64 grandChild = tag(QStringLiteral("Crew"), child);
        const qint64 other = tag(QStringLiteral("Other"));
        const qint64 a1 = annotateComment(3, QStringLiteral("ferry crew"), {grandChild, other});
        const qint64 a2 = annotateComment(0, {}, {parent});

        QVERIFY(m_project->deleteTag(parent));
        {
            auto reader = readBack();
            QVERIFY(!reader->tag(parent) && !reader->tag(child) && !reader->tag(grandChild));
            QCOMPARE(reader->annotation(a1)->tagIds, QList<qint64>{other});
            QVERIFY(reader->annotation(a2)->tagIds.isEmpty());
        }
        m_project->undoStack()->undo();
        {
            auto reader = readBack();
            QCOMPARE(reader->tag(grandChild)->parentId, child);
            QCOMPARE(reader->tag(child)->parentId, parent);
            QCOMPARE(reader->annotation(a1)->tagIds, (QList<qint64>{grandChild, other}));
            QCOMPARE(reader->annotation(a2)->tagIds, QList<qint64>{parent});
        }
        m_project->undoStack()->redo();
        QVERIFY(!store().tag(child));
    }

    void documentMetadataUndo()
    {
        Article metadata = m_stored.document.article;
        metadata.title = QStringLiteral("Bridge vote in Kestrel Bay");
        metadata.url = QStringLiteral("https://example.org/bridge");
        QVERIFY(m_project->setDocumentMetadata(m_documentId, metadata));
        QCOMPARE(readBack()->loadDocument(m_documentId)->document.article.title, metadata.title);
        m_project->undoStack()->undo();
        QCOMPARE(readBack()->loadDocument(m_documentId)->document.article.title, QStringLiteral("harbour-bridge"));
        metadata.title.clear();
        QVERIFY(!m_project->setDocumentMetadata(m_documentId, metadata));
    }

    void structuralFixReanchorsAndUndoRestoresExactly()
    {
        const qint64 t = tag(QStringLiteral("T"));
        // Comment 3 (Daniel K. Osei) has four paragraphs.
        const qint64 kept = annotateComment(2, QStringLiteral("regatta committee"), {t});
        const qint64 lost = annotateComment(2, QStringLiteral("asked politely"), {t});
        const qint64 whole = annotateComment(2, {}, {t});
        const qint64 commentId = m_stored.commentIds.at(2);
        QList<Block> blocks = m_stored.document.comments.at(2).blocks;
        blocks.prepend(Block{Block::Kind::Paragraph, QStringLiteral("(Edited to add a first line.)"), 0, {}});
        blocks.removeAt(3); // the paragraph with "asked politely"

        QVERIFY(m_project->replaceTargetBlocks(m_documentId, commentId, blocks, QStringLiteral("Fix comment")));
        const QString newText = plainText(blocks);
        {
            auto reader = readBack();
            const auto moved = reader->annotation(kept);
            QVERIFY(!moved->orphaned);
            QCOMPARE(newText.mid(moved->range->start, moved->range->end - moved->range->start),
                     QStringLiteral("regatta committee"));
            const auto orphan = reader->annotation(lost);
            QVERIFY(orphan->orphaned);
            QCOMPARE(orphan->range->exact, QStringLiteral("asked politely"));
            QVERIFY(!reader->annotation(whole)->orphaned);
            QCOMPARE(reader->targetText(m_documentId, commentId), newText);
        }
        const auto before = store().annotation(kept)->range->start;
        m_project->undoStack()->undo();
        {
            auto reader = readBack();
            QCOMPARE(reader->targetText(m_documentId, commentId), plainText(m_stored.document.comments.at(2).blocks));
            QVERIFY(!reader->annotation(lost)->orphaned);
            QVERIFY(reader->annotation(kept)->range->start < before);
        }
    }

    void mergeCommentIntoPreviousMovesItsAnnotations()
    {
        const qint64 t = tag(QStringLiteral("T"));
        const qint64 onDaniel = annotateComment(2, QStringLiteral("regatta committee"), {t});
        const qint64 onFenna = annotateComment(3, QStringLiteral("ferry crew"), {t});
        const qint64 wholeFenna = annotateComment(3, {}, {t});
        const qint64 daniel = m_stored.commentIds.at(2);
        const qint64 fenna = m_stored.commentIds.at(3);
        const auto danielBefore = store().annotation(onDaniel)->range;

        QVERIFY2(m_project->mergeCommentIntoPrevious(fenna), qPrintable(m_project->lastError()));
        {
            auto reader = readBack();
            const StoredDocument merged = *reader->loadDocument(m_documentId);
            QCOMPARE(merged.document.comments.size(), 11);
            QVERIFY(!merged.commentIds.contains(fenna));
            const Comment& joined = merged.document.comments.at(2);
            QCOMPARE(joined.author, QStringLiteral("Daniel K. Osei"));
            QCOMPARE(joined.blocks.size(), 4 + 2); // Fenna's name line, then her paragraph
            QCOMPARE(joined.blocks.at(4).text, QStringLiteral("Fenna"));
            const QString text = plainText(joined.blocks);
            const auto moved = reader->annotation(onFenna);
            QCOMPARE(moved->commentId, daniel);
            QVERIFY(!moved->orphaned);
            QCOMPARE(text.mid(moved->range->start, moved->range->end - moved->range->start),
                     QStringLiteral("ferry crew"));
            QCOMPARE(reader->annotation(wholeFenna)->commentId, daniel);
            QCOMPARE(reader->annotation(onDaniel)->range->start, danielBefore->start);
            QCOMPARE(merged.document.comments.at(3).author, QStringLiteral("R2Kayak"));
        }
        m_project->undoStack()->undo();
        {
            auto reader = readBack();
            const StoredDocument restored = *reader->loadDocument(m_documentId);
            QCOMPARE(restored.commentIds, m_stored.commentIds);
            QCOMPARE(restored.document.comments.at(3).author, QStringLiteral("Fenna"));
            QCOMPARE(restored.document.comments.at(2).blocks, m_stored.document.comments.at(2).blocks);
            const auto back = reader->annotation(onFenna);
            QCOMPARE(back->commentId, fenna);
            QCOMPARE(back->range->exact, QStringLiteral("ferry crew"));
            QCOMPARE(reader->annotation(wholeFenna)->commentId, fenna);
        }
        m_project->undoStack()->redo();
        QCOMPARE(store().loadDocument(m_documentId)->document.comments.size(), 11);
        QVERIFY(!m_project->mergeCommentIntoPrevious(m_stored.commentIds.first()));
    }

    void splitCommentAtAParagraph()
    {
        const qint64 t = tag(QStringLiteral("T"));
        const qint64 first = annotateComment(2, QStringLiteral("two of the hearings"), {t});
        const qint64 onCut = annotateComment(2, QStringLiteral("museum was not"), {t});
        const qint64 last = annotateComment(2, QStringLiteral("better than the one"), {t});
        const qint64 daniel = m_stored.commentIds.at(2);

        QVERIFY2(m_project->splitComment(daniel, 2), qPrintable(m_project->lastError()));
        const StoredDocument split = *readBack()->loadDocument(m_documentId);
        QCOMPARE(split.document.comments.size(), 13);
        QCOMPARE(split.document.comments.at(2).blocks.size(), 2);
        const Comment& created = split.document.comments.at(3);
        QVERIFY(created.author.startsWith(QStringLiteral("The museum was not")));
        QCOMPARE(created.blocks.size(), 1);
        QCOMPARE(split.document.comments.at(4).author, QStringLiteral("Fenna"));
        const qint64 createdId = split.commentIds.at(3);
        {
            auto reader = readBack();
            QCOMPARE(reader->annotation(first)->commentId, daniel);
            QVERIFY(!reader->annotation(first)->orphaned);
            QVERIFY(reader->annotation(onCut)->orphaned); // its words became an author line
            const auto moved = reader->annotation(last);
            QCOMPARE(moved->commentId, createdId);
            const QString text = plainText(created.blocks);
            QCOMPARE(text.mid(moved->range->start, moved->range->end - moved->range->start),
                     QStringLiteral("better than the one"));
        }
        m_project->undoStack()->undo();
        {
            auto reader = readBack();
            const StoredDocument restored = *reader->loadDocument(m_documentId);
            QCOMPARE(restored.commentIds, m_stored.commentIds);
            QCOMPARE(restored.document.comments.at(2).blocks, m_stored.document.comments.at(2).blocks);
            QVERIFY(!reader->annotation(onCut)->orphaned);
            QCOMPARE(reader->annotation(last)->commentId, daniel);
        }
        m_project->undoStack()->redo();
        QCOMPARE(store().loadDocument(m_documentId)->commentIds.at(3), createdId); // the same id again
        QVERIFY(!m_project->splitComment(daniel, 0));
        QVERIFY(!m_project->splitComment(daniel, 9));
    }

    void firstLineBecomesTheAuthor()
    {
        const qint64 t = tag(QStringLiteral("T"));
        const qint64 agreed = annotateComment(8, QStringLiteral("Agreed"), {t});
        const qint64 tova = m_stored.commentIds.at(8);
        QVERIFY2(m_project->makeFirstLineAuthor(tova), qPrintable(m_project->lastError()));
        const StoredDocument changed = *readBack()->loadDocument(m_documentId);
        QCOMPARE(changed.document.comments.at(8).author, QStringLiteral("Agreed."));
        QVERIFY(changed.document.comments.at(8).blocks.isEmpty());
        QCOMPARE(changed.document.comments.at(7).blocks.last().text, QStringLiteral("Tova"));
        QVERIFY(readBack()->annotation(agreed)->orphaned);
        m_project->undoStack()->undo();
        const StoredDocument restored = *readBack()->loadDocument(m_documentId);
        QCOMPARE(restored.document.comments.at(8).author, QStringLiteral("Tova"));
        QCOMPARE(restored.document.comments.at(7).blocks, m_stored.document.comments.at(7).blocks);
        QVERIFY(!readBack()->annotation(agreed)->orphaned);
    }

    void markAsReply()
    {
        const qint64 kayak = m_stored.commentIds.at(4);
        const qint64 answer = m_stored.commentIds.at(5);
        QVERIFY(!m_project->setReplyParent(kayak, answer)); // a reply follows what it answers
        QVERIFY(m_project->setReplyParent(answer, kayak));
        const StoredDocument threaded = *readBack()->loadDocument(m_documentId);
        QCOMPARE(threaded.document.comments.at(5).parentId, threaded.document.comments.at(4).id);
        const CommentTree tree(threaded.document);
        QCOMPARE(tree.depth(5), 1);
        QCOMPARE(tree.topLevel().size(), 11);
        m_project->undoStack()->undo();
        QVERIFY(readBack()->loadDocument(m_documentId)->document.comments.at(5).parentId.isEmpty());
    }

    void addDocumentUndoAndRedoWithTheSameIds()
    {
        const QStringList before = dump();
        QSignalSpy added(m_project.get(), &Project::documentAdded);
        QSignalSpy removed(m_project.get(), &Project::documentRemoved);
        const qint64 id = importAnother();
        QVERIFY2(id > 0, qPrintable(m_project->lastError()));
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toLongLong(), id);
        QCOMPARE(m_project->undoStack()->count(), 1);
        const QStringList afterImport = dump();
        QVERIFY(afterImport != before);
        QCOMPARE(store().provenance(id, true)->bytes, QByteArray("threaded bytes"));

        m_project->undoStack()->undo();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toLongLong(), id);
        QCOMPARE(dump(), before);
        m_project->undoStack()->redo();
        QCOMPARE(added.count(), 2);
        QCOMPARE(dump(), afterImport);
        QCOMPARE(readBack()->loadDocument(id)->document.comments.size(),
                 store().loadDocument(id)->document.comments.size());
    }

    void addSeveralDocumentsIsOneEdit()
    {
        ImportResult first = ImporterRegistry::instance().importFile(test::dataFile(QStringLiteral("no-comments.txt")));
        ImportResult second =
            ImporterRegistry::instance().importFile(test::dataFile(QStringLiteral("crlf-three-comments.txt")));
        QVERIFY(first.ok() && second.ok());
        const QStringList before = dump();
        const auto ids = m_project->addDocuments({{*first.document, {QStringLiteral("a.txt"), "a", {}}},
                                                  {*second.document, {QStringLiteral("b.txt"), "b", {}}}});
        QVERIFY(ids);
        QCOMPARE(ids->size(), 2);
        QCOMPARE(store().documents().size(), 3);
        QCOMPARE(m_project->undoStack()->count(), 1);
        m_project->undoStack()->undo();
        QCOMPARE(dump(), before);
    }

    void removeDocumentAndUndoRestoreEveryRow()
    {
        const qint64 other = importAnother();
        QVERIFY(other > 0);
        const qint64 tone = tag(QStringLiteral("Tone"));
        const qint64 sarcasm = tag(QStringLiteral("Sarcasm"), tone);
        const qint64 onComment = annotateComment(2, QStringLiteral("regatta committee"), {tone, sarcasm});
        const qint64 whole = annotateComment(8, {}, {sarcasm});
        QVERIFY(onComment > 0 && whole > 0);
        QVERIFY(m_project->setAnnotationNote(onComment, QStringLiteral("a note")));
        Annotation onArticle;
        onArticle.documentId = m_documentId;
        const QString articleText = plainText(m_stored.document.article.blocks);
        onArticle.range = TextRange::fromText(articleText, int(articleText.size()) - 10, int(articleText.size()));
        onArticle.tagIds = {tone};
        const qint64 lastWords = m_project->addAnnotation(onArticle).value_or(0);
        QVERIFY(lastWords > 0);
        // An orphan whose old range lies beyond its target's shortened text comes back as it was.
        QList<Block> shorter = m_stored.document.article.blocks;
        shorter.removeLast();
        QVERIFY(m_project->replaceTargetBlocks(m_documentId, 0, shorter, QStringLiteral("Shorten")));
        QVERIFY(store().annotation(lastWords)->orphaned);
        // A structural fix, so the comments' rows are no longer as the import wrote them.
        QVERIFY(m_project->setReplyParent(m_stored.commentIds.at(5), m_stored.commentIds.at(4)));
        Annotation onOther;
        onOther.documentId = other;
        onOther.tagIds = {tone};
        QVERIFY(m_project->addAnnotation(onOther));

        const QStringList before = dump();
        const int steps = m_project->undoStack()->count();
        QSignalSpy removed(m_project.get(), &Project::documentRemoved);
        QSignalSpy added(m_project.get(), &Project::documentAdded);
        QSignalSpy tagsChanged(m_project.get(), &Project::tagsChanged);
        QVERIFY2(m_project->removeDocument(m_documentId), qPrintable(m_project->lastError()));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toLongLong(), m_documentId);
        QVERIFY(tagsChanged.count() >= 1);
        QCOMPARE(m_project->undoStack()->count(), steps + 1);
        {
            auto reader = readBack();
            QCOMPARE(reader->documents().size(), 1);
            QCOMPARE(reader->documents().first().id, other);
            QVERIFY(!reader->annotation(onComment) && !reader->annotation(whole) && !reader->annotation(lastWords));
            QCOMPARE(reader->annotationCount(), 1);
            QCOMPARE(reader->tags().size(), 2); // the codebook stays
            QVERIFY(!reader->commentRow(m_stored.commentIds.at(2)));
        }

        m_project->undoStack()->undo();
        QCOMPARE(added.count(), 1);
        QCOMPARE(dump(), before);
        QCOMPARE(readBack()->annotation(onComment)->tagIds, (QList<qint64>{tone, sarcasm}));
        m_project->undoStack()->redo();
        QCOMPARE(readBack()->documents().size(), 1);
        m_project->undoStack()->undo();
        QCOMPARE(dump(), before);
        // The edits made before the removal still undo on the restored rows.
        m_project->undoStack()->undo();
        QCOMPARE(readBack()->annotationCount(), 3);
    }

    void removingAnUnknownDocumentChangesNothing()
    {
        const QStringList before = dump();
        QVERIFY(!m_project->removeDocument(m_documentId + 41));
        QVERIFY(m_project->lastError().contains(QString::number(m_documentId + 41)));
        QCOMPARE(m_project->undoStack()->count(), 0);
        QCOMPARE(dump(), before);
    }

    void managerFollowsRemovedDocuments()
    {
        const qint64 other = importAnother();
        QVERIFY(other > 0);
        m_project.reset();
        ProjectManager manager;
        QVERIFY(manager.openProject(m_path));
        QVERIFY(manager.selectDocument(m_documentId));
        QSignalSpy documentChanged(&manager, &ProjectManager::documentChanged);
        QSignalSpy projectChanged(&manager, &ProjectManager::projectChanged);

        QVERIFY(manager.project()->removeDocument(m_documentId));
        QVERIFY(manager.currentDocument());
        QCOMPARE(manager.currentDocument()->id, other);
        QVERIFY(documentChanged.count() >= 1);
        QVERIFY(projectChanged.count() >= 1);
        QCOMPARE(manager.documents().size(), 1);

        // A document that is not shown goes without changing what is shown.
        manager.project()->undoStack()->undo();
        QCOMPARE(manager.documents().size(), 2);
        QCOMPARE(manager.currentDocument()->id, other);
        documentChanged.clear();
        QVERIFY(manager.project()->removeDocument(m_documentId));
        QCOMPARE(documentChanged.count(), 0);
        QCOMPARE(manager.currentDocument()->id, other);

        // The last one leaves nothing shown.
        QVERIFY(manager.project()->removeDocument(other));
        QVERIFY(!manager.currentDocument());
        QVERIFY(documentChanged.count() >= 1);
        QVERIFY(manager.documents().isEmpty());
        manager.project()->undoStack()->undo();
        QVERIFY(manager.currentDocument());
        QCOMPARE(manager.currentDocument()->id, other);
        manager.close();
    }

    void tagPathsCreateTheirMissingLevels()
    {
        const int before = int(store().tags().size());
        const auto child = m_project->createTagPath(QStringLiteral("Parent/Child"));
        QVERIFY2(child, qPrintable(m_project->lastError()));
        QCOMPARE(m_project->undoStack()->count(), 1);
        const auto stored = store().tag(*child);
        QCOMPARE(stored->name, QStringLiteral("Child"));
        const auto parent = store().tag(stored->parentId);
        QCOMPARE(parent->name, QStringLiteral("Parent"));
        QCOMPARE(parent->parentId, 0);
        // Each level has the colour the codebook gives the next tag it makes.
        QCOMPARE(parent->color, defaultTagColor(before));
        QCOMPARE(stored->color, defaultTagColor(before + 1));

        // The same path names the same tag, and nothing new is made for it.
        QCOMPARE(m_project->createTagPath(QStringLiteral(" Parent / Child ")), child);
        QCOMPARE(m_project->undoStack()->count(), 1);
        const auto grandChild = m_project->createTagPath(QStringLiteral("Parent/Child/Grandchild"));
        QVERIFY(grandChild);
        QCOMPARE(store().tag(*grandChild)->parentId, *child);
        QCOMPARE(store().tags().size(), before + 3);

        // An escaped slash is part of a name.
        const auto literal = m_project->createTagPath(QStringLiteral("A\\/B"));
        QVERIFY(literal);
        QCOMPARE(store().tag(*literal)->name, QStringLiteral("A/B"));
        QCOMPARE(store().tag(*literal)->parentId, 0);
        const auto backslash = m_project->createTagPath(QStringLiteral("C\\\\D"));
        QVERIFY(backslash);
        QCOMPARE(store().tag(*backslash)->name, QStringLiteral("C\\D"));

        for (const QString& bad : {QStringLiteral(""), QStringLiteral("A//B"), QStringLiteral("A/"),
                                   QStringLiteral("A\\x"), QStringLiteral("A\\")}) {
            const int steps = m_project->undoStack()->count();
            QVERIFY2(!m_project->createTagPath(bad), qPrintable(bad));
            QVERIFY(!m_project->lastError().isEmpty());
            QCOMPARE(m_project->undoStack()->count(), steps);
        }

        // Undo takes every level it made; redo brings them back with the same ids.
        m_project->undoStack()->undo(); // C\D
        m_project->undoStack()->undo(); // A/B
        m_project->undoStack()->undo(); // Grandchild
        m_project->undoStack()->undo(); // Parent/Child
        QCOMPARE(readBack()->tags().size(), before);
        m_project->undoStack()->redo();
        QCOMPARE(readBack()->tag(*child)->parentId, parent->id);
        QCOMPARE(readBack()->tag(parent->id)->position, parent->position);
    }

    void annotateIsOneEditWithItsTags()
    {
        const QStringList before = dump();
        AnnotationRequest request;
        request.documentId = m_documentId;
        request.commentSourceId = m_stored.document.comments.at(2).id;
        request.quote = QStringLiteral("regatta committee");
        request.tagPath = QStringLiteral("Tone/Irony");
        request.note = QStringLiteral("dry");
        const auto id = m_project->annotate(request);
        QVERIFY2(id, qPrintable(m_project->lastError()));
        QCOMPARE(m_project->undoStack()->count(), 1);
        const auto annotation = readBack()->annotation(*id);
        QCOMPARE(annotation->commentId, m_stored.commentIds.at(2));
        QCOMPARE(annotation->range->exact, QStringLiteral("regatta committee"));
        QCOMPARE(annotation->note, QStringLiteral("dry"));
        QCOMPARE(annotation->coder, QStringLiteral("Ana"));
        QCOMPARE(annotation->tagIds.size(), 1);
        QCOMPARE(store().tag(annotation->tagIds.first())->name, QStringLiteral("Irony"));

        // The existing path is reused.
        request.quote.reset();
        request.offsets = std::pair(0, 4);
        const auto second = m_project->annotate(request);
        QVERIFY(second);
        QCOMPARE(store().annotation(*second)->tagIds, annotation->tagIds);
        QCOMPARE(store().tags().size(), 2);

        // Refusals make nothing, not even the tags of the path.
        const auto refused = [&](AnnotationRequest bad) {
            bad.tagPath = QStringLiteral("Never/Made");
            const int steps = m_project->undoStack()->count();
            const bool ok = !m_project->annotate(bad) && !m_project->lastError().isEmpty() &&
                            m_project->undoStack()->count() == steps && !store().tagByPath(QStringLiteral("Never"));
            if (!ok)
                qWarning("accepted or half made: %s", qPrintable(m_project->lastError()));
            return ok;
        };
        AnnotationRequest bad = request;
        bad.documentId = m_documentId + 9;
        QVERIFY(refused(bad));
        bad = request;
        bad.commentSourceId = QStringLiteral("c999");
        QVERIFY(refused(bad));
        bad = request;
        bad.offsets = std::pair(5, 100000);
        QVERIFY(refused(bad));
        bad = request;
        bad.offsets = std::pair(4, 4);
        QVERIFY(refused(bad));
        bad = request;
        bad.offsets.reset();
        bad.quote = QStringLiteral("not in the comment");
        QVERIFY(refused(bad));
        bad.quote = QStringLiteral("e"); // many times
        QVERIFY(refused(bad));
        QVERIFY(m_project->lastError().contains(QStringLiteral("times")));

        m_project->undoStack()->undo();
        m_project->undoStack()->undo();
        QCOMPARE(dump(), before);
    }

    void readOnlyProjectRefusesEdits()
    {
        m_project.reset();
        ProjectError error;
        Project readOnly(ProjectStore::open(m_path, ProjectStore::Access::ReadOnly, &error));
        Tag t;
        t.name = QStringLiteral("X");
        t.color = Qt::blue;
        QVERIFY(!readOnly.createTag(t));
        QVERIFY(readOnly.lastError().contains(QStringLiteral("read-only")));
        QCOMPARE(readOnly.undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
