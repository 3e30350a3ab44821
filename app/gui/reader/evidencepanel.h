// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/event.h"

#include <QPointer>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace Kairos {

class Workspace;

/// Everything that supports one event: each evidence sentence with its outlet and date, how many
/// independent sources (distinct outlets) report it, and the values sources disagree on. All text
/// from articles is shown in plain-text labels.
class EvidencePanel : public QScrollArea
{
    Q_OBJECT
public:
    explicit EvidencePanel(Workspace* workspace, QWidget* parent = nullptr);

    /// Shows the event's evidence; 0 or an unknown id clears the panel.
    void setEvent(qint64 eventId);
    qint64 eventId() const { return m_event.id; }
    int independentSources() const { return m_independentSources; }
    int conflictCount() const { return m_conflictCount; }

Q_SIGNALS:
    /// An entry was activated: show that article with the sentence selected.
    void evidenceActivated(const Kairos::Evidence& evidence, const QString& eventType);

private:
    void rebuild();
    QWidget* evidenceEntry(const Evidence& evidence, const QString& outlet, const QString& date);
    QWidget* conflictsBox();

    QPointer<Workspace> m_workspace;
    Event m_event;
    int m_independentSources = 0;
    int m_conflictCount = 0;
    QWidget* m_content = nullptr;
};

} // namespace Kairos
