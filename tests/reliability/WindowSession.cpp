// glossator_window_session PROJECT SEED OPERATIONS DATA_DIR
//
// Codes a project in the real main window, offscreen, the way a user does: imports, passages and
// comments tagged with the number keys, notes, tags made, renamed, recoloured, merged and deleted,
// comment structure fixed, undo and redo, Save As. The edits are drawn from SEED, so a run is the
// same each time. After each edit has returned, and so is shown as done in the window, it prints
//   DONE <n> <digest of the project's facts> <project path> <what was done>
// tst_windowkill kills it at random moments and checks that the project holds what the last
// such line promised.

#include "ProjectDigest.h"
#include "article/ArticleView.h"
#include "cli/CommandLine.h"
#include "comments/CommentTreeModel.h"
#include "common/MessageBoxes.h"
#include "mainwindow/MainWindow.h"
#include "project/Project.h"
#include "project/ProjectManager.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <random>

using namespace glossator;

namespace {

class Session {
public:
    Session(MainWindow& window, quint32 seed, QString dataDir)
        : m_window(window)
        , m_random(seed)
        , m_dataDir(std::move(dataDir))
    {}

    // One edit, chosen at random among those that can be done now; false when it failed.
    bool step(int number, QString* what);

private:
    int below(int bound) { return bound <= 1 ? 0 : int(std::uniform_int_distribution<int>(0, bound - 1)(m_random)); }
    Project* project() const { return m_window.projectManager()->project(); }
    const StoredDocument* document() const { return m_window.projectManager()->currentDocument(); }
    QList<Tag> tags() const;
    QList<Annotation> annotations() const;
    QAction* action(const QString& name) const { return m_window.findChild<QAction*>(name); }
    void settle() const;

    bool importArticle(QString* what);
    bool tagPassage(QString* what);
    bool tagComment(QString* what);
    bool writeNote(QString* what);
    bool newTag(QString* what);
    bool renameTag(QString* what);
    bool recolorTag(QString* what);
    bool mergeTags(QString* what);
    bool deleteTag(QString* what);
    bool fixStructure(QString* what);
    bool undoOrRedo(QString* what);
    bool saveAs(int number, QString* what);
    bool switchDocument(QString* what);

    MainWindow& m_window;
    std::mt19937 m_random;
    QString m_dataDir;
    int m_saves = 0;
};

void Session::settle() const
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

QList<Tag> Session::tags() const
{
    QList<Tag> all;
    for (const TagUsage& usage : project()->store().tags())
        all.append(usage.tag);
    return all;
}

QList<Annotation> Session::annotations() const
{
    return document() ? project()->store().annotations(document()->id) : QList<Annotation>();
}

bool Session::step(int number, QString* what)
{
    if (!project())
        return false;
    const int roll = below(100);
    bool done = false;
    if (roll < 5)
        done = importArticle(what);
    else if (roll < 23)
        done = tagPassage(what);
    else if (roll < 37)
        done = tagComment(what);
    else if (roll < 45)
        done = writeNote(what);
    else if (roll < 51)
        done = newTag(what);
    else if (roll < 55)
        done = renameTag(what);
    else if (roll < 58)
        done = recolorTag(what);
    else if (roll < 62)
        done = mergeTags(what);
    else if (roll < 66)
        done = deleteTag(what);
    else if (roll < 78)
        done = fixStructure(what);
    else if (roll < 93)
        done = undoOrRedo(what);
    else if (roll < 96)
        done = saveAs(number, what);
    else
        done = switchDocument(what);
    settle();
    return done;
}

bool Session::importArticle(QString* what)
{
    static const char* const files[] = {"markdown-discussion.md", "crlf-three-comments.txt",
                                        "pagecopy-article-discussion.txt", "no-comments.txt"};
    const QString file = QDir(m_dataDir).filePath(QString::fromLatin1(files[below(4)]));
    *what = QStringLiteral("import %1").arg(QFileInfo(file).fileName());
    return m_window.openFile(file);
}

bool Session::tagPassage(QString* what)
{
    const StoredDocument* stored = document();
    const int tagCount = int(tags().size());
    if (!stored || tagCount == 0)
        return false;
    const QString text = plainText(stored->document.article.blocks);
    if (text.size() < 10)
        return false;
    const int start = below(int(text.size()) - 5);
    const int end = std::min(int(text.size()), start + 3 + below(40));
    auto* article = m_window.findChild<ArticleView*>(QStringLiteral("articleView"));
    article->setFocus(Qt::OtherFocusReason);
    settle();
    article->selectRange(start, end);
    const int number = 1 + below(std::min(tagCount, 9));
    *what = QStringLiteral("tag article %1-%2 with key %3").arg(start).arg(end).arg(number);
    action(QStringLiteral("actionTagWith%1").arg(number))->trigger();
    return true;
}

bool Session::tagComment(QString* what)
{
    auto* tree = m_window.findChild<QTreeView*>(QStringLiteral("commentTree"));
    const int tagCount = int(tags().size());
    if (!tree || tagCount == 0 || tree->model()->rowCount() == 0)
        return false;
    QModelIndex index = tree->model()->index(below(tree->model()->rowCount()), 0);
    // Now and then a reply instead.
    if (below(3) == 0 && tree->model()->rowCount(index) > 0)
        index = tree->model()->index(below(tree->model()->rowCount(index)), 0, index);
    tree->setFocus(Qt::OtherFocusReason);
    settle();
    tree->setCurrentIndex(index);
    const int number = 1 + below(std::min(tagCount, 9));
    *what = QStringLiteral("tag comment %1 with key %2")
                .arg(index.data(CommentTreeModel::StoredIdRole).toLongLong())
                .arg(number);
    action(QStringLiteral("actionTagWith%1").arg(number))->trigger();
    return true;
}

bool Session::writeNote(QString* what)
{
    const QList<Annotation> all = annotations();
    if (all.isEmpty())
        return false;
    const Annotation& chosen = all.at(below(int(all.size())));
    const QString note = QStringLiteral("Note %1: line one\nline two").arg(below(1000));
    *what = QStringLiteral("note on %1").arg(chosen.id);
    return project()->setAnnotationNote(chosen.id, note);
}

bool Session::newTag(QString* what)
{
    const QString name = QStringLiteral("Code %1").arg(below(100000));
    QAction* create = action(QStringLiteral("actionNewTag"));
    if (!create || !create->isEnabled())
        return false;
    *what = QStringLiteral("new tag %1").arg(name);
    // The codebook's action, from the Tag menu, as its shortcut does; it asks for the name.
    MessageBoxes::queueText(name);
    create->trigger();
    return MessageBoxes::pendingAnswers() == 0;
}

bool Session::renameTag(QString* what)
{
    const QList<Tag> all = tags();
    if (all.isEmpty())
        return false;
    const Tag& chosen = all.at(below(int(all.size())));
    *what = QStringLiteral("rename tag %1").arg(chosen.id);
    return project()->renameTag(chosen.id, chosen.name + QStringLiteral(" ") + QString::number(below(10)));
}

bool Session::recolorTag(QString* what)
{
    const QList<Tag> all = tags();
    if (all.isEmpty())
        return false;
    const Tag& chosen = all.at(below(int(all.size())));
    *what = QStringLiteral("recolour tag %1").arg(chosen.id);
    return project()->recolorTag(chosen.id, QColor::fromRgb(quint32(below(0xffffff))));
}

bool Session::mergeTags(QString* what)
{
    const QList<Tag> all = tags();
    if (all.size() < 3)
        return false;
    const Tag& from = all.at(below(int(all.size())));
    const Tag& into = all.at(below(int(all.size())));
    if (from.id == into.id || into.parentId == from.id)
        return false;
    *what = QStringLiteral("merge tag %1 into %2").arg(from.id).arg(into.id);
    return project()->mergeTags(from.id, into.id);
}

bool Session::deleteTag(QString* what)
{
    const QList<Tag> all = tags();
    if (all.size() < 3)
        return false;
    const Tag& chosen = all.at(below(int(all.size())));
    *what = QStringLiteral("delete tag %1").arg(chosen.id);
    return project()->deleteTag(chosen.id);
}

bool Session::fixStructure(QString* what)
{
    const StoredDocument* stored = document();
    if (!stored || stored->commentIds.size() < 3)
        return false;
    const int index = 1 + below(int(stored->commentIds.size()) - 1);
    const qint64 comment = stored->commentIds.at(index);
    switch (below(4)) {
    case 0:
        *what = QStringLiteral("merge comment %1 into the previous").arg(comment);
        return project()->mergeCommentIntoPrevious(comment);
    case 1:
    case 2:
        *what = QStringLiteral("reply %1 to %2").arg(comment).arg(stored->commentIds.at(index - 1));
        return project()->setReplyParent(comment, stored->commentIds.at(index - 1));
    default:
        *what = QStringLiteral("comment %1 to the top level").arg(comment);
        return project()->setReplyParent(comment, 0);
    }
}

bool Session::undoOrRedo(QString* what)
{
    const bool undo = below(3) != 0;
    QAction* chosen = action(undo ? QStringLiteral("actionUndo") : QStringLiteral("actionRedo"));
    if (!chosen || !chosen->isEnabled())
        return false;
    *what = undo ? QStringLiteral("undo") : QStringLiteral("redo");
    chosen->trigger();
    return true;
}

bool Session::saveAs(int number, QString* what)
{
    const QString path = QFileInfo(m_window.projectManager()->projectPath())
                             .dir()
                             .filePath(QStringLiteral("saved-%1-%2.glossa").arg(number).arg(++m_saves));
    *what = QStringLiteral("save as %1").arg(QFileInfo(path).fileName());
    return m_window.saveProjectAs(path);
}

bool Session::switchDocument(QString* what)
{
    const QList<DocumentSummary> documents = m_window.projectManager()->documents();
    if (documents.size() < 2)
        return false;
    const qint64 id = documents.at(below(int(documents.size()))).id;
    *what = QStringLiteral("show document %1").arg(id);
    return m_window.projectManager()->selectDocument(id);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    cli::initialiseApplication();
    const QStringList arguments = QCoreApplication::arguments();
    bool seedOk = false;
    bool countOk = false;
    const quint32 seed = arguments.size() == 5 ? arguments.at(2).toUInt(&seedOk) : 0;
    const int operations = arguments.size() == 5 ? arguments.at(3).toInt(&countOk) : 0;
    if (!seedOk || !countOk) {
        std::fprintf(stderr, "usage: glossator_window_session PROJECT SEED OPERATIONS DATA_DIR\n");
        return 2;
    }

    // A question the window asks (an edit refused, say) is answered with its default at once, as a
    // user who presses Escape would: the session never waits on a dialog.
    QTimer dismiss;
    QObject::connect(&dismiss, &QTimer::timeout, [] {
        if (QWidget* modal = QApplication::activeModalWidget())
            modal->close();
    });
    dismiss.start(20);

    MainWindow window;
    window.projectManager()->setDuplicateQuestion(
        [](const QString&, const DocumentSummary&) { return ProjectManager::DuplicateChoice::AddAgain; });
    window.show();
    window.activateWindow();
    if (!window.projectManager()->openProject(arguments.at(1))) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(arguments.at(1)),
                     qPrintable(window.projectManager()->lastError()));
        return 1;
    }
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    if (!window.projectManager()->currentDocument() && !window.projectManager()->documents().isEmpty())
        window.projectManager()->selectDocument(window.projectManager()->documents().first().id);

    Session session(window, seed, arguments.at(4));
    const auto report = [&](int number, const QString& what) {
        const ProjectStore& store = window.projectManager()->project()->store();
        std::printf("DONE %d %s %s %s\n", number, test::projectDigest(store).constData(),
                    qPrintable(window.projectManager()->projectPath()), qPrintable(what));
        std::fflush(stdout);
    };
    report(0, QStringLiteral("opened"));
    int number = 0;
    for (int attempt = 0; number < operations && attempt < operations * 4; ++attempt) {
        QString what;
        if (!session.step(number + 1, &what))
            continue;
        ++number;
        report(number, what);
    }
    // Nothing is asked on the way out: every edit is in the file already.
    window.projectManager()->close();
    return 0;
}
