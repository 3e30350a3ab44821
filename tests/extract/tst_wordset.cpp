// SPDX-License-Identifier: GPL-3.0-or-later
// The lexicon's word tables: what goes in is found again, by any string form of the same word,
// and nothing else is.
#include "extract/wordset.h"

#include <QSet>
#include <QStringList>
#include <QTest>

using namespace Kairos::Extract;

class TestWordSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyTablesFindNothing();
    void setFindsItsWordsOnly();
    void setKeepsEachWordOnce();
    void mapKeepsValuesThroughGrowth();
    void agreesWithQSetOnManyWords();
    void reservedTableFindsWhatIsAddedLater();
};

void TestWordSet::emptyTablesFindNothing()
{
    const WordSet words;
    QVERIFY(words.isEmpty());
    QVERIFY(!words.contains(QStringLiteral("said")));
    QVERIFY(!words.contains(QString()));
    const WordMap<int> map;
    QCOMPARE(map.constFind(QStringLiteral("said")), map.constEnd());
    QCOMPARE(map.value(QStringLiteral("said"), 7), 7);
}

void TestWordSet::setFindsItsWordsOnly()
{
    const WordSet words {QStringLiteral("said"), QStringLiteral("told"), QStringLiteral("according to"),
        QStringLiteral("übernahm"), QString()};
    QVERIFY(words.contains(QStringLiteral("said")));
    QVERIFY(words.contains(QStringLiteral("according to")));
    QVERIFY(words.contains(QStringLiteral("übernahm")));
    QVERIFY(words.contains(QString()));
    // A view into a longer text is the same word.
    const QString sentence = QStringLiteral("officials told reporters");
    QVERIFY(words.contains(QStringView(sentence).mid(10, 4)));
    QVERIFY(!words.contains(QStringView(sentence).mid(10, 3)));
    QVERIFY(!words.contains(QStringLiteral("Said"))); // the rules look words up in lower case
    QVERIFY(!words.contains(QStringLiteral("sai")));
    QVERIFY(!words.contains(QStringLiteral("saidx")));
}

void TestWordSet::setKeepsEachWordOnce()
{
    WordSet words {QStringLiteral("ban"), QStringLiteral("bans")};
    words << QStringLiteral("ban");
    words.unite(WordSet {QStringLiteral("bans"), QStringLiteral("banned")});
    QCOMPARE(words.size(), 3);
    QStringList listed(words.begin(), words.end());
    listed.sort();
    QCOMPARE(listed, QStringList({QStringLiteral("ban"), QStringLiteral("banned"), QStringLiteral("bans")}));
}

void TestWordSet::mapKeepsValuesThroughGrowth()
{
    WordMap<QList<int>> byFirstWord;
    for (int i = 0; i < 1000; ++i)
        byFirstWord[QStringLiteral("w%1").arg(i % 300)].append(i);
    QCOMPARE(byFirstWord.size(), 300);
    const QList<int>* found = byFirstWord.constFind(QStringLiteral("w7"));
    QVERIFY(found != byFirstWord.constEnd());
    QCOMPARE(*found, QList<int>({7, 307, 607, 907}));
    QVERIFY(byFirstWord.contains(QStringLiteral("w299")));
    QVERIFY(!byFirstWord.contains(QStringLiteral("w300")));
}

void TestWordSet::agreesWithQSetOnManyWords()
{
    // Words that differ in one letter or in length, so that hashes and probes collide often.
    QSet<QString> reference;
    WordSet words;
    for (int i = 0; i < 5000; i += 3) {
        const QString w = QString::number(i, 36) + QString(i % 7, QLatin1Char('a'));
        reference.insert(w);
        words.insert(w);
    }
    QCOMPARE(words.size(), reference.size());
    for (int i = 0; i < 5000; ++i) {
        const QString w = QString::number(i, 36) + QString(i % 7, QLatin1Char('a'));
        QCOMPARE(words.contains(w), reference.contains(w));
    }
}

void TestWordSet::reservedTableFindsWhatIsAddedLater()
{
    // Reserving after some words are in, then adding past what was reserved, loses none of them.
    WordMap<int> counts;
    counts[QStringLiteral("early")] = 1;
    counts.reserve(10);
    for (int i = 0; i < 40; ++i)
        counts[QStringLiteral("w%1").arg(i)] = i;
    QCOMPARE(counts.size(), 41);
    QCOMPARE(counts.value(QStringLiteral("early")), 1);
    for (int i = 0; i < 40; ++i)
        QCOMPARE(counts.value(QStringLiteral("w%1").arg(i), -1), i);
    QVERIFY(!counts.contains(QStringLiteral("w40")));
    WordSet words;
    words.reserve(3);
    words << QStringLiteral("ban") << QStringLiteral("bans");
    QVERIFY(words.contains(u"bans"));
    QVERIFY(!words.contains(u"banned"));
}

QTEST_GUILESS_MAIN(TestWordSet)
#include "tst_wordset.moc"
