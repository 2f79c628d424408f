#pragma once

// The partner finder's ranking for one profile (Session::partners, which
// asks aisov::rankPartners): one row per partner, best first.

#include "aisov/Partners.h"

#include <QAbstractTableModel>
#include <QString>

class Session;

class PartnerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int CodeRole = Qt::UserRole + 2;
    enum Column
    {
        RankColumn,
        PartnerColumn,
        AloneColumn,
        PooledColumn,
        GainColumn,
        BandColumn,
        MetColumn,
        NewlyMetColumn,
        ColumnCount
    };

    explicit PartnerModel(Session& session, QObject* parent = nullptr);

    // Ranks the partners of `code` (empty: none).
    void setCode(const QString& code);
    QString code() const { return m_code; }
    const aisov::PartnerRanking& ranking() const { return m_ranking; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refresh();
    QString newlyMet(const aisov::PartnerGain& partner) const;
    QVariant display(const aisov::PartnerGain& partner, int row, int column) const;
    QVariant sortKey(const aisov::PartnerGain& partner, int row, int column) const;

    Session& m_session;
    QString m_code;
    aisov::PartnerRanking m_ranking;
};
