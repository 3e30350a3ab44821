// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

namespace Kairos::Test {

namespace Detail {

inline QString pick(QRandomGenerator& random, const QStringList& words)
{
    return words.at(int(random.bounded(quint32(words.size()))));
}

inline QString dateText(QRandomGenerator& random)
{
    static const QStringList months {QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
        QStringLiteral("April"), QStringLiteral("May"), QStringLiteral("June"), QStringLiteral("July"),
        QStringLiteral("August"), QStringLiteral("September"), QStringLiteral("October"), QStringLiteral("November"),
        QStringLiteral("December")};
    const QString month = pick(random, months);
    const int day = random.bounded(1, 28);
    return QStringLiteral("%1 %2, %3").arg(month).arg(day).arg(random.bounded(2024, 2026));
}

inline QString sentence(QRandomGenerator& random)
{
    static const QStringList actors {QStringLiteral("the Commerce Department"),
        QStringLiteral("the European Commission"), QStringLiteral("China's Ministry of Commerce"),
        QStringLiteral("Nvidia"), QStringLiteral("Huawei"), QStringLiteral("the Dutch government"),
        QStringLiteral("Japan's trade ministry"), QStringLiteral("the White House")};
    static const QStringList people {QStringLiteral("Gina Raimondo"), QStringLiteral("Wang Wentao"),
        QStringLiteral("Ursula von der Leyen"), QStringLiteral("Jensen Huang"), QStringLiteral("Mark Rutte")};
    static const QStringList places {QStringLiteral("Beijing"), QStringLiteral("Washington"),
        QStringLiteral("Brussels"), QStringLiteral("Tokyo"), QStringLiteral("Seoul")};
    static const QStringList goods {QStringLiteral("advanced chips"), QStringLiteral("lithography machines"),
        QStringLiteral("gallium exports"), QStringLiteral("H200 processors"), QStringLiteral("rare earth magnets")};
    // Drawn one by one: the order of evaluation of function arguments is unspecified.
    const QString actor = pick(random, actors);
    const QString person = pick(random, people);
    const QString other = pick(random, people);
    const QString place = pick(random, places);
    const QString good = pick(random, goods);
    const QString date = dateText(random);
    const QString percent = QString::number(random.bounded(5, 60));
    QString text;
    switch (random.bounded(5)) {
    case 0:
        text = QStringLiteral("%1 announced new export controls on %2 on %3.").arg(actor, good, date);
        break;
    case 1:
        text = QStringLiteral("On %1, %2 approved the sale of %3 to buyers in %4.").arg(date, actor, good, place);
        break;
    case 2:
        text = QStringLiteral("%1 met %2 in %3 on %4.").arg(person, other, place, date);
        break;
    case 3:
        text = QStringLiteral("%1 imposed tariffs of %2 percent on %3 on %4.").arg(actor, percent, good, date);
        break;
    default:
        text = QStringLiteral("%1 said on %2 that %3 would review the licences.").arg(person, date, actor);
        break;
    }
    text[0] = text.at(0).toUpper();
    return text;
}

} // namespace Detail

/// Article number n: a Markdown file with front matter and a few dated policy sentences, from which the
/// extractor proposes events, entities and mentions. The same n always gives the same text, and sentences
/// recur across articles, so some events are found in several of them.
inline QByteArray articleText(int n)
{
    static const QStringList asides {QStringLiteral("Analysts expect further steps."),
        QStringLiteral("The market reacted calmly."), QStringLiteral("Officials declined to comment further."),
        QStringLiteral("Shares moved little in early trading.")};
    QRandomGenerator random(quint32(n) + 1);
    QStringList sentences;
    const int count = random.bounded(2, 6);
    for (int i = 0; i < count; ++i) {
        sentences << Detail::sentence(random);
        if (random.bounded(2) == 0)
            sentences << Detail::pick(random, asides);
    }
    return QStringLiteral("---\ntitle: Trade report %1\noutlet: Wire %2\npublished: 2025-%3-%4\n"
                          "url: https://wire.example/report/%1\n---\n%5\n")
        .arg(n)
        .arg(n % 7)
        .arg(1 + n % 12, 2, 10, QLatin1Char('0'))
        .arg(1 + n % 27, 2, 10, QLatin1Char('0'))
        .arg(sentences.join(QLatin1Char(' ')))
        .toUtf8();
}

/// Writes articles first … first + count - 1 into `folder` (created if needed) as a bundle of Markdown files.
inline bool writeArticleBundle(const QString& folder, int first, int count)
{
    if (!QDir().mkpath(folder))
        return false;
    for (int n = first; n < first + count; ++n) {
        QFile file(QDir(folder).filePath(QStringLiteral("a%1.md").arg(n, 6, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly) || file.write(articleText(n)) < 0)
            return false;
    }
    return true;
}

} // namespace Kairos::Test
