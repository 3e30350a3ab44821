// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryhighlighter.h"

#include <QLineEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace Kairos {

/// The filter bar: a single-line query editor that highlights fields, values, phrases and unknown
/// fields as you type and completes field names and entity names word by word. Enter submits.
class QueryLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit QueryLineEdit(QWidget* parent = nullptr);

    void setEntityNames(const QStringList& names);
    QStringList completions() const;
    /// The formats currently laid over the text; for tests.
    QList<QTextLayout::FormatRange> appliedFormats() const { return m_applied; }

Q_SIGNALS:
    void querySubmitted(const QString& query);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void rehighlight();
    void updateCompletions();
    void completeWord();
    void insertCompletion(const QString& completion);
    /// Start and length of the word under the cursor; quotes keep spaces inside one word.
    std::pair<int, int> currentWord() const;

    QueryHighlighter m_highlighter;
    QCompleter* m_completer;
    QStringListModel* m_completionModel;
    QStringList m_entityNames;
    QList<QTextLayout::FormatRange> m_applied;
};

} // namespace Kairos
