// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacelocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace Kairos {

namespace {

bool isLoopback(const QString& host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1")
        || host.startsWith(QLatin1Char('/'));
}

/// A value in libpq's key='value' form, so that paths with spaces or quotes survive.
QString conninfoValue(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

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
    // Tolerant: a password typed as it is (a space, a quote) is what the analyst means, not an error.
    const QUrl url(trimmed, QUrl::TolerantMode);
    location.backend = PostgreSQL;
    if (!url.isValid() || url.path().size() < 2) {
        if (error)
            *error = QCoreApplication::translate("WorkspaceLocation",
                "“%1” is not a valid PostgreSQL URL (expected postgresql://user@host:port/database).")
                         .arg(url.toString(QUrl::RemovePassword | QUrl::RemoveQuery));
        return location;
    }
    location.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.password = url.password();
    location.database = url.path().mid(1);
    QStringList options;
    const QUrlQuery query(url);
    bool hasSslMode = false;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // libpq takes the password as an option too; it is kept apart so that it is never shown or stored.
        if (key == QLatin1String("password")) {
            location.password = value;
            continue;
        }
        // Only libpq's own keyword set is passed through; anything else would make the connect fail obscurely.
        static const QStringList allowed
            = {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
                QStringLiteral("sslkey"), QStringLiteral("sslcrl"), QStringLiteral("connect_timeout"),
                QStringLiteral("application_name"), QStringLiteral("target_session_attrs")};
        if (!allowed.contains(key))
            continue;
        // The Qt driver turns every ';' of its option string into a separator, quoted or not.
        if (value.contains(QLatin1Char(';'))) {
            if (error)
                *error = QCoreApplication::translate(
                    "WorkspaceLocation", "The option “%1” of the PostgreSQL URL cannot contain a semicolon.")
                             .arg(key);
            return location;
        }
        hasSslMode |= key == QLatin1String("sslmode");
        location.urlOptions.append({key, value});
        options << key + QLatin1Char('=') + conninfoValue(value);
    }
    if (!hasSslMode) {
        // Loopback needs no certificate; anything else defaults to full verification, as the checklist asks.
        options << (isLoopback(location.host) ? QStringLiteral("sslmode=prefer")
                                              : QStringLiteral("sslmode=verify-full"));
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

QString WorkspaceLocation::reopenString() const
{
    if (backend == SQLite || urlOptions.isEmpty())
        return displayString();
    QUrl url(displayString());
    QUrlQuery query;
    for (const auto& [key, value] : urlOptions)
        query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    return url.toString();
}

QString WorkspaceLocation::sslMode() const
{
    for (const auto& [key, value] : urlOptions) {
        if (key == QLatin1String("sslmode"))
            return value;
    }
    return backend == PostgreSQL && !isLoopback(host) ? QStringLiteral("verify-full") : QStringLiteral("prefer");
}

} // namespace Kairos
