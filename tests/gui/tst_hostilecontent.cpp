#include "QtWarnings.h"
#include "RequireChild.h"
#include "TestSupport.h"
#include "article/ArticleView.h"
#include "cli/CommandLine.h"
#include "comments/CommentTextEditor.h"
#include "comments/CommentTreeModel.h"
#include "comments/CommentTreeView.h"
#include "common/MessageBoxes.h"
#include "export/ExportData.h"
#include "export/ExporterRegistry.h"
#include "mainwindow/MainWindow.h"
#include "project/Project.h"
#include "project/ProjectManager.h"

#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

using namespace glossator;

// Articles and comments full of scripts, frames, remote images, style sheets, javascript: and
// file: links, huge attributes and deep nesting are imported, shown in the main window, tagged
// with hostile notes and exported in every format: all of it stays inert text, and nothing tries
// the server that every remote address in them names.
class TestHostileContent : public QObject {
    Q_OBJECT

    // A PDF with the data of its streams left out: what remains are the objects' dictionaries.
    static QByteArray withoutStreams(const QByteArray& pdf)
    {
        QByteArray out;
        qsizetype from = 0;
        while (true) {
            const qsizetype start = pdf.indexOf("stream", from);
            if (start < 0) {
                out += pdf.mid(from);
                break;
            }
            if (start >= 3 && pdf.mid(start - 3, 3) == "end") {
                out += pdf.mid(from, start + 6 - from);
                from = start + 6;
                continue;
            }
            const qsizetype end = pdf.indexOf("endstream", start + 6);
            if (end < 0) {
                out += pdf.mid(from);
                break;
            }
            out += pdf.mid(from, start - from);
            from = end + 9;
        }
        return out;
    }

    // Whether a PDF name appears as a name: followed by a delimiter, not as the start of a longer one.
    static bool containsName(const QByteArray& text, const char* name)
    {
        const QByteArray wanted(name);
        for (qsizetype at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
            const qsizetype next = at + wanted.size();
            if (next >= text.size() || QByteArray(" \t\r\n/[]<>()").contains(text.at(next)))
                return true;
        }
        return false;
    }

private:
    // The port every remote address in tests/data/hostile names.
    static constexpr quint16 watchedPort = 47613;

    QTemporaryDir m_dir;
    QTcpServer m_server;
    QStringList m_connections; // when each one came: which phase of the test

    QString m_phase;

    static QString remote(const QString& path)
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(watchedPort).arg(path);
    }

    // Lets every queued event, timer and socket notification run, long enough for a fetch that a
    // view might have started to reach the server.
    static void settle() { QTest::qWait(400); }

    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // What in a text document is not plain text: an image, a link, an inline object or a table.
    // Empty when there is nothing.
    static QString activeContent(const QTextDocument* document)
    {
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const QTextCharFormat format = fragment.charFormat();
                if (format.isImageFormat())
                    return QStringLiteral("an image: ") + format.toImageFormat().name();
                if (format.isAnchor() || !format.anchorHref().isEmpty())
                    return QStringLiteral("a link: ") + format.anchorHref();
                if (format.objectType() != QTextFormat::NoObject)
                    return QStringLiteral("an object in \"%1\"").arg(fragment.text());
            }
        }
        if (document->rootFrame()->childFrames().size() > 0)
            return QStringLiteral("a frame or table");
        return {};
    }

    // The text a target is shown with must hold each of its blocks, character for character.
    static QString missingBlock(const QString& shown, const QList<Block>& blocks)
    {
        for (const Block& block : blocks) {
            const QString text = QString(block.text).replace(QLatin1Char('\n'), QChar::LineSeparator);
            if (!shown.contains(text))
                return block.text.left(200);
        }
        return {};
    }

    [[nodiscard]] bool exportEverything(const Project& project, QStringList* written) const
    {
        ExportOptions options;
        QString error;
        const std::optional<ExportData> data = ExportData::load(project.store(), options, &error);
        if (!data) {
            qWarning("cannot gather the export: %s", qPrintable(error));
            return false;
        }
        const ExporterRegistry& registry = ExporterRegistry::instance();
        for (const QString& name : registry.names()) {
            const Exporter* exporter = registry.find(name);
            const QString path = m_dir.filePath(QStringLiteral("hostile-export.") + exporter->fileSuffix());
            if (!registry.exportToFile(*exporter, *data, options, path, &error)) {
                qWarning("%s export failed: %s", qPrintable(name), qPrintable(error));
                return false;
            }
            written->append(path);
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(ProjectManager::untitledFolder()).removeRecursively();
        cli::initialiseApplication();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.listen(QHostAddress::LocalHost, watchedPort),
                 qPrintable(QStringLiteral("port %1 is taken: %2").arg(watchedPort).arg(m_server.errorString())));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                m_connections.append(m_phase);
                socket->abort();
                socket->deleteLater();
            }
        });

        // The watch sees a connection when one is made: it is not a test that cannot fail.
        m_phase = QStringLiteral("the self-check");
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, watchedPort);
        QVERIFY(probe.waitForConnected(5000));
        QTRY_COMPARE(m_connections.size(), 1);
        probe.abort();
        m_connections.clear();
    }

    void init() { test::failOnItemViewWarnings(); }

    void cleanup() { QCOMPARE(MessageBoxes::pendingAnswers(), 0); }

    void cleanupTestCase() { QDir(ProjectManager::untitledFolder()).removeRecursively(); }

    void inertEverywhere_data()
    {
        QTest::addColumn<QString>("path");
        for (const char* name : {"hostile-article.md", "hostile-pagecopy.txt", "hostile-discussion.json"})
            QTest::newRow(name) << test::dataFile(QStringLiteral("hostile/") + QLatin1String(name));

        // A 32 KiB attribute, in an article and in a comment.
        const QByteArray huge(1 << 15, 'A');
        const QByteArray image =
            "<img src=\"" + remote(QStringLiteral("huge.png")).toUtf8() + "\" alt=\"" + huge + "\">";
        QTest::newRow("huge attribute") << writeFile(QStringLiteral("huge-attribute.md"),
                                                     "# Huge\n\nBefore " + image +
                                                         " after.\n\nComments\n--------\n\n"
                                                         "mika\nA comment " +
                                                         image + "\n");
        QTest::newRow("huge attribute, page copy") << writeFile(
            QStringLiteral("huge-attribute.txt"),
            "Huge\nAn article line " + image + "\n\n2 Comments\nmika\nFirst " + image + "\nJames Dean Jr.\nSecond.\n");

        // Nesting ten thousand deep: elements, quotes and lists.
        QByteArray nested = "# Deep\n\n";
        for (int i = 0; i < 10000; ++i)
            nested += "<div><span>";
        nested += "<img src=\"" + remote(QStringLiteral("deep.png")).toUtf8() + "\">";
        for (int i = 0; i < 10000; ++i)
            nested += "</span></div>";
        nested += "\n\n" + QByteArray(10000, '>') + " quoted [link](javascript:alert(1))\n\n";
        for (int i = 0; i < 2000; ++i)
            nested += QByteArray(2 * i, ' ') + "- item <iframe src=\"" + remote(QStringLiteral("list")).toUtf8() +
                      "\"></iframe>\n";
        QTest::newRow("deep nesting") << writeFile(QStringLiteral("deep-nesting.md"), nested);
    }

    void inertEverywhere()
    {
        QFETCH(QString, path);
        QVERIFY2(!path.isEmpty(), "the input could not be written");
        m_connections.clear();
        {
            MainWindow window;
            window.resize(1200, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));

            m_phase = QStringLiteral("the import");
            QVERIFY(window.openFile(path));
            settle();
            const StoredDocument* stored = window.projectManager()->currentDocument();
            QVERIFY(stored);
            const Document& document = stored->document;

            m_phase = QStringLiteral("the article");
            auto* article = test::requireChild<ArticleView>(&window, "articleView");
            const QString articleProblem = activeContent(article->document());
            QVERIFY2(articleProblem.isEmpty(), qPrintable(articleProblem));
            const QString articleMissing = missingBlock(article->toPlainText(), document.article.blocks);
            QVERIFY2(articleMissing.isEmpty(), qPrintable(QStringLiteral("not shown as text: ") + articleMissing));
            for (const QString& url : {remote(QStringLiteral("article.png")), remote(QStringLiteral("huge.png"))})
                QVERIFY(article->loadResource(QTextDocument::ImageResource, QUrl(url)).isNull());
            // A path with no scheme names a local file beside the document: not loaded either.
            QVERIFY(article->loadResource(QTextDocument::ImageResource, QUrl(path)).isNull());
            QVERIFY(
                article->loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("../x.css"))).isNull());
            article->selectAll();
            settle();

            // Every comment chosen in turn, so that its text is shown in the editor of the card.
            m_phase = QStringLiteral("the comments");
            auto* comments = test::requireChild<CommentTreeView>(&window, "commentTree");
            QAbstractItemModel* model = comments->model();
            QTRY_COMPARE(model->rowCount() > 0, !document.comments.isEmpty());
            comments->expandAll();
            QModelIndexList rows;
            for (int row = 0; row < model->rowCount(); ++row)
                rows.append(model->index(row, 0));
            for (qsizetype next = 0; next < rows.size(); ++next) {
                for (int row = 0; row < model->rowCount(rows.at(next)); ++row)
                    rows.append(model->index(row, 0, rows.at(next)));
            }
            QCOMPARE(rows.size(), document.comments.size());
            for (const QModelIndex& index : std::as_const(rows)) {
                const QString body = index.data(CommentTreeModel::BodyRole).toString();
                comments->scrollTo(index);
                comments->setCurrentIndex(index);
                // The card's editor is made anew for each current comment; find the one shown now.
                const auto shownEditor = [&]() -> CommentTextEditor* {
                    for (auto* editor : comments->findChildren<CommentTextEditor*>()) {
                        if (editor->isVisible() && editor->toPlainText() == body)
                            return editor;
                    }
                    return nullptr;
                };
                QTRY_VERIFY2(shownEditor(), qPrintable(QStringLiteral("not shown as its text: ") + body.left(80)));
                CommentTextEditor* editor = shownEditor();
                const QString problem = activeContent(editor->document());
                QVERIFY2(problem.isEmpty(), qPrintable(body.left(80) + QStringLiteral(": ") + problem));
                QVERIFY(editor->loadResource(QTextDocument::ImageResource, QUrl(remote(QStringLiteral("comment.png"))))
                            .isNull());
            }
            comments->collapseAll();
            settle();

            // Tagged, with a hostile note and a hostile tag name, so that the exports quote it all.
            m_phase = QStringLiteral("the coding");
            Project* project = window.projectManager()->project();
            QVERIFY(project);
            Tag tag;
            tag.name = QStringLiteral("<img src=\"%1\">").arg(remote(QStringLiteral("tag.png")));
            tag.color = QColor(0xE6, 0x9F, 0x00);
            const std::optional<qint64> tagId = project->createTag(tag);
            QVERIFY(tagId);
            const QString articleText = plainText(document.article.blocks);
            Annotation passage;
            passage.documentId = stored->id;
            passage.range = TextRange::fromText(articleText, 0, int(std::min<qsizetype>(articleText.size(), 60)));
            passage.tagIds = {*tagId};
            passage.note = QStringLiteral("<script>fetch('%1')</script> [x](javascript:alert(1)) file:///etc/passwd")
                               .arg(remote(QStringLiteral("note")));
            QVERIFY(project->addAnnotation(passage));
            for (qsizetype row = 0; row < stored->commentIds.size(); ++row) {
                Annotation whole;
                whole.documentId = stored->id;
                whole.commentId = stored->commentIds.at(row);
                whole.tagIds = {*tagId};
                whole.note = QStringLiteral("<iframe src=\"%1\"></iframe>").arg(remote(QStringLiteral("note-frame")));
                QVERIFY(project->addAnnotation(whole));
            }
            settle();

            m_phase = QStringLiteral("the exports");
            QStringList written;
            QVERIFY(exportEverything(*project, &written));
            QVERIFY(written.size() >= 4);
            // The check below can see a link: one in a dictionary counts, stream data does not.
            const QByteArray sample("1 0 obj << /S /URI /URI (http://x) >> endobj\n2 0 obj << /Length 6 >>\nstream\n"
                                    "/JS x\nendstream\nendobj\n");
            QVERIFY(containsName(withoutStreams(sample), "/URI"));
            QVERIFY(!containsName(withoutStreams(sample), "/JS"));
            for (const QString& file : std::as_const(written)) {
                QFile exported(file);
                QVERIFY(exported.open(QIODevice::ReadOnly));
                const QByteArray bytes = exported.readAll();
                QVERIFY2(!bytes.isEmpty(), qPrintable(file));
                if (file.endsWith(QLatin1String(".pdf"))) {
                    // No link, action or script that a PDF reader would follow or run. Such keys
                    // live in the objects' dictionaries; the compressed streams between them are
                    // taken out first, where any three bytes may happen to read "/JS".
                    const QByteArray dictionaries = withoutStreams(bytes);
                    for (const char* key : {"/URI", "/JavaScript", "/JS", "/Launch", "/SubmitForm", "/GoToR"})
                        QVERIFY2(!containsName(dictionaries, key),
                                 qPrintable(file + QLatin1Char(' ') + QLatin1String(key)));
                }
            }
            settle();

            m_phase = QStringLiteral("closing the window");
            if (window.projectManager()->isUntitled())
                MessageBoxes::queueAnswer(QMessageBox::Discard);
            window.close();
        }
        settle();
        QVERIFY2(m_connections.isEmpty(), qPrintable(QStringLiteral("a connection to port %1 during %2")
                                                         .arg(watchedPort)
                                                         .arg(m_connections.join(QStringLiteral(", ")))));
        QVERIFY(!m_server.hasPendingConnections());
    }
};

QTEST_MAIN(TestHostileContent)
#include "tst_hostilecontent.moc"
