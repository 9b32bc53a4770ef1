#include "model/TagPath.h"

#include <QTest>

using namespace glossator;

class TestTagPath : public QObject {
    Q_OBJECT

private slots:
    void split_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("one") << QStringLiteral("Tone") << QStringList{QStringLiteral("Tone")};
        QTest::newRow("levels") << QStringLiteral("Tone/Sarcasm/Dry")
                                << QStringList{QStringLiteral("Tone"), QStringLiteral("Sarcasm"),
                                               QStringLiteral("Dry")};
        QTest::newRow("spaces around names")
            << QStringLiteral(" Tone /  Sarcasm ") << QStringList{QStringLiteral("Tone"), QStringLiteral("Sarcasm")};
        QTest::newRow("spaces inside a name")
            << QStringLiteral("Fair play") << QStringList{QStringLiteral("Fair play")};
        QTest::newRow("escaped slash") << QStringLiteral("Yes\\/No") << QStringList{QStringLiteral("Yes/No")};
        QTest::newRow("escaped slash in a level")
            << QStringLiteral("Answers/Yes\\/No") << QStringList{QStringLiteral("Answers"), QStringLiteral("Yes/No")};
        QTest::newRow("escaped backslash") << QStringLiteral("C:\\\\Temp") << QStringList{QStringLiteral("C:\\Temp")};
        QTest::newRow("backslash before a slash that divides")
            << QStringLiteral("A\\\\/B") << QStringList{QStringLiteral("A\\"), QStringLiteral("B")};
        QTest::newRow("not ASCII") << QStringLiteral("Ton/Ironie \u00e0 froid")
                                   << QStringList{QStringLiteral("Ton"), QStringLiteral("Ironie \u00e0 froid")};
    }

    void split()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, names);
        QString error;
        const std::optional<QStringList> split = tagpath::split(path, &error);
        QVERIFY2(split, qPrintable(error));
        QCOMPARE(*split, names);
        // Joined again, the names read back as the same path.
        QCOMPARE(tagpath::split(tagpath::join(names)), std::optional<QStringList>(names));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("empty level") << QStringLiteral("A//B");
        QTest::newRow("leading slash") << QStringLiteral("/A");
        QTest::newRow("trailing slash") << QStringLiteral("A/");
        QTest::newRow("blank level") << QStringLiteral("A/ /B");
        QTest::newRow("unknown escape") << QStringLiteral("A\\nB");
        QTest::newRow("backslash at the end") << QStringLiteral("A\\");
    }

    void refusals()
    {
        QFETCH(QString, path);
        QString error;
        QVERIFY(!tagpath::split(path, &error));
        QVERIFY(!error.isEmpty());
        if (!path.isEmpty())
            QVERIFY2(error.contains(path), qPrintable(error));
    }

    void joinEscapes()
    {
        QCOMPARE(tagpath::escape(QStringLiteral("a/b\\c")), QStringLiteral("a\\/b\\\\c"));
        QCOMPARE(tagpath::join({QStringLiteral("Answers"), QStringLiteral("Yes/No")}),
                 QStringLiteral("Answers/Yes\\/No"));
    }

    void findAndPathOf()
    {
        const QList<Tag> tags = {
            Tag{1, 0, QStringLiteral("Tone"), {}, {}, 0},   Tag{2, 1, QStringLiteral("Sarcasm"), {}, {}, 0},
            Tag{3, 0, QStringLiteral("Topic"), {}, {}, 1},  Tag{4, 3, QStringLiteral("Sarcasm"), {}, {}, 0},
            Tag{5, 0, QStringLiteral("Yes/No"), {}, {}, 2}, Tag{6, 2, QStringLiteral("Dry"), {}, {}, 0},
        };
        QCOMPARE(tagpath::find(tags, {QStringLiteral("Tone"), QStringLiteral("Sarcasm")}), 2);
        QCOMPARE(tagpath::find(tags, {QStringLiteral("Topic"), QStringLiteral("Sarcasm")}), 4);
        QCOMPARE(tagpath::find(tags, {QStringLiteral("Sarcasm")}), 0); // not at the top
        QCOMPARE(tagpath::find(tags, {QStringLiteral("Tone"), QStringLiteral("Dry")}), 0);
        QCOMPARE(tagpath::pathOf(tags, 6), QStringLiteral("Tone/Sarcasm/Dry"));
        QCOMPARE(tagpath::pathOf(tags, 5), QStringLiteral("Yes\\/No"));
        QCOMPARE(tagpath::pathOf(tags, 99), QString());

        QStringList unresolved;
        const QList<qint64> ids = tagpath::resolve(
            tags,
            {QStringLiteral("Tone/Sarcasm"), QStringLiteral(" Dry "), QStringLiteral("Yes\\/No"),
             QStringLiteral("Sarcasm"), QStringLiteral("Yes/No"), QStringLiteral(""), QStringLiteral("A//B")},
            &unresolved);
        // A single name stands for the one tag that has it; "Sarcasm" is two tags' name, and
        // "Yes/No" is a path whose first level does not exist.
        QCOMPARE(ids, (QList<qint64>{2, 6, 5}));
        QCOMPARE(unresolved,
                 (QStringList{QStringLiteral("Sarcasm"), QStringLiteral("Yes/No"), QStringLiteral("A//B")}));
    }

    void loopsInADamagedCodebookEnd()
    {
        const QList<Tag> tags = {Tag{1, 2, QStringLiteral("A"), {}, {}, 0}, Tag{2, 1, QStringLiteral("B"), {}, {}, 0}};
        QVERIFY(!tagpath::pathOf(tags, 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTagPath)
#include "tst_tagpath.moc"
