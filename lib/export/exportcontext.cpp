// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontext.h"

#include <QCryptographicHash>
#include <QSet>

namespace Kairos {

ExportContext::ExportContext(Workspace& workspace, const QString& title, const QDateTime& generated)
    : m_workspace(workspace)
    , m_title(title)
    , m_generated(generated.toUTC())
{
    const QByteArray location = workspace.location().displayString().toUtf8();
    m_workspaceKey = QString::fromLatin1(QCryptographicHash::hash(location, QCryptographicHash::Sha1).toHex().left(12));
    const QList<Entity> entities = workspace.entities();
    for (const Entity& entity : entities)
        m_entityNames.insert(entity.id, entity.name);
}

const ArticleSummary* ExportContext::article(const Evidence& evidence)
{
    if (!evidence.hasArticle())
        return nullptr;
    if (!m_articles) {
        // One query for all summaries beats one per cited article once a timeline cites more than a few.
        m_articles.emplace();
        const QList<ArticleSummary> summaries = m_workspace.articleSummaries();
        for (const ArticleSummary& summary : summaries)
            m_articles->insert(summary.id, summary);
    }
    const auto it = m_articles->constFind(evidence.articleId);
    return it == m_articles->cend() ? nullptr : &*it;
}

QStringList ExportContext::entityNames(const Event& event) const
{
    QStringList names;
    QSet<qint64> seen;
    for (const EventEntity& link : event.entities) {
        if (seen.contains(link.entityId))
            continue;
        seen.insert(link.entityId);
        names << m_entityNames.value(link.entityId);
    }
    return names;
}

QString ExportContext::sourceText(const Evidence& evidence)
{
    if (const ArticleSummary* a = article(evidence)) {
        QStringList parts;
        if (!a->outlet.isEmpty())
            parts << a->outlet;
        if (a->published)
            parts << isoDayOrMinute(a->published);
        QString text = parts.join(QStringLiteral(", "));
        if (!a->title.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + QStringLiteral("“%1”").arg(a->title);
        return text;
    }
    return evidence.sourceLabel.isEmpty() ? evidence.sourceUrl : evidence.sourceLabel;
}

QString ExportContext::sourceUrl(const Evidence& evidence)
{
    if (const ArticleSummary* a = article(evidence))
        return a->url;
    return evidence.sourceUrl;
}

int ExportContext::sourceCount(const Event& event)
{
    QSet<QString> outlets;
    for (const Evidence& evidence : event.evidence) {
        if (evidence.hasArticle()) {
            if (const ArticleSummary* a = article(evidence))
                outlets.insert(a->outlet.isEmpty() ? QString::number(a->id) : a->outlet);
        } else {
            outlets.insert(evidence.sourceUrl.isEmpty() ? evidence.sourceLabel : evidence.sourceUrl);
        }
    }
    return int(outlets.size());
}

QString isoDayOrMinute(const std::optional<TimePoint>& point, DatePrecision precision)
{
    if (!point)
        return {};
    return point->toIsoString(precision == DatePrecision::Minute ? DatePrecision::Minute : DatePrecision::Day);
}

} // namespace Kairos
