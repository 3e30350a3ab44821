// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencepanel.h"

#include "externallinks.h"
#include "store/workspace.h"

#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QUrl>
#include <QVBoxLayout>

namespace Kairos {

namespace {

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(text);
    return label;
}

QString jsonText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return EvidencePanel::tr("(none)");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

EvidencePanel::EvidencePanel(Workspace* workspace, QWidget* parent)
    : QScrollArea(parent)
    , m_workspace(workspace)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Evidence"));
    rebuild();
}

void EvidencePanel::setEvent(qint64 eventId)
{
    m_event = Event();
    m_event.id = 0;
    if (eventId > 0 && m_workspace) {
        if (auto event = m_workspace->event(eventId))
            m_event = *event;
    }
    rebuild();
}

void EvidencePanel::rebuild()
{
    m_independentSources = 0;
    m_conflictCount = 0;
    // Later, not now: this may run from a click on a button inside the old content.
    if (QWidget* old = takeWidget())
        old->deleteLater();
    m_content = new QWidget(this);
    auto* layout = new QVBoxLayout(m_content);
    if (m_event.id == 0) {
        layout->addWidget(plainLabel(tr("Select an event to see the sentences that support it."), m_content));
        layout->addStretch();
        setWidget(m_content);
        return;
    }
    auto* title = plainLabel(m_event.title, m_content);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);

    // Outlet and date of each cited article, read once per article.
    QHash<qint64, std::pair<QString, QString>> articles;
    QSet<QString> outlets;
    QList<QWidget*> entries;
    for (const Evidence& evidence : std::as_const(m_event.evidence)) {
        QString outlet;
        QString date;
        if (evidence.hasArticle()) {
            if (!articles.contains(evidence.articleId)) {
                const auto article = m_workspace ? m_workspace->article(evidence.articleId) : std::nullopt;
                QString name = article ? article->outlet.trimmed() : QString();
                if (name.isEmpty() && article)
                    name = QUrl(article->url).host();
                QString published;
                if (article && article->published)
                    published = article->published->date().isValid()
                        ? QLocale().toString(article->published->date(), QLocale::ShortFormat)
                        : article->published->toIsoString();
                articles.insert(evidence.articleId, {name, published});
            }
            std::tie(outlet, date) = articles.value(evidence.articleId);
            // An article without a known outlet is one source of its own.
            outlets.insert(outlet.isEmpty() ? QStringLiteral("#article-%1").arg(evidence.articleId) : outlet.toLower());
        } else {
            outlet = evidence.sourceLabel.trimmed();
            if (outlet.isEmpty())
                outlet = QUrl(evidence.sourceUrl).host();
            if (!outlet.isEmpty())
                outlets.insert(outlet.toLower());
        }
        entries << evidenceEntry(evidence, outlet, date);
    }
    m_independentSources = int(outlets.size());

    QString summary = tr("%n supporting sentence(s)", nullptr, int(m_event.evidence.size())) + QLatin1String(", ")
        + tr("%n independent source(s) (distinct outlets)", nullptr, m_independentSources);
    const int corroboration = m_event.attributes.value(QStringLiteral("corroboration")).toInt(-1);
    if (corroboration >= 0 && corroboration < m_independentSources)
        summary += QLatin1Char('\n')
            + tr("Some outlets carry the same wording, as from one wire story: %n independent report(s).", nullptr,
                corroboration);
    layout->addWidget(plainLabel(summary, m_content));

    if (m_event.attributes.value(QStringLiteral("conflicts")).isArray())
        layout->addWidget(conflictsBox());
    for (QWidget* entry : std::as_const(entries)) {
        entry->setParent(m_content);
        layout->addWidget(entry);
    }
    layout->addStretch();
    setWidget(m_content);
}

QWidget* EvidencePanel::evidenceEntry(const Evidence& evidence, const QString& outlet, const QString& date)
{
    auto* frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(frame);
    layout->addWidget(plainLabel(evidence.sentence.trimmed(), frame));

    QStringList meta;
    meta << (outlet.isEmpty() ? tr("unknown outlet") : outlet);
    if (!date.isEmpty())
        meta << date;
    if (!evidence.hasArticle() && !evidence.sourceUrl.isEmpty())
        meta << evidence.sourceUrl;
    auto* metaLabel = plainLabel(meta.join(QStringLiteral(" · ")), frame);
    metaLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(metaLabel);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    if (evidence.hasArticle()) {
        auto* show = new QPushButton(tr("Show in Article"), frame);
        show->setAccessibleName(tr("Show this sentence in its article"));
        const QString type = m_event.type;
        connect(
            show, &QPushButton::clicked, this, [this, evidence, type] { Q_EMIT evidenceActivated(evidence, type); });
        buttons->addWidget(show);
    } else if (ExternalLinks::isOpenable(QUrl(evidence.sourceUrl))) {
        auto* open = new QPushButton(tr("Open Source…"), frame);
        open->setAccessibleName(tr("Open the cited source in a web browser"));
        const QUrl url(evidence.sourceUrl);
        connect(open, &QPushButton::clicked, this, [this, url] { ExternalLinks::confirmAndOpen(this, url); });
        buttons->addWidget(open);
    }
    layout->addLayout(buttons);
    return frame;
}

QWidget* EvidencePanel::conflictsBox()
{
    auto* box = new QGroupBox(tr("Sources disagree"), m_content);
    auto* grid = new QGridLayout(box);
    const QJsonArray conflicts = m_event.attributes.value(QStringLiteral("conflicts")).toArray();
    int row = 0;
    for (const QJsonValue& conflict : conflicts) {
        const QJsonObject object = conflict.toObject();
        QString field = object.value(QStringLiteral("field")).toString();
        if (field == QLatin1String("date"))
            field = tr("Date");
        else if (field == QLatin1String("money"))
            field = tr("Amount");
        else if (field.isEmpty())
            field = tr("Value");
        const QJsonArray values = object.value(QStringLiteral("values")).toArray();
        auto* name = plainLabel(field, box);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        grid->addWidget(name, row, 0, Qt::AlignTop);
        // Side by side, one column per reported value.
        int column = 1;
        for (const QJsonValue& value : values) {
            auto* cell = plainLabel(jsonText(value), box);
            cell->setFrameShape(QFrame::StyledPanel);
            cell->setMargin(4);
            grid->addWidget(cell, row, column++);
        }
        if (values.isEmpty())
            grid->addWidget(plainLabel(jsonText(conflict), box), row, 1);
        ++row;
        ++m_conflictCount;
    }
    grid->setColumnStretch(grid->columnCount(), 1);
    return box;
}

} // namespace Kairos
