// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingeditfile.h"

#include "core/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Kairos {

PendingEditFile::PendingEditFile(const QString& workspace)
    : m_workspace(workspace)
{
    const QByteArray key = QCryptographicHash::hash(workspace.toUtf8(), QCryptographicHash::Sha1).toHex();
    m_path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/kept-edits/")
        + QString::fromLatin1(key) + QStringLiteral(".json");
}

QList<KeptEdit> PendingEditFile::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.read(16 * 1024 * 1024)).object();
    // The name of the file is a hash: the workspace it names settles which one it belongs to.
    if (root.value(QStringLiteral("workspace")).toString() != m_workspace)
        return {};
    QList<KeptEdit> edits;
    for (const QJsonValue& value : root.value(QStringLiteral("edits")).toArray()) {
        const QJsonObject object = value.toObject();
        KeptEdit edit;
        edit.eventId = object.value(QStringLiteral("event")).toInteger();
        edit.field = object.value(QStringLiteral("field")).toString();
        edit.text = object.value(QStringLiteral("text")).toString();
        edit.version = object.value(QStringLiteral("version")).toInt();
        if (edit.eventId > 0 && !edit.field.isEmpty())
            edits.append(edit);
    }
    return edits;
}

bool PendingEditFile::save(const QList<KeptEdit>& edits) const
{
    if (edits.isEmpty())
        return !QFile::exists(m_path) || QFile::remove(m_path);
    QJsonArray array;
    for (const KeptEdit& edit : edits) {
        array.append(QJsonObject {{QStringLiteral("event"), edit.eventId}, {QStringLiteral("field"), edit.field},
            {QStringLiteral("text"), edit.text}, {QStringLiteral("version"), edit.version}});
    }
    const QJsonObject root {{QStringLiteral("workspace"), m_workspace}, {QStringLiteral("edits"), array}};
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return false;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    QString reason;
    return commitAtomically(file, &reason);
}

} // namespace Kairos
