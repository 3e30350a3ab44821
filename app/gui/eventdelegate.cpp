// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdelegate.h"

#include "core/vocabulary.h"
#include "models/eventmodel.h"

#include <QComboBox>
#include <QLineEdit>

namespace Kairos {

QWidget* EventDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() == EventModel::TypeColumn) {
        auto* combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Event type"));
        for (const QString& type : EventTypes::known())
            combo->addItem(EventTypes::label(type), type);
        return combo;
    }
    if (index.column() == EventModel::StatusColumn) {
        auto* combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Review status"));
        for (ReviewStatus status : {ReviewStatus::Proposed, ReviewStatus::Confirmed, ReviewStatus::Rejected})
            combo->addItem(statusLabel(status), statusToString(status));
        return combo;
    }
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor); line && index.column() == EventModel::DateColumn) {
        line->setPlaceholderText(tr("2025-12-08, 2025-12, 2025-Q4 or 2025"));
        line->setToolTip(tr("The precision follows what you type: a day, a month, a quarter or a year"));
    }
    return editor;
}

void EventDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int at = combo->findData(index.data(Qt::EditRole).toString());
        combo->setCurrentIndex(std::max(at, 0));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void EventDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentData().toString() != index.data(Qt::EditRole).toString())
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Kairos
