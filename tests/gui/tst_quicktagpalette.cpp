#include "QtWarnings.h"
#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "project/Project.h"
#include "tagging/QuickTagPalette.h"
#include "tags/TagTreeModel.h"

#include <QLineEdit>
#include <QListView>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace glossator;

class TestQuickTagPalette : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    int m_counter = 0;

    qint64 makeTag(const QString& name, const QColor& color, qint64 parentId = 0)
    {
        Tag tag;
        tag.name = name;
        tag.parentId = parentId;
        tag.color = color;
        return m_project->createTag(tag).value_or(0);
    }

    // The colour in the middle of a row's swatch, as the list draws it.
    static QColor swatchColour(QAbstractItemView* view, const QModelIndex& index)
    {
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = view->visualRect(index);
        option.features = QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasDisplay;
        const int size = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
        option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(size, size);
        option.text = index.data().toString();
        const QRect swatch = view->style()->subElementRect(QStyle::SE_ItemViewItemDecoration, &option, view);
        const QImage image = view->viewport()->grab().toImage();
        return image.pixelColor(swatch.center() * image.devicePixelRatio());
    }

private slots:
    void initTestCase() { cli::initialiseApplication(); }

    void init()
    {
        test::failOnItemViewWarnings();
        ProjectError error;
        auto store = ProjectStore::create(m_dir.filePath(QStringLiteral("p%1.glossa").arg(++m_counter)), &error);
        QVERIFY2(store, qPrintable(error.message));
        m_project = std::make_unique<Project>(std::move(store));
    }

    void cleanup() { m_project.reset(); }

    // The highlighted tag's swatch shows the tag's own colour, as every other row's does.
    void highlightedSwatchKeepsItsColour()
    {
        const QColor green(0x20, 0x90, 0x40);
        const QColor orange(0xE6, 0x9F, 0x00);
        const qint64 weather = makeTag(QStringLiteral("Weather"), green);
        makeTag(QStringLiteral("Storms"), orange, weather);
        TagTreeModel tags;
        tags.setProject(m_project.get());

        auto* palette = new QuickTagPalette(&tags, nullptr);
        palette->show();
        QVERIFY(QTest::qWaitForWindowExposed(palette));
        auto* list = palette->findChild<QListView*>(QStringLiteral("quickTagList"));
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 2);
        const QModelIndex first = list->model()->index(0, 0);
        QCOMPARE(list->currentIndex(), first);
        QVERIFY(list->selectionModel()->isSelected(first));
        QCOMPARE(swatchColour(list, list->model()->index(1, 0)), orange);
        QCOMPARE(swatchColour(list, first), green);

        // Moving the highlight with the keyboard moves the selection, not the colours.
        QTest::keyClick(palette->findChild<QLineEdit*>(QStringLiteral("quickTagFilter")), Qt::Key_Down);
        QVERIFY(list->selectionModel()->isSelected(list->model()->index(1, 0)));
        QCOMPARE(swatchColour(list, list->model()->index(1, 0)), orange);
        QCOMPARE(swatchColour(list, first), green);
        delete palette;
    }
};

QTEST_MAIN(TestQuickTagPalette)
#include "tst_quicktagpalette.moc"
