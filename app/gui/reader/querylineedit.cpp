// SPDX-License-Identifier: GPL-3.0-or-later
#include "querylineedit.h"

#include "core/vocabulary.h"
#include "models/eventquery.h"
#include "syntaxrepository.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QStringListModel>

namespace Kairos {

namespace {

QString quotedIfNeeded(const QString& value)
{
    const bool needsQuotes = value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char(':'));
    QString cleaned = value;
    cleaned.remove(QLatin1Char('"')); // the query language has no escape for quotes inside quotes
    return needsQuotes ? QLatin1Char('"') + cleaned + QLatin1Char('"') : cleaned;
}

} // namespace

QueryLineEdit::QueryLineEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_completionModel(new QStringListModel(this))
{
    setAccessibleName(tr("Event filter"));
    setAccessibleDescription(tr("Words to find, or fields such as type:approval, entity:\"Xi Jinping\", "
                                "status:confirmed, after:2025-12-01, before:2026, on:2025-12-08"));
    setPlaceholderText(tr("Filter events: words, type:, entity:, status:, after:, before:, on:"));
    setClearButtonEnabled(true);
    m_highlighter.setTheme(SyntaxRepository::themeFor(palette()));

    m_completer->setModel(m_completionModel);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    // Not setCompleter(): that would replace the whole query with the chosen word.
    m_completer->setWidget(this);
    m_completer->popup()->setAccessibleName(tr("Query completions"));
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &QueryLineEdit::insertCompletion);

    connect(this, &QLineEdit::textChanged, this, &QueryLineEdit::rehighlight);
    connect(this, &QLineEdit::textEdited, this, &QueryLineEdit::completeWord);
    connect(this, &QLineEdit::returnPressed, this, [this] { Q_EMIT querySubmitted(text()); });
    updateCompletions();
}

void QueryLineEdit::setEntityNames(const QStringList& names)
{
    m_entityNames = names;
    updateCompletions();
}

QStringList QueryLineEdit::completions() const
{
    return m_completionModel->stringList();
}

void QueryLineEdit::updateCompletions()
{
    QStringList items;
    const QStringList fields = EventQuery::fieldNames();
    for (const QString& field : fields)
        items << field + QLatin1Char(':');
    const QStringList types = EventTypes::known();
    for (const QString& type : types)
        items << QStringLiteral("type:") + type;
    for (const ReviewStatus status : {ReviewStatus::Proposed, ReviewStatus::Confirmed, ReviewStatus::Rejected})
        items << QStringLiteral("status:") + statusToString(status);
    for (const QString& name : std::as_const(m_entityNames)) {
        if (!name.trimmed().isEmpty())
            items << QStringLiteral("entity:") + quotedIfNeeded(name.trimmed());
    }
    items.removeDuplicates();
    m_completionModel->setStringList(items);
}

void QueryLineEdit::rehighlight()
{
    m_applied = m_highlighter.highlight(text());
    // QLineEdit keeps no document; the input-method channel is its one public way to lay formats over
    // the text. Positions are relative to the cursor; nothing is committed, so the text is unchanged.
    QList<QInputMethodEvent::Attribute> attributes;
    const int cursor = cursorPosition();
    for (const QTextLayout::FormatRange& range : std::as_const(m_applied))
        attributes.append({QInputMethodEvent::TextFormat, range.start - cursor, range.length, range.format});
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(this, &event);
}

std::pair<int, int> QueryLineEdit::currentWord() const
{
    const QString line = text();
    const int cursor = cursorPosition();
    int start = 0;
    bool quoted = false;
    for (int i = 0; i < cursor && i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c.isSpace() && !quoted)
            start = i + 1;
    }
    return {start, cursor - start};
}

void QueryLineEdit::completeWord()
{
    const auto [start, length] = currentWord();
    const QString prefix = text().mid(start, length);
    if (prefix.size() < 2) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    const bool onlyItself = m_completer->completionCount() == 1
        && m_completer->currentCompletion().compare(prefix, Qt::CaseInsensitive) == 0;
    if (m_completer->completionCount() == 0 || onlyItself) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(qMax(width() / 2, m_completer->popup()->sizeHintForColumn(0) + 24));
    m_completer->complete(rect);
}

void QueryLineEdit::insertCompletion(const QString& completion)
{
    const auto [start, length] = currentWord();
    QString line = text();
    const QString insertion = completion.endsWith(QLatin1Char(':')) ? completion : completion + QLatin1Char(' ');
    line.replace(start, length, insertion);
    setText(line);
    setCursorPosition(start + int(insertion.size()));
}

void QueryLineEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && event->modifiers().testFlag(Qt::ControlModifier)) {
        completeWord();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void QueryLineEdit::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter.setTheme(SyntaxRepository::themeFor(palette()));
        rehighlight();
    }
}

} // namespace Kairos
