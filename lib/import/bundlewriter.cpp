// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlewriter.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>

namespace Kairos::Import {

namespace {

QString slug(const QString& title)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString s = title.toLower().normalized(QString::NormalizationForm_KD);
    s.replace(nonWord, QStringLiteral("-"));
    s = s.left(48);
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("article") : s;
}

QJsonValue isoOrNull(const std::optional<TimePoint>& point, DatePrecision precision)
{
    if (!point)
        return QJsonValue::Null;
    return point->toIsoString(precision == DatePrecision::Unknown || precision == DatePrecision::Approximate
            ? DatePrecision::Day
            : precision);
}

QJsonObject eventObject(
    const Event& e, const QHash<qint64, QString>& articleFiles, const QHash<qint64, QString>& entityNames)
{
    // Bounds and ends are written at full precision so they read back to the same instant.
    QJsonObject o {{QStringLiteral("title"), e.title}, {QStringLiteral("start"), isoOrNull(e.start, e.precision)},
        {QStringLiteral("end"), e.end ? QJsonValue(e.end->toIsoString(DatePrecision::Minute)) : QJsonValue()},
        {QStringLiteral("precision"), precisionToString(e.precision)},
        {QStringLiteral("not_before"),
            e.notBefore ? QJsonValue(e.notBefore->toIsoString(DatePrecision::Minute)) : QJsonValue()},
        {QStringLiteral("not_after"),
            e.notAfter ? QJsonValue(e.notAfter->toIsoString(DatePrecision::Minute)) : QJsonValue()},
        {QStringLiteral("type"), e.type}, {QStringLiteral("modality"), modalityToString(e.modality)},
        {QStringLiteral("attribution"), e.attribution.isEmpty() ? QJsonValue() : QJsonValue(e.attribution)},
        {QStringLiteral("summary"), e.summary}, {QStringLiteral("confidence"), e.confidence},
        {QStringLiteral("status"), statusToString(e.status)}, {QStringLiteral("attributes"), e.attributes}};
    if (e.start && e.precision != DatePrecision::Minute && e.start->floor(e.precision) != *e.start)
        o.insert(QStringLiteral("start"), e.start->toIsoString(DatePrecision::Minute));
    QJsonArray entities;
    for (const EventEntity& ref : e.entities) {
        const QString name = entityNames.value(ref.entityId);
        if (!name.isEmpty())
            entities.append(QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("role"), ref.role}});
    }
    o.insert(QStringLiteral("entities"), entities);
    QJsonArray evidence;
    for (const Evidence& ev : e.evidence) {
        QJsonObject ref {{QStringLiteral("sentence"), ev.sentence}};
        if (ev.hasArticle() && articleFiles.contains(ev.articleId)) {
            ref.insert(QStringLiteral("file"), articleFiles.value(ev.articleId));
        } else {
            ref.insert(QStringLiteral("url"), ev.sourceUrl);
            ref.insert(QStringLiteral("label"), ev.sourceLabel);
        }
        evidence.append(ref);
    }
    o.insert(QStringLiteral("evidence"), evidence);
    return o;
}

bool writeZip(const QString& path, const QList<QPair<QString, QByteArray>>& files, QString* error)
{
    archive* a = archive_write_new();
    archive_write_set_format_zip(a);
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK) {
        if (error)
            *error = QStringLiteral("%1: cannot create zip: %2")
                         .arg(path, QString::fromLocal8Bit(archive_error_string(a)));
        archive_write_free(a);
        return false;
    }
    bool ok = true;
    for (const auto& file : files) {
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, file.first.toUtf8().constData());
        archive_entry_set_size(entry, file.second.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_mtime(entry, QDateTime::currentSecsSinceEpoch(), 0);
        ok = archive_write_header(a, entry) == ARCHIVE_OK
            && archive_write_data(a, file.second.constData(), size_t(file.second.size())) == file.second.size();
        archive_entry_free(entry);
        if (!ok)
            break;
    }
    if (!ok && error)
        *error = QStringLiteral("%1: writing the zip failed: %2")
                     .arg(path, QString::fromLocal8Bit(archive_error_string(a)));
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

} // namespace

QList<QPair<QString, QByteArray>> bundleFiles(const BundleContent& content)
{
    QList<QPair<QString, QByteArray>> files;
    QHash<qint64, QString> articleFiles;
    QJsonObject fileMeta;
    for (int i = 0; i < content.articles.size(); ++i) {
        const Article& a = content.articles.at(i);
        const QString path
            = QStringLiteral("articles/%1-%2.txt").arg(i + 1, 3, 10, QLatin1Char('0')).arg(slug(a.title));
        articleFiles.insert(a.id, path);
        // Title line, blank line, body: the .txt reader gives back both; the manifest keeps the rest.
        const QString title = a.title.simplified().isEmpty() ? QStringLiteral("(untitled)") : a.title.simplified();
        files.append({path, (title + QLatin1String("\n\n") + a.body + QLatin1Char('\n')).toUtf8()});
        QJsonObject meta {{QStringLiteral("title"), title}};
        if (!a.outlet.isEmpty())
            meta.insert(QStringLiteral("outlet"), a.outlet);
        if (a.published)
            meta.insert(QStringLiteral("published"), isoOrNull(a.published, a.publishedPrecision));
        if (!a.url.isEmpty())
            meta.insert(QStringLiteral("url"), a.url);
        if (!a.language.isEmpty())
            meta.insert(QStringLiteral("language"), a.language);
        fileMeta.insert(path, meta);
    }
    QHash<qint64, QString> entityNames;
    QJsonArray entities;
    for (const Entity& e : content.entities) {
        entityNames.insert(e.id, e.name);
        entities.append(
            QJsonObject {{QStringLiteral("name"), e.name}, {QStringLiteral("type"), entityTypeToString(e.type)},
                {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)}});
    }
    QJsonArray events;
    for (const Event& e : content.events)
        events.append(eventObject(e, articleFiles, entityNames));
    const QJsonObject manifest {{QStringLiteral("format"), QStringLiteral("kairos-bundle")},
        {QStringLiteral("version"), 1}, {QStringLiteral("title"), content.title},
        {QStringLiteral("description"), content.description}, {QStringLiteral("files"), fileMeta},
        {QStringLiteral("entities"), entities}, {QStringLiteral("events"), events}};
    files.prepend({QStringLiteral("bundle.json"), QJsonDocument(manifest).toJson(QJsonDocument::Indented)});
    return files;
}

bool writeBundle(const QString& outPath, const BundleContent& content, QString* error)
{
    const QList<QPair<QString, QByteArray>> files = bundleFiles(content);
    if (outPath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return writeZip(outPath, files, error);
    QDir dir(outPath);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (error)
            *error = QStringLiteral("%1: folder is not empty; choose a new or empty folder").arg(outPath);
        return false;
    }
    for (const auto& file : files) {
        const QString target = dir.filePath(file.first);
        QSaveFile out(target);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !out.open(QIODevice::WriteOnly)
            || out.write(file.second) != file.second.size() || !out.commit()) {
            if (error)
                *error = QStringLiteral("%1: cannot write: %2").arg(target, out.errorString());
            return false;
        }
    }
    return true;
}

} // namespace Kairos::Import
