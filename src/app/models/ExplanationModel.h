#pragma once

// "Why this score": one row per indicator of one profile, with its raw
// value, its normalised value and the points it adds to the overall score.
// The points of all rows add up to the score (aisov::IndicatorResult).

#include "aisov/Methodology.h"
#include "aisov/ScoreResult.h"

#include <QAbstractTableModel>

#include <optional>

class Session;

class ExplanationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PillarColumn,
        IndicatorColumn,
        ValueColumn,
        NormalizedColumn,
        PointsColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ExplanationModel(Session& session, QObject* parent = nullptr);

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
    void resetModel();

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
