#pragma once

// The profiles being compared (2 to 8), one row each: overall score, band,
// each pillar's score with its met mark, requirements met and coverage.

#include <QAbstractTableModel>
#include <QStringList>

class Session;

class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kMaxProfiles = 8;
    static constexpr int SortRole = Qt::UserRole + 1;
    // Columns: name, overall, band, one per pillar, met, coverage.
    enum FixedColumn
    {
        NameColumn,
        ScoreColumn,
        BandColumn,
        FirstPillarColumn
    };

    explicit ComparisonModel(Session& session, QObject* parent = nullptr);

    // Keeps the first kMaxProfiles codes that name a profile.
    void setCodes(const QStringList& codes);
    QStringList codes() const { return m_codes; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int metColumn() const;
    int coverageColumn() const;

private:
    void refresh();
    int pillarCount() const;

    Session& m_session;
    QStringList m_codes;
};
