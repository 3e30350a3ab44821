// SPDX-License-Identifier: GPL-3.0-or-later
// Developer tool: prints what the extractor proposes for one text file or one dev-set annotation.
// Usage: extract_dump <file.txt|annotation.json> [published YYYY-MM-DD]
#include "extract/evaluation.h"
#include "extract/extractor.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

using namespace Kairos;
using namespace Kairos::Extract;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: extract_dump <file.txt|annotation.json> [published]\n";
        return 2;
    }
    QString error;
    const auto extractor = Extractor::createDefault(&error);
    if (!extractor) {
        out << error << '\n';
        return 1;
    }
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
            << QString::fromUtf8(QJsonDocument(e.event.attributes).toJson(QJsonDocument::Compact)) << '\n';
        for (const Evidence& ev : e.event.evidence)
            out << "    @" << ev.begin << '-' << ev.end << ' ' << ev.sentence.simplified().left(110) << '\n';
    }
    return 0;
}
