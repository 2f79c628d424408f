#pragma once

// The essay's six requirements for one profile: each pillar, its score, the
// threshold it must reach, met or not, and how much of it has data.

#include "aisov/Methodology.h"
#include "aisov/ScoreResult.h"

#include <QAbstractTableModel>

#include <optional>

class Session;

class RequirementsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PillarColumn,
        ScoreColumn,
        MetColumn,
        CoverageColumn,
        ColumnCount
    };

    explicit RequirementsModel(Session& session, QObject* parent = nullptr);

    void setProfileCode(const QString& code);
    // Shows a result that is not the Session's live one (a snapshot's), with
    // the methodology it was scored with; setProfileCode goes back to live.
    void showFixed(aisov::ScoreResult result, aisov::Methodology methodology);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refresh();
    QString requirementText(std::size_t pillarIndex) const;

    const aisov::ScoreResult* shownResult() const;
    const aisov::Methodology& shownMethodology() const;

    Session& m_session;
    QString m_code;
    struct Fixed
    {
        aisov::ScoreResult result;
        aisov::Methodology methodology;
    };
    std::optional<Fixed> m_fixed;
};
