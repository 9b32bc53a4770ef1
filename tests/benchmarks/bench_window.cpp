// bench_window [--comments N] [--annotations N] [--steps S] [--project FILE] [--cold] [--smoke] [--verbose]
//              [--check]
//
// How the main window copes with a very long discussion. Builds (outside the timed part, in a
// child process so that its memory is not counted) a project with one document of N comments in
// nested threads and N annotations, opens it in the real glossator::MainWindow and times what a
// reader does: the first screen after opening, expanding and collapsing all comments and one large
// thread, scrolling by wheel (down from the top, up from a far place), by page and by dragging the
// scroll bar, going to a comment far down and stepping through comments, and filtering by a tag.
// Then reports the peak resident memory.
//
// A step is timed from the call that starts it until the event-loop pass in which the views that
// show its result have painted has finished, so that layout, painting and flushing the frame are
// all counted. Every step also asks for a repaint, so a step that changes nothing on screen is
// still timed up to a painted frame.
//
// Prints a table of targets and measurements. Exits 1 on any error, and with --check also when a
// target is missed (never with --smoke, which runs a small thread only to prove that the benchmark
// works); 2 on wrong usage.

#include "BenchmarkSupport.h"
#include "cli/CommandLine.h"
#include "comments/CommentTreeModel.h"
#include "common/MessageBoxes.h"
#include "mainwindow/MainWindow.h"
#include "project/ProjectManager.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QScrollBar>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QWheelEvent>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <unistd.h>
#include <vector>

using namespace glossator;

namespace {

constexpr double firstScreenTargetMs = 1000.0;
constexpr double stepTargetMs = 100.0;
constexpr double memoryTargetMb = 500.0;
// Long enough for the slowest step of an unoptimised window on a slow machine.
constexpr int stepTimeoutMs = 180000;

int fail(const QString& message)
{
    std::fprintf(stderr, "bench_window: %s\n", qPrintable(message));
    return 1;
}

double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Notes the paint events of the views a step has to update and ends the waiting once all of them
// have painted what the step is about.
class PaintProbe : public QObject {
public:
    // ready says whether what the widget shows at a paint is what is waited for.
    void watch(QWidget* widget, std::function<bool()> ready = {})
    {
        widget->installEventFilter(this);
        m_ready[widget] = std::move(ready);
    }

    // Runs the step and returns the milliseconds until the widgets have painted after it, or -1
    // when they did not paint within the time-out.
    double time(const std::function<void()>& step, const QList<QWidget*>& widgets)
    {
        m_waiting = QSet<QObject*>(widgets.cbegin(), widgets.cend());
        QElapsedTimer timer;
        timer.start();
        step();
        // A step that changes nothing visible still costs a frame; asking for one keeps every
        // step measured the same way.
        for (QWidget* widget : widgets)
            widget->update();
        if (!m_waiting.isEmpty()) {
            QEventLoop loop;
            m_loop = &loop;
            QTimer::singleShot(stepTimeoutMs, &loop, &QEventLoop::quit);
            // quit() takes effect once the pass that painted has finished, flush included.
            loop.exec();
            m_loop = nullptr;
        }
        return m_waiting.isEmpty() ? milliseconds(timer) : -1;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_waiting.contains(watched)) {
            const auto& ready = m_ready.value(watched);
            if (!ready || ready()) {
                m_waiting.remove(watched);
                if (m_waiting.isEmpty() && m_loop)
                    m_loop->quit();
            }
        }
        return false;
    }

private:
    QHash<QObject*, std::function<bool()>> m_ready;
    QSet<QObject*> m_waiting;
    QEventLoop* m_loop = nullptr;
};

// Lets queued work (delayed layouts, timers of zero) run, as it would between a user's actions.
void settle(int milliseconds = 50)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

// The milliseconds until a timer of zero that is started now fires: how long a key pressed now
// would wait before the window reacts to it.
double inputDelay()
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer::singleShot(0, &loop, &QEventLoop::quit);
    loop.exec();
    return milliseconds(timer);
}

struct Row {
    QString what;
    std::vector<double> samples;
    double target = 0;
    bool judgeWorst = true; // a target on every step, not only on a typical one
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

class Results {
public:
    explicit Results(bool verbose)
        : m_verbose(verbose)
    {}

    // Adds a sample to the row named what, made the first time with that target.
    bool add(const QString& what, double ms, double target = stepTargetMs)
    {
        if (ms < 0) {
            std::fprintf(stderr, "bench_window: %s: no frame was painted within %d s\n", qPrintable(what),
                         stepTimeoutMs / 1000);
            return false;
        }
        auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row& row) { return row.what == what; });
        if (it == m_rows.end()) {
            m_rows.push_back(Row{what, {}, target, true});
            it = m_rows.end() - 1;
        }
        it->samples.push_back(ms);
        if (m_verbose) {
            std::printf("  %s: %.1f ms\n", qPrintable(what), ms);
            std::fflush(stdout);
        }
        return true;
    }

    void addInformation(const QString& what, double ms) { m_rows.push_back(Row{what, {ms}, 0, false}); }

    // Prints the table; returns whether every target was met.
    bool print(double peakMb) const
    {
        bool allMet = true;
        std::printf("\n%-46s %5s %11s %11s %12s  %s\n", "step", "n", "median", "worst", "target", "result");
        for (const Row& row : m_rows) {
            const double worst = *std::max_element(row.samples.cbegin(), row.samples.cend());
            const bool judged = row.target > 0;
            const bool met = !judged || worst <= row.target;
            allMet = allMet && met;
            const QString target = judged ? QStringLiteral("<= %1 ms").arg(row.target) : QStringLiteral("-");
            std::printf("%-46s %5zu %8.1f ms %8.1f ms %12s  %s\n", qPrintable(row.what), row.samples.size(),
                        median(row.samples), worst, qPrintable(target),
                        judged ? (met ? "met" : "MISSED") : "(information)");
        }
        const bool memoryMet = peakMb >= 0 && peakMb <= memoryTargetMb;
        std::printf("%-46s %5s %11s %8.0f MB %12s  %s\n", "peak resident memory (VmHWM)", "1", "", peakMb,
                    qPrintable(QStringLiteral("<= %1 MB").arg(memoryTargetMb)), memoryMet ? "met" : "MISSED");
        return allMet && memoryMet;
    }

private:
    std::vector<Row> m_rows;
    bool m_verbose = false;
};

// Writes the project in a process of its own, so that the memory its generation takes is not
// counted against the window.
bool generateProject(const QString& path, const benchmark::ThreadShape& shape)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--write-project"), path, QStringLiteral("--comments"), QString::number(shape.comments),
                 QStringLiteral("--annotations"), QString::number(shape.annotations)});
    return child.waitForFinished(-1) && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
}

int writeProjectOnly(const QString& path, const benchmark::ThreadShape& shape)
{
    QElapsedTimer timer;
    timer.start();
    benchmark::ThreadProject facts;
    QString error;
    if (!benchmark::writeThreadProject(path, shape, &facts, &error))
        return fail(error);
    std::printf("setup: %d comments (%d top-level, up to %d levels deep, largest thread %d replies, %d of four "
                "paragraphs or more), %d annotations (%d on whole comments, %d on passages), %lld tags, written "
                "in %.1f s\n",
                shape.comments, facts.topLevel, facts.maximumDepth + 1, facts.largestThread, facts.longComments,
                shape.annotations, facts.wholeCommentTags, facts.passages, qlonglong(facts.tagIds.size()),
                double(timer.elapsed()) / 1000);
    std::fflush(stdout);
    return 0;
}

// Asks the kernel to forget the cached pages of a file, so that the next reader waits for the disk.
bool dropFromPageCache(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    // Pages not yet written cannot be dropped.
    const bool ok = ::fdatasync(fd) == 0 && ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0;
    ::close(fd);
    return ok;
}

int commentCount(const CommentTreeModel* model)
{
    int total = model->rowCount();
    for (int row = 0; row < model->rowCount(); ++row)
        total += model->index(row, 0).data(CommentTreeModel::DescendantCountRole).toInt();
    return total;
}

// The top-level comment with the most replies below it.
QModelIndex largestThread(const QAbstractItemModel* model)
{
    QModelIndex best;
    int most = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const int replies = index.data(CommentTreeModel::DescendantCountRole).toInt();
        if (replies > most) {
            most = replies;
            best = index;
        }
    }
    return best;
}

QAction* action(MainWindow& window, const char* name)
{
    return window.findChild<QAction*>(QString::fromLatin1(name));
}

void wheel(QWidget* viewport, int angle)
{
    const QPointF position(viewport->width() / 2.0, viewport->height() / 2.0);
    QWheelEvent event(position, viewport->mapToGlobal(position), QPoint(), QPoint(0, angle), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &event);
}

} // namespace

int main(int argc, char* argv[])
{
    // Settings and untitled projects go to a folder of their own, never the user's.
    QTemporaryDir home;
    if (!home.isValid())
        return fail(QStringLiteral("cannot make a temporary folder: %1").arg(home.errorString()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));

    // Only writing the project needs no window.
    bool writeOnly = false;
    for (int i = 1; i < argc; ++i)
        writeOnly = writeOnly || QByteArray(argv[i]) == "--write-project";
    std::unique_ptr<QCoreApplication> app(writeOnly ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the main window on a very long comment thread."));
    parser.addHelpOption();
    const QCommandLineOption commentsOption(
        QStringLiteral("comments"), QStringLiteral("comments in the thread (default 100000)."), QStringLiteral("N"));
    const QCommandLineOption annotationsOption(QStringLiteral("annotations"),
                                               QStringLiteral("annotations on its comments (default 3000)."),
                                               QStringLiteral("N"));
    const QCommandLineOption stepsOption(QStringLiteral("steps"),
                                         QStringLiteral("steps of each kind of scrolling to time (default 40)."),
                                         QStringLiteral("S"));
    const QCommandLineOption projectOption(
        QStringLiteral("project"),
        QStringLiteral("the project to open; generated there first when the file does not exist, and kept, so that "
                       "later runs (and profiling) start at once. It must have been generated by this program."),
        QStringLiteral("FILE"));
    QCommandLineOption writeOption(QStringLiteral("write-project"),
                                   QStringLiteral("only generate the project at FILE."), QStringLiteral("FILE"));
    writeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"),
        QStringLiteral("a small run (2000 comments, 200 annotations, 8 steps) that never fails on time."));
    const QCommandLineOption coldOption(
        QStringLiteral("cold"),
        QStringLiteral("open the project with its file dropped from the page cache first, as after a restart, so "
                       "that opening reads it from the disk."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("print every step as it is timed."));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         QStringLiteral("exit 1 when a target is missed (ignored with --smoke)."));
    parser.addOptions({commentsOption, annotationsOption, stepsOption, projectOption, writeOption, smokeOption,
                       coldOption, verboseOption, checkOption});
    parser.process(*app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "bench_window: unexpected argument %s\n",
                     qPrintable(parser.positionalArguments().first()));
        return 2;
    }

    const bool smoke = parser.isSet(smokeOption);
    const auto count = [&](const QCommandLineOption& option, int fallback, int* value) {
        return benchmark::readCount(parser, option, fallback, value, "bench_window");
    };
    benchmark::ThreadShape shape;
    int steps = 0;
    if (!count(commentsOption, smoke ? 2000 : 100000, &shape.comments) ||
        !count(annotationsOption, smoke ? 200 : 3000, &shape.annotations) ||
        !count(stepsOption, smoke ? 8 : 40, &steps))
        return 2;
    if (writeOnly)
        return writeProjectOnly(parser.value(writeOption), shape);

    const QString path = parser.isSet(projectOption) ? QFileInfo(parser.value(projectOption)).absoluteFilePath()
                                                     : home.filePath(QStringLiteral("thread.glossa"));
    std::printf("bench_window: platform %s%s\n", qPrintable(QGuiApplication::platformName()),
                smoke ? " (smoke run: timing is reported, not judged)" : "");
    if (!QFileInfo::exists(path)) {
        if (!generateProject(path, shape))
            return fail(QStringLiteral("generating the project failed"));
    } else {
        std::printf("setup: opening the existing project %s (--comments and --annotations do not apply)\n",
                    qPrintable(path));
    }
    std::printf("project: %s, %.1f MB\n", qPrintable(path), double(QFileInfo(path).size()) / 1e6);
    std::fflush(stdout);

    cli::initialiseApplication();
    MainWindow window;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail(QStringLiteral("the window was never shown"));
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("commentTree"));
    auto* article = window.findChild<QTextEdit*>(QStringLiteral("articleView"));
    auto* codebook = window.findChild<QTreeView*>(QStringLiteral("codebookView"));
    auto* clearFilter = window.findChild<QToolButton*>(QStringLiteral("clearCommentFilter"));
    QAction* expandAll = action(window, "actionExpandAll");
    QAction* collapseAll = action(window, "actionCollapseAll");
    QAction* nextComment = action(window, "actionNextComment");
    QAction* nextTagged = action(window, "actionNextTagged");
    if (!tree || !article || !codebook || !clearFilter || !expandAll || !collapseAll || !nextComment || !nextTagged)
        return fail(QStringLiteral("a widget or action the benchmark uses is missing from the window"));
    QWidget* treeViewport = tree->viewport();
    settle(200);

    PaintProbe probe;
    probe.watch(treeViewport, [tree] { return tree->model()->rowCount() > 0; });
    probe.watch(article->viewport(), [article] { return !article->document()->isEmpty(); });
    Results results(parser.isSet(verboseOption));
    // Expanding, collapsing and filtering are repeated fewer times than the quick scrolling steps.
    const int repeats = std::min(3, steps);

    // (a) The first screen: the window is up and idle, as after File > Open, when the project opens.
    const bool cold = parser.isSet(coldOption);
    if (cold && !dropFromPageCache(path))
        return fail(QStringLiteral("cannot drop %1 from the page cache").arg(path));
    // A question (the project is open in another Glossator, say) is declined rather than left open.
    MessageBoxes::queueAnswer(QMessageBox::Cancel);
    bool opened = false;
    const double firstScreen = probe.time([&] { opened = window.openFile(path); }, {treeViewport, article->viewport()});
    if (!MessageBoxes::askedQuestions().isEmpty())
        return fail(QStringLiteral("opening %1 asked a question (%2): %3")
                        .arg(path, MessageBoxes::askedQuestions().join(QStringLiteral(", ")),
                             window.projectManager()->lastError()));
    if (!opened)
        return fail(QStringLiteral("the window could not open %1: %2").arg(path, window.projectManager()->lastError()));
    if (!results.add(cold ? QStringLiteral("open -> first screen painted (file not cached)")
                          : QStringLiteral("open -> first screen painted"),
                     firstScreen, firstScreenTargetMs))
        return 1;
    const double answered = firstScreen + inputDelay();
    results.addInformation(QStringLiteral("open -> first input answered"), answered);
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(tree->model());
    const auto* source = qobject_cast<const CommentTreeModel*>(proxy ? proxy->sourceModel() : tree->model());
    const int comments = source ? commentCount(source) : 0;
    std::printf("opened: %d comments, %d top-level; first screen after %.0f ms\n", comments, tree->model()->rowCount(),
                firstScreen);
    std::fflush(stdout);
    if (comments < 1)
        return fail(QStringLiteral("the comment tree is empty after opening"));
    settle();

    const auto step = [&](const QString& what, const std::function<void()>& work) {
        const bool ok = results.add(what, probe.time(work, {treeViewport}));
        settle(20);
        return ok;
    };
    bool ok = true;

    // (c) Scrolling through the whole thread, every reply shown, as it opens.
    for (int i = 0; ok && i < steps; ++i)
        ok = step(QStringLiteral("wheel, 3 lines down"), [&] { wheel(treeViewport, -120); });
    tree->setFocus();
    tree->setCurrentIndex(tree->model()->index(0, 0));
    tree->scrollToTop();
    settle();
    for (int i = 0; ok && i < steps; ++i)
        ok = step(QStringLiteral("Page Down key (moves the current comment)"),
                  [&] { QTest::keyClick(tree, Qt::Key_PageDown); });
    QScrollBar* bar = tree->verticalScrollBar();
    for (int i = 1; ok && i <= steps; ++i) {
        // Back and forth across the thread, as when the scroll bar is dragged.
        const int position = int(qint64(bar->maximum()) * ((i * 7) % steps) / std::max(1, steps - 1));
        ok = step(QStringLiteral("scroll bar dragged to a far place"), [&] { bar->setValue(position); });
    }
    // Back up from where the last drag left off: rows above it come into view.
    for (int i = 0; ok && i < steps; ++i)
        ok = step(QStringLiteral("wheel, 3 lines up after a drag"), [&] { wheel(treeViewport, 120); });

    // (d) Going to a comment far down, then stepping on from it.
    const QModelIndex farSource = source->indexForComment(int(double(comments) * 0.95));
    const QModelIndex far = proxy ? proxy->mapFromSource(farSource) : farSource;
    ok = ok && far.isValid() && step(QStringLiteral("select a comment far down and scroll to it"), [&] {
             tree->setCurrentIndex(far);
             tree->scrollTo(far, QAbstractItemView::PositionAtCenter);
         });
    for (int i = 0; ok && i < steps / 2; ++i)
        ok = step(QStringLiteral("Comments > Next Comment"), [&] { nextComment->trigger(); });
    tree->setCurrentIndex(tree->model()->index(0, 0));
    settle();
    for (int i = 0; ok && i < steps / 2; ++i)
        ok = step(QStringLiteral("Comments > Next Tagged Comment"), [&] { nextTagged->trigger(); });

    // (b) Expanding and collapsing everything, and one large thread.
    for (int i = 0; ok && i < repeats; ++i) {
        ok = step(QStringLiteral("collapse all"), [&] { collapseAll->trigger(); }) &&
             step(QStringLiteral("expand all"), [&] { expandAll->trigger(); });
    }
    collapseAll->trigger();
    settle();
    const QModelIndex big = largestThread(tree->model());
    const int bigReplies = big.data(CommentTreeModel::DescendantCountRole).toInt();
    tree->scrollTo(big, QAbstractItemView::PositionAtTop);
    settle();
    for (int i = 0; ok && i < repeats; ++i) {
        ok = step(QStringLiteral("expand the largest thread, all levels"), [&] { tree->expandRecursively(big); }) &&
             step(QStringLiteral("collapse the largest thread"), [&] { tree->collapse(big); });
    }
    expandAll->trigger();
    settle();

    // (e) Filtering by a tag, chosen in the codebook as a user does, then showing all again.
    const QModelIndex tagIndex = codebook->model()->index(0, 0);
    codebook->setCurrentIndex(tagIndex);
    for (int i = 0; ok && i < repeats; ++i) {
        ok = step(QStringLiteral("filter by a tag (Enter in the codebook)"),
                  [&] { QTest::keyClick(codebook, Qt::Key_Return); }) &&
             step(QStringLiteral("show all again (Show All)"), [&] { clearFilter->click(); });
    }
    if (!ok)
        return 1;

    const double peak = benchmark::peakRssMb();
    std::printf("thread: %d comments; largest thread %d replies; tag filtered: %s\n", comments, bigReplies,
                qPrintable(tagIndex.data().toString()));
    const bool met = results.print(peak);
    // The project is kept; close it without the questions an untitled one would raise.
    window.projectManager()->close();
    if (smoke || !parser.isSet(checkOption))
        return 0;
    return met ? 0 : 1;
}
