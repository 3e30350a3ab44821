// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsefile.h"

#include "csvreader.h"
#include "jsonsupport.h"
#include "parsers.h"
#include "textdecoding.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Kairos::Import {

namespace {

/// The first bytes after a BOM and leading white space, lower-cased, for sniffing.
QByteArray head(const QByteArray& bytes)
{
    QByteArray h = toUtf8(bytes.left(2048));
    qsizetype i = 0;
    while (i < h.size() && (h.at(i) == ' ' || h.at(i) == '\n' || h.at(i) == '\r' || h.at(i) == '\t'))
        ++i;
    return h.mid(i, 600).toLower();
}

bool isBinary(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return false;
    return bytes.left(8192).contains('\0');
}

void parseManifestFile(const ParseContext& context, ParsedFile& out)
{
    out.format = QStringLiteral("manifest");
    QString error;
    std::optional<Manifest> manifest = parseManifest(context.file.bytes, &error, context.limits.maxJsonNesting);
    if (!manifest) {
        out.error = error;
        return;
    }
    const qsizetype slash = context.file.path.lastIndexOf(QLatin1Char('/'));
    manifest->setBasePath(slash < 0 ? QString() : context.file.path.left(slash));
    out.bundleTitle = manifest->title;
    out.bundleDescription = manifest->description;
    out.events = manifest->events;
    out.entities = manifest->entities;
    out.warnings << manifest->warnings;
    out.manifest = std::move(manifest);
}

bool looksLikeVisItems(const QJsonArray& items)
{
    bool vis = !items.isEmpty();
    for (qsizetype i = 0; i < items.size() && i < 20 && vis; ++i) {
        const QJsonObject o = items.at(i).toObject();
        vis = o.contains(QLatin1String("start")) && o.contains(QLatin1String("content"));
    }
    return vis;
}

void parseJsonFile(const ParseContext& context, const QString& suffix, ParsedFile& out)
{
    const QByteArray h = head(context.file.bytes);
    const bool jsonl = suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson");
    if (jsonl || (h.startsWith('{') && h.contains("\"message\"") && h.contains("\"timestamp_desc\""))) {
        // A JSON Lines stream only if the first line is a complete object on its own.
        QString ignored;
        const QByteArray firstLine = toUtf8(context.file.bytes).split('\n').value(0);
        // A one-line manifest that happens to carry Timesketch's key names is still a manifest.
        const auto isEventLine = [&]() {
            const QJsonDocument first = parseJson(firstLine, context.limits.maxJsonNesting, &ignored);
            return first.isObject() && !isManifestObject(first.object());
        };
        if (jsonl || isEventLine()) {
            parseTimesketchJsonl(context, out);
            return;
        }
    }
    QString error;
    const QJsonDocument document = parseJson(context.file.bytes, context.limits.maxJsonNesting, &error);
    if (document.isNull()) {
        out.format = QStringLiteral("json");
        out.error = error;
        return;
    }
    if (document.isObject()) {
        const QJsonObject root = document.object();
        if (isManifestObject(root))
            return parseManifestFile(context, out);
        if (root.value(QLatin1String("events")).isArray())
            return parseTimelineJs3(context, root, out);
        if (root.value(QLatin1String("timeline")).toObject().value(QLatin1String("date")).isArray())
            return parseTimelineJs2(context, root, out);
        // A vis-timeline DataSet as {"items": [...], "groups": [...]}.
        if (looksLikeVisItems(root.value(QLatin1String("items")).toArray()))
            return parseVisItems(context, root.value(QLatin1String("items")).toArray(), out);
    } else if (looksLikeVisItems(document.array())) {
        return parseVisItems(context, document.array(), out);
    }
    parseJsonArticles(context, document, out);
}

void parseDelimited(const ParseContext& context, ParsedFile& out)
{
    const QByteArray firstLine = context.file.bytes.left(context.file.bytes.indexOf('\n'));
    if (firstLine.count('\t') == 60)
        return parseGdelt(context, out);
    const QString text = decodeText(context.file.bytes, QString(), &out.warnings);
    QString error;
    const QList<QStringList> rows = readCsv(text, guessSeparator(text), &error);
    if (!error.isEmpty())
        out.warnings << error;
    if (rows.isEmpty()) {
        out.error = QStringLiteral("empty table");
        return;
    }
    QStringList header;
    for (const QString& name : rows.first())
        header << name.trimmed().toLower();
    if (header.contains(QLatin1String("headline")) && header.contains(QLatin1String("year")))
        return parseTimelineSheet(context, rows, out);
    if (header.contains(QLatin1String("message"))
        && (header.contains(QLatin1String("datetime")) || header.contains(QLatin1String("timestamp"))))
        return parseTimesketchCsv(context, rows, out);
    out.format = QStringLiteral("csv");
    out.error = QStringLiteral("table with unknown columns (expected a TimelineJS sheet, a Timesketch export or "
                               "GDELT 2.0 events)");
}

} // namespace

ParsedFile parseFile(const SourceFile& file, const ImportLimits& limits, const Manifest* manifest)
{
    ParsedFile out;
    const ParseContext context {file, limits, manifest};
    const QFileInfo info(file.path);
    const QString suffix = info.suffix().toLower();
    const QByteArray h = head(file.bytes);
    if (file.bytes.size() > limits.maxEntryBytes) {
        out.error = QStringLiteral("file is larger than the %1 MB limit").arg(limits.maxEntryBytes / (1024 * 1024));
        return out;
    }
    if (file.bytes.isEmpty()) {
        out.error = QStringLiteral("empty file");
        return out;
    }
    if (suffix == QLatin1String("pdf") || file.bytes.startsWith("%PDF-")) {
        out.format = QStringLiteral("pdf");
        parsePdfArticle(context, out);
        return out;
    }
    if (isBinary(file.bytes)) {
        out.error = QStringLiteral("binary file of unsupported type%1")
                        .arg(suffix.isEmpty() ? QString() : QStringLiteral(" (.%1)").arg(suffix));
        return out;
    }
    const bool jsonSuffix
        = suffix == QLatin1String("json") || suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson");
    if (jsonSuffix
        || ((suffix.isEmpty() || suffix == QLatin1String("txt")) && (h.startsWith('{') || h.startsWith('[')))) {
        parseJsonFile(context, suffix, out);
    } else if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("tab")) {
        parseDelimited(context, out);
    } else if (suffix == QLatin1String("sgm") || suffix == QLatin1String("sgml") || h.contains("<reuters")) {
        out.format = QStringLiteral("reuters-sgml");
        parseReutersSgml(context, out);
    } else if (suffix == QLatin1String("rss") || suffix == QLatin1String("atom") || suffix == QLatin1String("xml")
        || h.startsWith("<rss") || h.startsWith("<feed")
        || (h.startsWith("<?xml") && (h.contains("<rss") || h.contains("<feed")))) {
        if (!h.contains("<rss") && !h.contains("<feed") && !h.contains("<rdf")) {
            out.format = QStringLiteral("xml");
            out.error = QStringLiteral("XML file is not an RSS or Atom feed");
        } else {
            parseFeed(context, out);
        }
    } else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml")
        || h.startsWith("<!doctype html") || h.startsWith("<html")) {
        out.format = QStringLiteral("html");
        parseHtmlArticle(context, out);
    } else if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
        out.format = QStringLiteral("md");
        parseMarkdownArticle(context, out);
    } else if (suffix == QLatin1String("txt") || suffix == QLatin1String("text") || suffix.isEmpty()) {
        out.format = QStringLiteral("txt");
        parseTextArticle(context, out);
    } else {
        out.error = QStringLiteral("unsupported file type (.%1)").arg(suffix);
    }
    for (const ParsedArticle& article : std::as_const(out.articles)) {
        for (const QString& warning : article.warnings)
            out.warnings << QStringLiteral("%1: %2").arg(article.article.origins.value(0).path, warning);
    }
    return out;
}

} // namespace Kairos::Import
