// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacelocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace Kairos {

WorkspaceLocation WorkspaceLocation::parse(const QString& text, QString* error)
{
    WorkspaceLocation location;
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1String("postgresql://")) && !trimmed.startsWith(QLatin1String("postgres://"))) {
        location.filePath = trimmed.startsWith(QLatin1String("file://")) ? QUrl(trimmed).toLocalFile() : trimmed;
        if (!location.filePath.isEmpty())
            location.filePath = QFileInfo(location.filePath).absoluteFilePath();
        return location;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.path().size() < 2) {
        if (error)
            *error = QCoreApplication::translate("WorkspaceLocation",
                "“%1” is not a valid PostgreSQL URL (expected postgresql://user@host:port/database).")
                         .arg(url.toString(QUrl::RemovePassword));
        location.backend = PostgreSQL;
        return location;
    }
    location.backend = PostgreSQL;
    location.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.password = url.password();
    location.database = url.path().mid(1);
    QStringList options;
    const QUrlQuery query(url);
    bool hasSslMode = false;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // Only libpq's own keyword set is passed through; anything else would make the connect fail obscurely.
        static const QStringList allowed = {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
            QStringLiteral("sslcert"), QStringLiteral("sslkey"), QStringLiteral("connect_timeout"),
            QStringLiteral("application_name"), QStringLiteral("target_session_attrs")};
        if (!allowed.contains(key))
            continue;
        hasSslMode |= key == QLatin1String("sslmode");
        options << key + QLatin1Char('=') + value;
    }
    if (!hasSslMode) {
        // Loopback needs no certificate; anything else defaults to full verification, as the checklist asks.
        const bool loopback = location.host == QLatin1String("localhost")
            || location.host.startsWith(QLatin1String("127.")) || location.host == QLatin1String("::1")
            || location.host.startsWith(QLatin1Char('/'));
        options << (loopback ? QStringLiteral("sslmode=prefer") : QStringLiteral("sslmode=verify-full"));
    }
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=5");
    location.options = options.join(QLatin1Char(';'));
    return location;
}

QString WorkspaceLocation::displayString() const
{
    if (backend == SQLite)
        return filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace Kairos
