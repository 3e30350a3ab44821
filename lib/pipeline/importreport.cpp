// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Kairos {

QJsonObject ImportReport::toJson() const
{
    QJsonArray errorList;
    for (const Import::Rejection& rejection : errors) {
        errorList.append(QJsonObject {{QStringLiteral("bundle"), rejection.bundle},
            {QStringLiteral("path"), rejection.path}, {QStringLiteral("reason"), rejection.reason}});
    }
    QJsonObject object {{QStringLiteral("articles_added"), articlesAdded},
        {QStringLiteral("articles_skipped"), articlesSkipped}, {QStringLiteral("events_added"), eventsAdded},
        {QStringLiteral("entities_added"), entitiesAdded}, {QStringLiteral("errors"), errorList},
        {QStringLiteral("cancelled"), cancelled}};
    if (!fatalError.isEmpty())
        object.insert(QStringLiteral("fatal_error"), fatalError);
    return object;
}

QString ImportReport::summary() const
{
    QString text = QCoreApplication::translate("ImportReport", "%n article(s) added", nullptr, articlesAdded);
    if (articlesSkipped > 0)
        text += QStringLiteral(", ")
            + QCoreApplication::translate("ImportReport", "%n already present", nullptr, articlesSkipped);
    text += QStringLiteral(", ") + QCoreApplication::translate("ImportReport", "%n event(s)", nullptr, eventsAdded);
    text += QStringLiteral(", ")
        + QCoreApplication::translate("ImportReport", "%n new entit(y/ies)", nullptr, entitiesAdded);
    if (!errors.isEmpty())
        text += QStringLiteral(", ")
            + QCoreApplication::translate("ImportReport", "%n file(s) rejected", nullptr, int(errors.size()));
    if (cancelled)
        text += QStringLiteral(" — ") + QCoreApplication::translate("ImportReport", "cancelled");
    return text;
}

} // namespace Kairos
