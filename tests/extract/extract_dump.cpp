// SPDX-License-Identifier: GPL-3.0-or-later
// Developer tool: prints what the extractor proposes for one text file or one dev-set annotation,
// or scores one split of the development set.
// Usage: extract_dump <file.txt|annotation.json> [published YYYY-MM-DD]
//        extract_dump --score <split>
//        extract_dump --sentences <split>   (a tune split's sentences: gold and proposed types, text)
// Per-article numbers and errors are printed for the tune splits only: the held-out splits are
// for measuring, and looking at their errors while tuning would make them tuned.
#include "extract/evaluation.h"
#include "extract/extractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

using namespace Kairos;
using namespace Kairos::Extract;

namespace {

// The articles of a split: annotations of the corpora in extract/dev, or articles the team wrote
// in extract/articles/<split>.
std::optional<QList<GoldArticle>> loadSplit(const QString& split, QTextStream& out)
{
    QList<GoldArticle> articles;
    QString error;
    const QDir written(QStringLiteral(KAIROS_TEST_DATA_DIR "/extract/articles/") + split);
    const QDir dir = written.exists() ? written : QDir(QStringLiteral(KAIROS_TEST_DATA_DIR "/extract/dev"));
    for (const QString& f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        GoldArticle a;
        const bool ok = written.exists()
            ? loadWrittenArticle(dir.filePath(f), &a, &error)
            : loadDevAnnotation(dir.filePath(f), QStringLiteral(KAIROS_SHARED_DIR "/corpora"), &a, &error);
        if (!ok) {
            out << error << '\n';
            return std::nullopt;
        }
        if (a.split == split)
            articles << a;
    }
    return articles;
}

int score(const Extractor& extractor, const QString& split, QTextStream& out)
{
    const bool tune = split.startsWith(QLatin1String("tune"));
    Score total;
    const std::optional<QList<GoldArticle>> articles = loadSplit(split, out);
    if (!articles)
        return 1;
    for (const GoldArticle& a : *articles) {
        const Score s = evaluate(a, extractor.extract(a.title, a.body, a.published, a.outlet));
        total.add(s);
        if (!tune)
            continue;
        out << QStringLiteral("%1 gold %2 proposed %3 matched %4/%5\n")
                   .arg(a.name)
                   .arg(s.goldEvents)
                   .arg(s.proposedEvents)
                   .arg(s.matchedGold)
                   .arg(s.matchedProposed);
        for (const QString& m : s.missed)
            out << "  missed   " << m.simplified() << '\n';
        for (const QString& m : s.spurious)
            out << "  spurious " << m.simplified() << '\n';
        for (const QString& m : s.matched)
            out << "  matched  " << m.simplified() << '\n';
    }
    out << QStringLiteral("%1: gold %2 proposed %3 precision %4 recall %5 entity recall %6\n")
               .arg(split)
               .arg(total.goldEvents)
               .arg(total.proposedEvents)
               .arg(total.precision(), 0, 'f', 3)
               .arg(total.recall(), 0, 'f', 3)
               .arg(total.entityRecall(), 0, 'f', 3);
    return 0;
}

// One tab-separated line per sentence of a tune split: the article, the number of gold events and
// of proposals the sentence holds, their types, and the sentence.
int sentenceTable(const Extractor& extractor, const QString& split, QTextStream& out)
{
    if (!split.startsWith(QLatin1String("tune"))) {
        out << "only tune splits are looked at sentence by sentence\n";
        return 2;
    }
    const std::optional<QList<GoldArticle>> articles = loadSplit(split, out);
    if (!articles)
        return 1;
    for (const GoldArticle& a : *articles) {
        const ExtractionResult r = extractor.extract(a.title, a.body, a.published, a.outlet);
        const int scopeEnd = a.scopeEnd < 0 ? int(a.body.size()) : a.scopeEnd;
        for (const Sentence& s : r.sentences) {
            if (s.begin < a.scopeBegin || s.end > scopeEnd)
                continue;
            const auto inside = [&](int b, int e) { return (b + e) / 2 >= s.begin && (b + e) / 2 < s.end; };
            QStringList gold;
            for (const GoldEvent& g : a.events) {
                if (inside(g.begin, g.end))
                    gold << g.type;
            }
            QStringList proposed;
            for (const ExtractedEvent& e : r.events) {
                if (std::any_of(e.event.evidence.begin(), e.event.evidence.end(),
                        [&](const Evidence& ev) { return inside(ev.begin, ev.end); }))
                    proposed << e.event.type + QLatin1Char(':') + modalityToString(e.event.modality);
            }
            out << a.name << '\t' << gold.size() << '\t' << proposed.size() << '\t' << gold.join(QLatin1Char(' '))
                << " | " << proposed.join(QLatin1Char(' ')) << '\t' << a.body.mid(s.begin, s.end - s.begin).simplified()
                << '\n';
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2 || (args[1] == QLatin1String("--score") && args.size() < 3)) {
        out << "usage: extract_dump <file.txt|annotation.json> [published]\n"
               "       extract_dump --score <split>\n";
        return 2;
    }
    QString error;
    const auto extractor = Extractor::createDefault(&error);
    if (!extractor) {
        out << error << '\n';
        return 1;
    }
    if (args[1] == QLatin1String("--score"))
        return score(*extractor, args[2], out);
    if (args[1] == QLatin1String("--sentences"))
        return sentenceTable(*extractor, args[2], out);
    GoldArticle a;
    if (args[1].endsWith(QLatin1String(".json"))) {
        if (!loadDevAnnotation(args[1], QStringLiteral(KAIROS_SHARED_DIR "/corpora"), &a, &error)) {
            out << error << '\n';
            return 1;
        }
    } else {
        QFile f(args[1]);
        if (!f.open(QIODevice::ReadOnly)) {
            out << args[1] << ": " << f.errorString() << '\n';
            return 1;
        }
        a.body = QString::fromUtf8(f.readAll());
        if (args.size() > 2)
            a.published = TimePoint::parseIso(args[2]);
    }
    const ExtractionResult r = extractor->extract(a.title, a.body, a.published, a.outlet);
    for (const Sentence& s : r.sentences)
        out << "S " << s.begin << '-' << s.end << (s.summary ? " (summary) " : " ")
            << a.body.mid(s.begin, s.end - s.begin).simplified().left(100) << '\n';
    for (const EntityMention& m : r.mentions)
        out << "M " << m.begin << ' ' << a.body.mid(m.begin, m.end - m.begin) << " -> " << m.entityName << " ("
            << entityTypeToString(m.type) << ' ' << m.confidence << ")\n";
    for (const DateExpression& d : r.dates)
        out << "D " << a.body.mid(d.begin, d.end - d.begin) << " -> "
            << (d.start ? d.start->toIsoString(d.precision) : QStringLiteral("?")) << ' '
            << precisionToString(d.precision) << '\n';
    for (const ExtractedEvent& e : r.events) {
        out << "E [" << e.event.type << ' ' << modalityToString(e.event.modality) << ' '
            << (e.event.start ? e.event.start->toIsoString(e.event.precision) : QStringLiteral("undated")) << "] "
            << e.event.title << " | attr=" << e.event.attribution << " | "
            << QString::fromUtf8(QJsonDocument(e.event.attributes).toJson(QJsonDocument::Compact));
        for (const auto& role : e.entityRoles)
            out << " | " << role.second << '=' << role.first;
        out << '\n';
        for (const Evidence& ev : e.event.evidence)
            out << "    @" << ev.begin << '-' << ev.end << ' ' << ev.sentence.simplified().left(110) << '\n';
    }
    return 0;
}
