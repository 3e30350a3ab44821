// SPDX-License-Identifier: GPL-3.0-or-later
// Arbitrary bytes as an event table: the CSV reader, then the same bytes to each table parser that
// reads it (TimelineJS sheet, Timesketch CSV and JSON Lines, GDELT TSV), whatever the header says,
// since each must cope with any table. Besides not crashing: reading is lossless (quoting the rows
// again and re-reading gives the same rows), every event is dated and cites one source, and GDELT
// actors are listed once.
#include "fuzzcheck.h"

#include "import/csvreader.h"
#include "import/parsers.h"
#include "import/textdecoding.h"

#include <QSet>

#include <cstdint>

namespace {

QString quoted(const QList<QStringList>& rows, QChar separator)
{
    QStringList lines;
    for (const QStringList& row : rows) {
        QStringList fields;
        for (QString field : row)
            fields << QLatin1Char('"') + field.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        lines << fields.join(separator);
    }
    return lines.join(QLatin1Char('\n'));
}

/// `validText`: the table came through the text decoder (not JSON, whose escapes may hold lone surrogates).
void checkTable(const Kairos::Import::ParsedFile& out, bool validText)
{
    KairosFuzz::checkParsedFile(out, true);
    FUZZ_CHECK(out.events.isEmpty() != out.error.isEmpty());
    for (const Kairos::Import::ParsedEvent& parsed : out.events) {
        FUZZ_CHECK(!validText || parsed.event.title.isValidUtf16());
        FUZZ_CHECK(parsed.event.start.has_value());
        FUZZ_CHECK(parsed.event.precision != Kairos::DatePrecision::Unknown);
        FUZZ_CHECK(parsed.event.evidence.size() == 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Kairos::Import;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString text = decodeText(bytes);
    const QChar guessed = guessSeparator(text);
    FUZZ_CHECK(guessed == QLatin1Char(',') || guessed == QLatin1Char(';') || guessed == QLatin1Char('\t'));
    QList<QStringList> rows;
    for (const QChar separator : {QChar(QLatin1Char(',')), QChar(QLatin1Char(';')), QChar(QLatin1Char('\t'))}) {
        QString error;
        const QList<QStringList> read = readCsv(text, separator, &error);
        for (const QStringList& row : read)
            FUZZ_CHECK(!row.isEmpty() && !(row.size() == 1 && row.first().isEmpty()));
        QString again;
        FUZZ_CHECK(readCsv(quoted(read, separator), separator, &again) == read);
        FUZZ_CHECK(again.isEmpty());
        if (separator == guessed)
            rows = read;
    }

    const SourceFile file {QStringLiteral("fuzz"), QStringLiteral("tables/events.csv"), bytes};
    ImportLimits limits;
    limits.maxJsonNesting = 64;
    const ParseContext context {file, limits, nullptr};
    if (!rows.isEmpty()) {
        ParsedFile sheet;
        parseTimelineSheet(context, rows, sheet);
        checkTable(sheet, true);
        ParsedFile timesketch;
        parseTimesketchCsv(context, rows, timesketch);
        checkTable(timesketch, true);
    }
    ParsedFile jsonl;
    parseTimesketchJsonl(context, jsonl);
    checkTable(jsonl, false);
    ParsedFile gdelt;
    parseGdelt(context, gdelt);
    checkTable(gdelt, true);
    QSet<QString> actors;
    for (const ParsedEntity& entity : std::as_const(gdelt.entities)) {
        FUZZ_CHECK(!actors.contains(entity.name));
        actors.insert(entity.name);
    }
    return 0;
}
